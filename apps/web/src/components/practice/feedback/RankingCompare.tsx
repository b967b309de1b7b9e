import type { IssueTag } from "@rubric/core";
import { For, Show } from "solid-js";
import { ISSUE_LABELS } from "../../../lib/practice/labels.ts";
import { fromRankMap, toRankMap } from "../../../lib/practice/ranking.ts";
import type { CompareProps } from "./compare.ts";

/** The worker's order and the expert's side by side, ties drawn as shared ranks. */
export function RankingCompare(props: CompareProps<"ranking">) {
  const ids = () => props.view.prompt.responses.map((r) => r.id);
  const yours = () => fromRankMap(props.answer.ranking, ids());
  const expert = () => fromRankMap(props.gold.ranking, ids());
  const expertRanks = () => toRankMap(expert());
  return (
    <div class="pair">
      <RankList title="Your ranking" groups={yours()} compareTo={expertRanks()} />
      <RankList title="Expert ranking" groups={expert()} issues={props.gold.issues} />
    </div>
  );
}

function RankList(props: {
  title: string;
  groups: string[][];
  compareTo?: Record<string, number>;
  issues?: Record<string, string[]>;
}) {
  const ranks = () => toRankMap(props.groups);
  return (
    <section class="rank-list">
      <h4 class="choice__label">{props.title}</h4>
      <ol class="rank-list__groups">
        <For each={props.groups}>
          {(group) => (
            <li class="rank-list__group" classList={{ "rank-list__group--tie": group.length > 1 }}>
              <span class="ranked__rank">{ranks()[group[0] ?? ""]}</span>
              <For each={group}>
                {(id) => {
                  const off = () =>
                    props.compareTo ? Math.abs((props.compareTo[id] ?? 0) - (ranks()[id] ?? 0)) : 0;
                  return (
                    <span
                      class="rank-list__id"
                      classList={{
                        "rank-list__id--near": off() === 1,
                        "rank-list__id--miss": off() > 1,
                      }}
                    >
                      {id}
                      <Show when={(props.issues?.[id] ?? []).length > 0}>
                        <span class="tag__note">
                          {" "}
                          (
                          {(props.issues?.[id] ?? [])
                            .map((t) => ISSUE_LABELS[t as IssueTag])
                            .join(", ")}
                          )
                        </span>
                      </Show>
                    </span>
                  );
                }}
              </For>
              <Show when={group.length > 1}>
                <span class="tag__note">tied</span>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
