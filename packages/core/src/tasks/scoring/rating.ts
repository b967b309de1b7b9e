import { combineScore, scoreKeyPoints, type TaskScore } from "../feedback.ts";
import type { RatingAnswer, RatingItem } from "../schemas/rating.ts";
import { scoreIssues } from "./issues.ts";
import { scoreRatings } from "./ratings.ts";

/**
 * Weights. Rating against criteria is the task, so the ratings carry half; naming the flaws
 * and explaining them share the rest equally.
 */
export const RATING_WEIGHTS = { ratings: 0.5, issues: 0.25, keyPoints: 0.25 };

export function scoreRating(item: RatingItem, answer: RatingAnswer): TaskScore {
  const refs = item.guidelineRefs;
  const ratings = scoreRatings(
    item.prompt.criteria.map((dimension) => ({
      owner: "the response's",
      dimension,
      gold: item.gold.ratings[dimension] ?? 0,
      worker: answer.ratings[dimension] ?? 0,
    })),
    refs,
    RATING_WEIGHTS.ratings,
  );
  const issues = scoreIssues(
    [{ name: "the response", gold: item.gold.issues, worker: answer.issues }],
    refs,
    RATING_WEIGHTS.issues,
  );
  const keyPoints = scoreKeyPoints(
    answer.justification,
    item.gold.keyPoints,
    refs,
    RATING_WEIGHTS.keyPoints,
  );
  return combineScore(
    [ratings.component, issues.component, keyPoints.component],
    [...ratings.feedback, ...issues.feedback, ...keyPoints.feedback],
  );
}
