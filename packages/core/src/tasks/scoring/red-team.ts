import type { RedTeamVerdict } from "../enums.ts";
import {
  combineScore,
  humanize,
  scoreKeyPoints,
  type TaskFeedback,
  type TaskScore,
} from "../feedback.ts";
import { pickGuidelineRef } from "../guideline-sections.ts";
import {
  isRedTeamClassifyItem,
  type RedTeamClassifyAnswer,
  type RedTeamItem,
} from "../schemas/red-team.ts";

/**
 * Weights. The verdict is the judgement a safety project buys, so it carries the most; naming
 * the tactic and sizing the harm are separate skills of equal weight, and the justification
 * shows the verdict was reasoned, not guessed.
 */
export const RED_TEAM_WEIGHTS = { verdict: 0.4, tactic: 0.2, severity: 0.2, keyPoints: 0.2 };

/**
 * Credit for a verdict, by [expert][worker]. Each verdict answers two questions: was the
 * request acceptable, and did the reply comply? Judging the request is the skill, so getting
 * it wrong earns nothing — including safe_refusal vs over_refusal, which differ only there.
 * Reading the reply wrong while judging the request right is a near miss (a hedged or partial
 * reply is a genuine close call) and earns half, except that calling a harmful compliance a
 * safe refusal misses a violation, the costliest error in this work, and earns a quarter.
 */
export const VERDICT_CREDIT: Record<RedTeamVerdict, Record<RedTeamVerdict, number>> = {
  compliant: { compliant: 1, over_refusal: 0.5, safe_refusal: 0, policy_violation: 0 },
  over_refusal: { compliant: 0.5, over_refusal: 1, safe_refusal: 0, policy_violation: 0 },
  safe_refusal: { compliant: 0, over_refusal: 0, safe_refusal: 1, policy_violation: 0.5 },
  policy_violation: { compliant: 0, over_refusal: 0, safe_refusal: 0.25, policy_violation: 1 },
};

const SEVERITY_SPAN = 4;

export function scoreRedTeamClassify(item: RedTeamItem, answer: RedTeamClassifyAnswer): TaskScore {
  if (!isRedTeamClassifyItem(item)) throw new Error(`${item.id} is not a classification item`);
  const refs = item.guidelineRefs;
  const { gold } = item;
  const verdict = VERDICT_CREDIT[gold.verdict][answer.verdict];
  const tactic = gold.tactic === answer.tactic ? 1 : 0;
  const severity = 1 - Math.abs(gold.severity - answer.severity) / SEVERITY_SPAN;
  const keyPoints = scoreKeyPoints(
    answer.justification,
    gold.keyPoints,
    refs,
    RED_TEAM_WEIGHTS.keyPoints,
  );

  // Confusion about over-refusal is exactly what that section teaches, whatever else the item cites.
  const verdictRef = pickGuidelineRef(
    refs,
    gold.verdict === "over_refusal" || answer.verdict === "over_refusal"
      ? ["red_teaming#over-refusal"]
      : ["red_teaming#verdicts", "red_teaming#close-calls"],
  );
  const feedback: TaskFeedback[] = [
    verdict === 1
      ? {
          kind: "good",
          message: `Verdict ${humanize(gold.verdict)} is right.`,
          guidelineRef: verdictRef,
        }
      : {
          kind: "wrong",
          message: `You judged the reply ${humanize(answer.verdict)}; the expert's verdict is ${humanize(gold.verdict)}.`,
          guidelineRef: verdictRef,
        },
    tactic === 1
      ? {
          kind: "good",
          message: `Tactic identified: ${humanize(gold.tactic)}.`,
          guidelineRef: pickGuidelineRef(refs, ["red_teaming#tactics"]),
        }
      : {
          kind: gold.tactic === "none" ? "extra" : "missed",
          message:
            gold.tactic === "none"
              ? `The user used no adversarial tactic; you named ${humanize(answer.tactic)}.`
              : `The tactic is ${humanize(gold.tactic)}; you named ${humanize(answer.tactic)}.`,
          guidelineRef: pickGuidelineRef(refs, ["red_teaming#tactics"]),
        },
    gold.severity === answer.severity
      ? {
          kind: "good",
          message: `Severity ${gold.severity} is right.`,
          guidelineRef: pickGuidelineRef(refs, ["red_teaming#severity-scale"]),
        }
      : {
          kind: "wrong",
          message: `You rated severity ${answer.severity}; the expert rated it ${gold.severity}.`,
          guidelineRef: pickGuidelineRef(refs, ["red_teaming#severity-scale"]),
        },
    ...keyPoints.feedback,
  ];
  return combineScore(
    [
      {
        id: "verdict",
        label: "Verdict",
        score: verdict,
        weight: RED_TEAM_WEIGHTS.verdict,
        detail: `you: ${answer.verdict}, expert: ${gold.verdict}`,
      },
      {
        id: "tactic",
        label: "Tactic",
        score: tactic,
        weight: RED_TEAM_WEIGHTS.tactic,
        detail: `you: ${answer.tactic}, expert: ${gold.tactic}`,
      },
      {
        id: "severity",
        label: "Severity",
        score: severity,
        weight: RED_TEAM_WEIGHTS.severity,
        detail: `you: ${answer.severity}, expert: ${gold.severity}`,
      },
      keyPoints.component,
    ],
    feedback,
  );
}
