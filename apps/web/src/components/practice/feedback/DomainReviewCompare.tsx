import { locateQuotes, spanMarksError } from "@rubric/core";
import { createMemo, For, Show } from "solid-js";
import { DOMAIN_VERDICT_LABELS } from "../../../lib/practice/labels.ts";
import { overlaySpans } from "../../../lib/practice/text-spans.ts";
import type { CompareProps } from "./compare.ts";
import { scaleAgreement, VerdictCompare } from "./Versus.tsx";

const VERDICT_ORDER = ["correct", "minor_issues", "major_issues"] as const;

/** The response with the expert's errors and the worker's marks drawn over it. */
export function DomainReviewCompare(props: CompareProps<"domain_review">) {
  const goldSpans = createMemo(() => locateQuotes(props.view.prompt.response, props.gold.errors));
  const found = createMemo(() =>
    goldSpans().map((gold) => props.answer.spans.some((mark) => spanMarksError(gold, mark))),
  );
  const hits = createMemo(() =>
    props.answer.spans.map((mark) => goldSpans().some((gold) => spanMarksError(gold, mark))),
  );
  const segments = createMemo(() =>
    overlaySpans(props.view.prompt.response, [
      goldSpans().map((span, index) => ({ ...span, tag: index })),
      props.answer.spans.map((span, index) => ({ ...span, tag: index })),
    ]),
  );
  const classOf = (cover: (number | null)[]) => {
    const [gold, mark] = cover;
    if (gold !== null && gold !== undefined)
      return found()[gold] ? "hl hl--found" : "hl hl--missed";
    if (mark !== null && mark !== undefined)
      return hits()[mark] ? "hl hl--found-edge" : "hl hl--false";
    return "";
  };
  return (
    <div class="compare">
      <VerdictCompare
        yours={DOMAIN_VERDICT_LABELS[props.answer.verdict]}
        expert={DOMAIN_VERDICT_LABELS[props.gold.verdict]}
        agreement={scaleAgreement(
          VERDICT_ORDER.indexOf(props.answer.verdict),
          VERDICT_ORDER.indexOf(props.gold.verdict),
        )}
      />
      <section>
        <h4 class="choice__label">Errors in the response</h4>
        <p class="hl-legend small">
          <span class="hl hl--found">found</span> <span class="hl hl--missed">missed</span>{" "}
          <span class="hl hl--false">marked, not an error</span>
        </p>
        <div class="plain-text plain-text--reading">
          <For each={segments()}>
            {(segment) => (
              <Show when={classOf(segment.cover)} fallback={segment.text}>
                {(cls) => <mark class={cls()}>{segment.text}</mark>}
              </Show>
            )}
          </For>
        </div>
      </section>
      <Show
        when={props.gold.errors.length > 0}
        fallback={<p class="small">The expert found no errors in this response.</p>}
      >
        <ol class="error-list">
          <For each={props.gold.errors}>
            {(error, index) => (
              <li class="error-list__item">
                <p>
                  <span class={`ui-badge ui-badge--${found()[index()] ? "success" : "warning"}`}>
                    {found()[index()] ? "Found" : "Missed"}
                  </span>{" "}
                  <span class="ui-badge">{error.severity}</span> <q>{error.quote}</q>
                </p>
                <p class="small">{error.explanation}</p>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </div>
  );
}
