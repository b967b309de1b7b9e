import type { RatingDimension } from "../enums.ts";
import type { ScoredPart, TaskFeedback } from "../feedback.ts";
import { pickGuidelineRef } from "../guideline-sections.ts";

export interface RatingPair {
  /** How feedback names what was rated ("Response A's", "the response's"). */
  owner: string;
  dimension: RatingDimension;
  gold: number;
  worker: number;
}

/** The widest possible gap on the 1–5 scale. */
const SCALE_SPAN = 4;

/**
 * Ratings scored by mean absolute distance on the 1–5 scale, 1 − mad/4: one point off on
 * every dimension still earns 0.75, because annotators legitimately differ by a point, while
 * a rating at the wrong end of the scale earns nothing for that dimension.
 */
export function scoreRatings(
  pairs: readonly RatingPair[],
  itemRefs: readonly string[],
  weight: number,
): ScoredPart {
  const distances = pairs.map((pair) => Math.abs(pair.gold - pair.worker));
  const mad = distances.reduce((sum, d) => sum + d, 0) / Math.max(1, pairs.length);
  const feedback: TaskFeedback[] = [];
  for (const pair of pairs) {
    // A one-point difference is within normal agreement; two or more means a misread.
    if (Math.abs(pair.gold - pair.worker) < 2) continue;
    feedback.push({
      kind: "wrong",
      message: `You rated ${pair.owner} ${pair.dimension} ${pair.worker}; the expert rated it ${pair.gold}.`,
      guidelineRef: pickGuidelineRef(itemRefs, [
        `general_evaluation#${pair.dimension}`,
        "general_evaluation#rating-scale-anchors",
      ]),
    });
  }
  if (feedback.length === 0) {
    feedback.push({
      kind: "good",
      message: "Your ratings are within one point of the expert's on every dimension.",
      guidelineRef: pickGuidelineRef(itemRefs, ["general_evaluation#rating-scale-anchors"]),
    });
  }
  return {
    component: {
      id: "ratings",
      label: "Ratings",
      score: 1 - mad / SCALE_SPAN,
      weight,
      detail: `mean distance ${mad.toFixed(2)} points`,
    },
    feedback,
  };
}
