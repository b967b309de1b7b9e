import { Alert } from "@rubric/ui";
import { type Accessor, type JSX, Show } from "solid-js";
import { messageOf } from "../lib/trpc.ts";

export interface QueryStateProps<T> {
  query: { isError: boolean; error: unknown; data: T | undefined };
  /** The alert's title when the query fails. */
  failure: string;
  /** What the page says while the data is on its way. */
  loading: string;
  /** Shown after the error message, e.g. a way back. */
  errorAction?: JSX.Element;
  children: (data: Accessor<NonNullable<T>>) => JSX.Element;
}

/** A page's one query: its error, its loading line, then its content once the data is here. */
export function QueryState<T>(props: QueryStateProps<T>) {
  return (
    <>
      <Show when={props.query.isError}>
        <Alert tone="danger" title={props.failure}>
          {messageOf(props.query.error)}
          {props.errorAction}
        </Alert>
      </Show>
      <Show
        when={props.query.data}
        fallback={
          <Show when={!props.query.isError}>
            <p class="page-loading">{props.loading}</p>
          </Show>
        }
      >
        {props.children}
      </Show>
    </>
  );
}
