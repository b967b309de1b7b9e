import { LINE_TOLERANCE } from "@rubric/core";
import { For, Show } from "solid-js";
import { CODE_VERDICT_LABELS } from "../../../lib/practice/labels.ts";
import type { CompareProps } from "./compare.ts";
import { VerdictCompare } from "./Versus.tsx";

/** The code with the expert's bug lines and the worker's marks side by side in the gutter. */
export function CodeReviewCompare(props: CompareProps<"code_review">) {
  const near = (a: number, b: number) => Math.abs(a - b) <= LINE_TOLERANCE;
  const bugAt = (line: number) => props.gold.bugs.find((bug) => bug.line === line);
  const bugFound = (line: number) => props.answer.lines.some((mark) => near(mark, line));
  const markHits = (line: number) => props.gold.bugs.some((bug) => near(bug.line, line));
  const lineClass = (line: number) => {
    if (bugAt(line)) return bugFound(line) ? "code__line--found" : "code__line--missed";
    if (props.answer.lines.includes(line))
      return markHits(line) ? "code__line--near" : "code__line--false";
    return "";
  };
  return (
    <div class="compare">
      <VerdictCompare
        yours={CODE_VERDICT_LABELS[props.answer.verdict]}
        expert={CODE_VERDICT_LABELS[props.gold.verdict]}
        agreement={props.answer.verdict === props.gold.verdict ? "match" : "miss"}
      />
      <section>
        <h4 class="choice__label">Lines</h4>
        <p class="hl-legend small">
          <span class="hl hl--found">bug you found</span>{" "}
          <span class="hl hl--missed">bug you missed</span>{" "}
          <span class="hl hl--false">marked, not a bug</span> (a mark one line away counts)
        </p>
        <ol class="code code--static">
          <For each={props.view.codeLines}>
            {(text, index) => {
              const line = () => index() + 1;
              return (
                <li class={`code__line ${lineClass(line())}`}>
                  <span class="code__number">{line()}</span>
                  <span class="code__gutter">
                    <Show when={props.answer.lines.includes(line())}>
                      <span title="You marked this line">●</span>
                    </Show>
                  </span>
                  <span class="code__text">{text || " "}</span>
                </li>
              );
            }}
          </For>
        </ol>
      </section>
      <Show when={props.gold.bugs.length > 0}>
        <ol class="error-list">
          <For each={props.gold.bugs}>
            {(bug) => (
              <li class="error-list__item">
                <p>
                  <span class={`ui-badge ui-badge--${bugFound(bug.line) ? "success" : "warning"}`}>
                    {bugFound(bug.line) ? "Found" : "Missed"}
                  </span>{" "}
                  <span class="ui-badge">{bug.severity}</span> Line {bug.line}
                </p>
                <p class="small">{bug.explanation}</p>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </div>
  );
}
