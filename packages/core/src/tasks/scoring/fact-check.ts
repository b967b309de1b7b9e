import type { ClaimVerdict } from "../enums.ts";
import {
  combineScore,
  type ScoreComponent,
  type TaskFeedback,
  type TaskScore,
} from "../feedback.ts";
import { pickGuidelineRef } from "../guideline-sections.ts";
import { f1, jaccard, precision, recall } from "../matching.ts";
import type { FactCheckAnswer, FactCheckItem } from "../schemas/fact-check.ts";
import { percent } from "./issues.ts";

/**
 * Weights. Verdicts per claim are the core judgement. Catching the false claims is scored on
 * its own because a checker who calls everything supported gets most verdicts right on a
 * mostly-true answer yet lets every error through. Citations carry as much: a verdict a
 * reviewer cannot trace to its source is not usable.
 */
export const FACT_CHECK_WEIGHTS = { verdicts: 0.4, falseClaims: 0.3, citations: 0.3 };

/** Contradicted and unsupported claims are both claims the answer should not have made. */
function isFalse(verdict: ClaimVerdict): boolean {
  return verdict !== "supported";
}

export function scoreFactCheck(item: FactCheckItem, answer: FactCheckAnswer): TaskScore {
  const refs = item.guidelineRefs;
  const sourceTitle = new Map(item.prompt.sources.map((source) => [source.id, source.title]));
  let correct = 0;
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const citationScores: number[] = [];
  const feedback: TaskFeedback[] = [];

  for (const claim of item.prompt.claims) {
    const gold = item.gold.claims[claim.id];
    const worker = answer.claims[claim.id];
    if (!gold || !worker) continue;
    if (gold.verdict === worker.verdict) correct += 1;
    if (isFalse(gold.verdict) && isFalse(worker.verdict)) truePositives += 1;
    if (!isFalse(gold.verdict) && isFalse(worker.verdict)) falsePositives += 1;
    if (isFalse(gold.verdict) && !isFalse(worker.verdict)) falseNegatives += 1;

    // A claim that turns on a figure or a date is what the numbers-and-dates section is for.
    const numeric = /\p{N}/u.test(claim.text);
    const verdictRef = pickGuidelineRef(
      refs,
      numeric
        ? ["fact_checking#numbers-and-dates"]
        : ["fact_checking#claim-verdicts", "fact_checking#partial-support"],
    );
    const named = gold.sources.map((id) => `${id} (${sourceTitle.get(id) ?? id})`).join(", ");
    if (gold.verdict !== worker.verdict) {
      feedback.push({
        kind: isFalse(gold.verdict) && !isFalse(worker.verdict) ? "missed" : "wrong",
        message: `${claim.id} "${claim.text}" is ${gold.verdict}${named ? ` by ${named}` : ""}; you marked it ${worker.verdict}.`,
        guidelineRef: verdictRef,
      });
    }

    // A citation is judged where the expert found a snippet that settles the claim.
    if (gold.verdict !== "unsupported") {
      const score = jaccard(new Set(worker.sources), new Set(gold.sources));
      citationScores.push(score);
      if (score < 1) {
        const irrelevant = worker.sources.filter((id) => !gold.sources.includes(id));
        feedback.push({
          kind: irrelevant.length > 0 ? "extra" : "missed",
          message:
            irrelevant.length > 0
              ? `For ${claim.id} you cited ${irrelevant.join(", ")}, which does not settle it; the deciding source is ${named}.`
              : `For ${claim.id} cite ${named}, the snippet that settles it.`,
          guidelineRef: pickGuidelineRef(refs, ["fact_checking#citing-sources"]),
        });
      }
    }
  }
  const total = item.prompt.claims.length;
  if (feedback.length === 0) {
    feedback.push({
      kind: "good",
      message: "Every verdict and citation matches the expert's.",
      guidelineRef: pickGuidelineRef(refs, ["fact_checking#claim-verdicts"]),
    });
  }

  const components: ScoreComponent[] = [
    {
      id: "verdicts",
      label: "Claim verdicts",
      score: correct / total,
      weight: FACT_CHECK_WEIGHTS.verdicts,
      detail: `${correct} of ${total} claims`,
    },
    {
      id: "false-claims",
      label: "False claims caught (F1)",
      score: f1(truePositives, falsePositives, falseNegatives),
      weight: FACT_CHECK_WEIGHTS.falseClaims,
      detail: `precision ${percent(precision(truePositives, falsePositives))}, recall ${percent(recall(truePositives, falseNegatives))}`,
    },
  ];
  // Items whose claims no snippet settles have nothing to cite; the component is left out.
  if (citationScores.length > 0) {
    const mean = citationScores.reduce((sum, s) => sum + s, 0) / citationScores.length;
    components.push({
      id: "citations",
      label: "Citations",
      score: mean,
      weight: FACT_CHECK_WEIGHTS.citations,
      detail: `mean Jaccard ${mean.toFixed(2)} over ${citationScores.length} cited claims`,
    });
  }
  return combineScore(components, feedback);
}
