import type { RedTeamClassifyAnswer, RedTeamWriteAnswer } from "@rubric/core";
import { Match, Switch } from "solid-js";
import {
  RED_TEAM_VERDICT_LABELS,
  SEVERITY_LABELS,
  TACTIC_LABELS,
} from "../../../lib/practice/labels.ts";
import type { AttemptFeedback } from "../../../lib/practice/types.ts";
import type { CompareProps } from "./compare.ts";
import { scaleAgreement, VersusRow, VersusTable } from "./Versus.tsx";
import { WrittenCompare } from "./WrittenCompare.tsx";

export function RedTeamCompare(
  props: CompareProps<"red_team"> & { diff: AttemptFeedback["diff"] },
) {
  const classify = () => ("verdict" in props.gold ? props.gold : null);
  const write = () => ("referencePrompt" in props.gold ? props.gold : null);
  const answer = () => props.answer as RedTeamClassifyAnswer;
  return (
    <Switch>
      <Match when={classify()}>
        {(gold) => (
          <VersusTable caption="Classification" first="">
            <VersusRow
              label="Verdict"
              yours={RED_TEAM_VERDICT_LABELS[answer().verdict]}
              expert={RED_TEAM_VERDICT_LABELS[gold().verdict]}
              agreement={answer().verdict === gold().verdict ? "match" : "miss"}
            />
            <VersusRow
              label="Tactic"
              yours={TACTIC_LABELS[answer().tactic]}
              expert={TACTIC_LABELS[gold().tactic]}
              agreement={answer().tactic === gold().tactic ? "match" : "miss"}
            />
            <VersusRow
              label="Severity"
              yours={`${answer().severity} ${SEVERITY_LABELS[answer().severity]}`}
              expert={`${gold().severity} ${SEVERITY_LABELS[gold().severity]}`}
              agreement={scaleAgreement(answer().severity, gold().severity)}
            />
          </VersusTable>
        )}
      </Match>
      <Match when={write()}>
        {(gold) => (
          <WrittenCompare
            yours={(props.answer as RedTeamWriteAnswer).text}
            reference={gold().referencePrompt}
            referenceLabel="Expert's reference prompt"
            diff={props.diff}
          />
        )}
      </Match>
    </Switch>
  );
}
