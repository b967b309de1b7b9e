import {
  combineScore,
  humanize,
  scoreKeyPoints,
  type TaskFeedback,
  type TaskScore,
} from "../feedback.ts";
import { pickGuidelineRef } from "../guideline-sections.ts";
import { kendallTauB } from "../kendall.ts";
import type { RankingAnswer, RankingItem } from "../schemas/ranking.ts";
import { isBlank } from "../text.ts";

/**
 * Weights. The order is the deliverable. The justification is optional on ranking items, so
 * key points count only when one is written; an unwritten justification is not scored as a
 * wrong one.
 */
export const RANKING_WEIGHTS = { order: 0.75, keyPoints: 0.25 };

/**
 * Agreement of the worker's order with the expert's, (tau_b + 1) / 2. A ranking that ties
 * every response says nothing about order (tau_b is undefined); it is scored as tau_b = 0,
 * what a random order earns on average.
 */
export function rankingAgreement(worker: readonly number[], gold: readonly number[]): number {
  const tau = kendallTauB(worker, gold);
  return Number.isNaN(tau) ? 0.5 : (tau + 1) / 2;
}

export function scoreRanking(item: RankingItem, answer: RankingAnswer): TaskScore {
  const refs = item.guidelineRefs;
  const ids = item.prompt.responses.map((response) => response.id);
  const gold = ids.map((id) => item.gold.ranking[id] ?? 0);
  const worker = ids.map((id) => answer.ranking[id] ?? 0);
  const agreement = rankingAgreement(worker, gold);

  const feedback: TaskFeedback[] = [];
  const tiesRef = pickGuidelineRef(refs, ["general_evaluation#ranking-with-ties"]);
  const orderRef = refs.find((ref) => ref !== "general_evaluation#ranking-with-ties") ?? tiesRef;
  const flaws = (id: string) => {
    const tags = item.gold.issues?.[id] ?? [];
    return tags.length > 0 ? ` (${id}: ${tags.map(humanize).join(", ")})` : "";
  };
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      const [a, b] = [ids[i] as string, ids[j] as string];
      const g = Math.sign((gold[i] as number) - (gold[j] as number));
      const w = Math.sign((worker[i] as number) - (worker[j] as number));
      if (g === w) continue;
      const [goldBetter, goldWorse] = g < 0 ? [a, b] : [b, a];
      if (g === 0) {
        feedback.push({
          kind: "wrong",
          message: `The expert ties ${a} and ${b}; you ranked ${w < 0 ? a : b} above ${w < 0 ? b : a}.`,
          guidelineRef: tiesRef,
        });
      } else if (w === 0) {
        feedback.push({
          kind: "wrong",
          message: `You tied ${a} and ${b}; the expert ranks ${goldBetter} above ${goldWorse}${flaws(goldWorse)}.`,
          guidelineRef: tiesRef,
        });
      } else {
        feedback.push({
          kind: "wrong",
          message: `You ranked ${goldWorse} above ${goldBetter}; the expert ranks ${goldBetter} higher${flaws(goldWorse)}.`,
          guidelineRef: orderRef,
        });
      }
    }
  }
  if (feedback.length === 0) {
    feedback.push({
      kind: "good",
      message: "Your ranking matches the expert's, ties included.",
      guidelineRef: tiesRef,
    });
  }

  const order = {
    id: "order",
    label: "Ranking agreement (Kendall's tau-b)",
    score: agreement,
    weight: RANKING_WEIGHTS.order,
    detail: `tau-b ${(agreement * 2 - 1).toFixed(2)}`,
  };
  const justification = answer.justification ?? "";
  if (isBlank(justification)) return combineScore([order], feedback);
  const keyPoints = scoreKeyPoints(
    justification,
    item.gold.keyPoints,
    refs,
    RANKING_WEIGHTS.keyPoints,
  );
  return combineScore([order, keyPoints.component], [...feedback, ...keyPoints.feedback]);
}
