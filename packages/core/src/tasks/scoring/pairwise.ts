import { RATING_DIMENSIONS } from "../enums.ts";
import { combineScore, scoreKeyPoints, type TaskFeedback, type TaskScore } from "../feedback.ts";
import { pickGuidelineRef } from "../guideline-sections.ts";
import type { PairwiseAnswer, PairwiseItem } from "../schemas/pairwise.ts";
import { scoreIssues } from "./issues.ts";
import { type RatingPair, scoreRatings } from "./ratings.ts";

/**
 * Weights. The preference is the deliverable of a pairwise task (it is what a reward model
 * learns from), so it carries the most. Finding the planted flaws is the evidence that the
 * preference rests on the right reason. Ratings are secondary and noisier between careful
 * annotators, and the justification is what a reviewer audits.
 */
export const PAIRWISE_WEIGHTS = { preference: 0.35, ratings: 0.2, issues: 0.25, keyPoints: 0.2 };

/**
 * Credit for a preference on the −3..3 scale: 1 − |Δ|/3, and nothing when the worker preferred
 * the other response. "About the same" (0) is never reversed, so it earns partial credit by
 * distance; at most three steps separate any two same-side answers, so the credit stays ≥ 0.
 */
export function preferenceCredit(gold: number, worker: number): number {
  if (gold * worker < 0) return 0;
  return Math.max(0, 1 - Math.abs(gold - worker) / 3);
}

export function describePreference(value: number): string {
  if (value === 0) return "about the same";
  const side = value < 0 ? "A" : "B";
  const strength = ["slightly better", "better", "much better"][Math.abs(value) - 1];
  return `${side} ${strength}`;
}

export function scorePairwise(item: PairwiseItem, answer: PairwiseAnswer): TaskScore {
  const refs = item.guidelineRefs;
  const { gold } = item;
  const credit = preferenceCredit(gold.preference, answer.preference);
  const strengthRef = pickGuidelineRef(refs, ["general_evaluation#preference-strength"]);
  const preferenceFeedback: TaskFeedback =
    credit === 1
      ? {
          kind: "good",
          message: `Your preference matches the expert's (${describePreference(gold.preference)}).`,
          guidelineRef: strengthRef,
        }
      : credit === 0 && gold.preference * answer.preference < 0
        ? {
            kind: "wrong",
            message: `You preferred the other response (${describePreference(answer.preference)}); the expert's preference is ${describePreference(gold.preference)}.`,
            guidelineRef: pickGuidelineRef(refs, [
              "general_evaluation#close-calls",
              "general_evaluation#dimensions",
            ]),
          }
        : {
            kind: "wrong",
            message:
              gold.preference === 0 || answer.preference === 0
                ? `You chose ${describePreference(answer.preference)}; the expert's preference is ${describePreference(gold.preference)}.`
                : `Right direction, different strength: you chose ${describePreference(answer.preference)}, the expert ${describePreference(gold.preference)}.`,
            guidelineRef: strengthRef,
          };

  const ratingPairs: RatingPair[] = RATING_DIMENSIONS.flatMap((dimension) => [
    {
      owner: "Response A's",
      dimension,
      gold: gold.ratings.a[dimension],
      worker: answer.ratings.a[dimension],
    },
    {
      owner: "Response B's",
      dimension,
      gold: gold.ratings.b[dimension],
      worker: answer.ratings.b[dimension],
    },
  ]);
  const ratings = scoreRatings(ratingPairs, refs, PAIRWISE_WEIGHTS.ratings);
  const issues = scoreIssues(
    [
      { name: "Response A", gold: gold.issues.a, worker: answer.issues.a },
      { name: "Response B", gold: gold.issues.b, worker: answer.issues.b },
    ],
    refs,
    PAIRWISE_WEIGHTS.issues,
  );
  const keyPoints = scoreKeyPoints(
    answer.justification,
    gold.keyPoints,
    refs,
    PAIRWISE_WEIGHTS.keyPoints,
  );

  return combineScore(
    [
      {
        id: "preference",
        label: "Preference direction and strength",
        score: credit,
        weight: PAIRWISE_WEIGHTS.preference,
        detail: `you: ${answer.preference}, expert: ${gold.preference}`,
      },
      ratings.component,
      issues.component,
      keyPoints.component,
    ],
    [preferenceFeedback, ...issues.feedback, ...ratings.feedback, ...keyPoints.feedback],
  );
}
