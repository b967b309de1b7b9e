import { Alert, Button } from "@rubric/ui";
import { A } from "@solidjs/router";
import { type JSX, Match, type Resource, Switch } from "solid-js";
import type { StartedDrill } from "../../lib/drills/api.ts";
import { errorCodeOf, messageOf } from "../../lib/trpc.ts";

export interface IssuedDrillProps {
  drill: Resource<StartedDrill>;
  /** Asks the server for the drill again. */
  retry: () => void;
  failure: string;
  loading: string;
  /** Rendered afresh for every drill issued, so a restart starts from a clean slate. */
  children: (drill: StartedDrill) => JSX.Element;
}

/** A drill the server is issuing: its workspace once it arrives, a way to try again if it fails. */
export function IssuedDrill(props: IssuedDrillProps) {
  return (
    <Switch>
      <Match when={errorCodeOf(props.drill.error) === "PRECONDITION_FAILED"}>
        <Alert tone="info" title="Not yet">
          {messageOf(props.drill.error)}{" "}
          <A href="/app/drills" class="ui-button ui-button--secondary ui-button--sm">
            Choose a drill
          </A>
        </Alert>
      </Match>
      <Match when={props.drill.error}>
        <Alert tone="danger" title={props.failure}>
          {messageOf(props.drill.error)}{" "}
          <Button size="sm" variant="secondary" onClick={() => props.retry()}>
            Try again
          </Button>
        </Alert>
      </Match>
      <Match when={props.drill()} keyed>
        {(started) => props.children(started)}
      </Match>
      <Match when={props.drill.loading}>
        <p class="muted" aria-live="polite">
          {props.loading}
        </p>
      </Match>
    </Switch>
  );
}

export interface DrillPageProps {
  eyebrow: string;
  title: string;
  /** Facts about the drill shown beside the title: mode, style, level. */
  badges?: JSX.Element;
  children: JSX.Element;
}

/** The frame every drill page shares: what kind of drill, its title, its facts. */
export function DrillPage(props: DrillPageProps) {
  return (
    <div class="page drill-page">
      <header class="drill-page__header">
        <div class="page__header">
          <p class="eyebrow">{props.eyebrow}</p>
          <h1>{props.title}</h1>
        </div>
        <div class="chips">{props.badges}</div>
      </header>
      {props.children}
    </div>
  );
}
