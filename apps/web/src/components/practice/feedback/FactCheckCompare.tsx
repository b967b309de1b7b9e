import { For } from "solid-js";
import { CLAIM_VERDICT_LABELS } from "../../../lib/practice/labels.ts";
import type { CompareProps } from "./compare.ts";
import { VersusRow, VersusTable } from "./Versus.tsx";

export function FactCheckCompare(props: CompareProps<"fact_check">) {
  const summarize = (
    judgement: { verdict: keyof typeof CLAIM_VERDICT_LABELS; sources: string[] } | undefined,
  ) =>
    judgement
      ? `${CLAIM_VERDICT_LABELS[judgement.verdict]}${judgement.sources.length > 0 ? ` · ${judgement.sources.join(", ")}` : ""}`
      : "—";
  return (
    <VersusTable caption="Claims" first="Claim">
      <For each={props.view.prompt.claims}>
        {(claim) => {
          const yours = () => props.answer.claims[claim.id];
          const gold = () => props.gold.claims[claim.id];
          const agreement = () => {
            if (yours()?.verdict !== gold()?.verdict) return "miss" as const;
            const same =
              [...(yours()?.sources ?? [])].sort().join() ===
              [...(gold()?.sources ?? [])].sort().join();
            return same ? ("match" as const) : ("near" as const);
          };
          return (
            <VersusRow
              label={
                <span>
                  <span class="claim__id">{claim.id}</span>{" "}
                  <span class="versus__claim">{claim.text}</span>
                </span>
              }
              yours={summarize(yours())}
              expert={summarize(gold())}
              agreement={agreement()}
            />
          );
        }}
      </For>
    </VersusTable>
  );
}
