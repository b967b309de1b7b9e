import { createMemo, For, Show } from "solid-js";
import { categoryInfo } from "../../lib/drills/labels.ts";
import { segmentText } from "../../lib/drills/segments.ts";

/** An error placed in one of the two texts, in code points. */
export interface PlacedError {
  start: number;
  end: number;
  category: string;
  /** What the text should say there. */
  expected: string;
  /** What was typed there. */
  typed: string;
  /** Pairs this error with its twin in a side-by-side view. */
  index: number;
}

export interface ErrorTextProps {
  text: string;
  errors: readonly PlacedError[];
  /** Which side of a comparison this text is: it decides what a zero-width error shows. */
  side: "reference" | "typed";
  active?: number | null;
  onActive?: (index: number | null) => void;
}

function describeError(error: PlacedError): string {
  const name = categoryInfo(error.category).label.toLowerCase();
  if (error.expected === "") return `${name}: “${error.typed}” added`;
  if (error.typed === "") return `${name}: “${error.expected}” left out`;
  return `${name}: “${error.expected}” typed as “${error.typed}”`;
}

function errorClass(error: PlacedError, point: boolean, active: boolean): string {
  const tone = `error-text__error tone-${categoryInfo(error.category).tone}`;
  return `${tone}${point ? " error-text__error--point" : ""}${active ? " error-text__error--active" : ""}`;
}

/**
 * A text with each error drawn in its category's colour. The colour is never the only
 * signal: every error carries its description for screen readers and on hover, and the
 * legend names the categories.
 */
export function ErrorText(props: ErrorTextProps) {
  const segments = createMemo(() => segmentText(props.text, props.errors));
  return (
    <p class="error-text">
      <For each={segments()}>
        {(segment) => (
          <Show when={segment.span} fallback={segment.text}>
            {(error) => (
              <mark
                class={errorClass(error(), segment.text === "", props.active === error().index)}
                title={describeError(error())}
                tabIndex={props.onActive ? 0 : undefined}
                onMouseEnter={() => props.onActive?.(error().index)}
                onMouseLeave={() => props.onActive?.(null)}
                onFocus={() => props.onActive?.(error().index)}
                onBlur={() => props.onActive?.(null)}
              >
                <Show
                  when={segment.text !== ""}
                  fallback={
                    <span aria-hidden="true" class="error-text__caret">
                      {props.side === "reference" ? `+${error().typed}` : `⌃${error().expected}`}
                    </span>
                  }
                >
                  {segment.text}
                </Show>
                <span class="ui-visually-hidden"> ({describeError(error())})</span>
              </mark>
            )}
          </Show>
        )}
      </For>
    </p>
  );
}

/** The categories present in a set of errors, with their counts, for a legend. */
export function CategoryLegend(props: { errors: ReadonlyArray<{ category: string }> }) {
  const counts = createMemo(() => {
    const byCategory = new Map<string, number>();
    for (const e of props.errors) byCategory.set(e.category, (byCategory.get(e.category) ?? 0) + 1);
    return [...byCategory.entries()].sort((a, b) => b[1] - a[1]);
  });
  return (
    <ul class="legend" aria-label="Error categories">
      <For each={counts()}>
        {([category, count]) => (
          <li class="legend__item">
            <span class={`legend__swatch tone-${categoryInfo(category).tone}`} aria-hidden="true" />
            <span>
              {categoryInfo(category).label} <span class="muted">× {count}</span>
            </span>
            <Show when={categoryInfo(category).hint}>
              <span class="legend__hint muted">{categoryInfo(category).hint}</span>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
