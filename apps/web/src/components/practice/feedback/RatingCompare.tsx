import { For } from "solid-js";
import { DIMENSION_LABELS } from "../../../lib/practice/labels.ts";
import type { CompareProps } from "./compare.ts";
import { IssueComparison } from "./IssueComparison.tsx";
import { scaleAgreement, VersusRow, VersusTable } from "./Versus.tsx";

export function RatingCompare(props: CompareProps<"rating">) {
  return (
    <div class="compare">
      <VersusTable caption="Ratings" first="Criterion">
        <For each={props.view.prompt.criteria}>
          {(criterion) => (
            <VersusRow
              label={DIMENSION_LABELS[criterion]}
              yours={props.answer.ratings[criterion] ?? "—"}
              expert={props.gold.ratings[criterion] ?? "—"}
              agreement={scaleAgreement(
                props.answer.ratings[criterion],
                props.gold.ratings[criterion] ?? 0,
              )}
            />
          )}
        </For>
      </VersusTable>
      <IssueComparison label="Issues" yours={props.answer.issues} expert={props.gold.issues} />
    </div>
  );
}
