import { RATING_DIMENSIONS } from "@rubric/core";
import { For } from "solid-js";
import { DIMENSION_LABELS, preferenceLabel } from "../../../lib/practice/labels.ts";
import type { CompareProps } from "./compare.ts";
import { IssueComparison } from "./IssueComparison.tsx";
import { scaleAgreement, VersusRow, VersusTable } from "./Versus.tsx";

export function PairwiseCompare(props: CompareProps<"pairwise">) {
  return (
    <div class="compare">
      <VersusTable caption="Preference" first="">
        <VersusRow
          label="Which is better"
          yours={preferenceLabel(props.answer.preference)}
          expert={preferenceLabel(props.gold.preference)}
          agreement={scaleAgreement(props.answer.preference, props.gold.preference)}
        />
      </VersusTable>
      <table class="table versus">
        <caption class="versus__caption">Ratings</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">A: you</th>
            <th scope="col">A: expert</th>
            <th scope="col">B: you</th>
            <th scope="col">B: expert</th>
          </tr>
        </thead>
        <tbody>
          <For each={RATING_DIMENSIONS}>
            {(dimension) => (
              <tr>
                <th scope="row">{DIMENSION_LABELS[dimension]}</th>
                <For each={["a", "b"] as const}>
                  {(side) => (
                    <>
                      <td
                        class={`versus__cell versus__cell--${scaleAgreement(
                          props.answer.ratings[side][dimension],
                          props.gold.ratings[side][dimension],
                        )}`}
                      >
                        {props.answer.ratings[side][dimension]}
                      </td>
                      <td>{props.gold.ratings[side][dimension]}</td>
                    </>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <div class="pair">
        <IssueComparison
          label="Issues in A"
          yours={props.answer.issues.a}
          expert={props.gold.issues.a}
        />
        <IssueComparison
          label="Issues in B"
          yours={props.answer.issues.b}
          expert={props.gold.issues.b}
        />
      </div>
    </div>
  );
}
