import { For, Match, Show, Switch } from "solid-js";
import type { AttemptFeedback } from "../../../lib/practice/types.ts";
import { Markdown } from "../Markdown.tsx";

type Segment = NonNullable<AttemptFeedback["diff"]>[number];

/**
 * The diff as a reader should see it: a change of whitespace only (a line break that became a
 * space) is not an edit worth highlighting, so the new text is shown plainly.
 */
export function visibleEdits(diff: readonly Segment[]): Segment[] {
  return diff.flatMap((segment) => {
    if (segment.op === "equal" || segment.text.trim() !== "") return [segment];
    return segment.op === "insert" ? [{ op: "equal" as const, text: segment.text }] : [];
  });
}

/**
 * A written answer (rewrite, prompt, adversarial prompt) beside the expert's reference; for a
 * rewrite, the worker's edits to the original as a word diff.
 */
export function WrittenCompare(props: {
  yours: string;
  reference: string;
  referenceLabel: string;
  diff: AttemptFeedback["diff"];
}) {
  return (
    <div class="compare">
      <Show when={props.diff}>
        {(diff) => (
          <section>
            <h4 class="choice__label">Your edits to the original</h4>
            <p class="muted small">
              <ins class="word-diff__ins">Added</ins> and <del class="word-diff__del">removed</del>{" "}
              words.
            </p>
            <p class="word-diff">
              <For each={visibleEdits(diff())}>
                {(segment) => (
                  <Switch fallback={<span>{segment.text}</span>}>
                    <Match when={segment.op === "insert"}>
                      <ins class="word-diff__ins">{segment.text}</ins>
                    </Match>
                    <Match when={segment.op === "delete"}>
                      <del class="word-diff__del">{segment.text}</del>
                    </Match>
                  </Switch>
                )}
              </For>
            </p>
          </section>
        )}
      </Show>
      <div class="pair">
        <section>
          <h4 class="choice__label">Your text</h4>
          <Markdown text={props.yours} class="written-answer" />
        </section>
        <section>
          <h4 class="choice__label">{props.referenceLabel}</h4>
          <Markdown text={props.reference} class="written-answer" />
        </section>
      </div>
    </div>
  );
}
