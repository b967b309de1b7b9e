import type { IssueTag } from "@rubric/core";
import { For, Show } from "solid-js";
import { ISSUE_LABELS } from "../../../lib/practice/labels.ts";

/** Issue tags the worker and the expert chose: shared, missed by the worker, or extra. */
export function IssueComparison(props: {
  label: string;
  yours: readonly IssueTag[];
  expert: readonly IssueTag[];
}) {
  const all = () => [...new Set([...props.expert, ...props.yours])];
  const state = (tag: IssueTag) =>
    props.yours.includes(tag) ? (props.expert.includes(tag) ? "match" : "extra") : "missed";
  const words = { match: "both", extra: "only you", missed: "missed" } as const;
  return (
    <div class="issue-compare">
      <h4 class="choice__label">{props.label}</h4>
      <Show
        when={all().length > 0}
        fallback={<p class="muted small">No issues, and none tagged.</p>}
      >
        <ul class="chips">
          <For each={all()}>
            {(tag) => (
              <li class={`tag tag--static tag--${state(tag)}`}>
                {ISSUE_LABELS[tag]} <span class="tag__note">({words[state(tag)]})</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
