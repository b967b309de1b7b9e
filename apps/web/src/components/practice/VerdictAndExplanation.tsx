import { MAX_JUSTIFICATION_CHARS } from "@rubric/core";
import { type Choice, ChoiceGroup } from "./ChoiceGroup.tsx";
import { WrittenField } from "./WrittenField.tsx";

export interface VerdictAndExplanationProps<V extends string> {
  choices: readonly Choice<V>[];
  verdict: V | null;
  onVerdict: (verdict: V) => void;
  explanation: string;
  onExplanation: (text: string) => void;
  /** What a good explanation of this kind of review covers. */
  guidance: string;
}

/** A review's closing judgement: the overall verdict and the written reasons for it. */
export function VerdictAndExplanation<V extends string>(props: VerdictAndExplanationProps<V>) {
  return (
    <>
      <section class="task-block">
        <ChoiceGroup
          label="Verdict"
          layout="compact"
          choices={props.choices}
          value={props.verdict}
          onChange={props.onVerdict}
        />
      </section>
      <WrittenField
        label="Explanation"
        description={props.guidance}
        value={props.explanation}
        onInput={props.onExplanation}
        max={MAX_JUSTIFICATION_CHARS}
      />
    </>
  );
}

/** What a verdict-and-explanation review still lacks before it can be submitted. */
export function missingJudgement(verdict: string | null, explanation: string): string[] {
  return [
    ...(verdict === null ? ["Choose a verdict."] : []),
    ...(explanation.trim() === "" ? ["Write an explanation."] : []),
  ];
}
