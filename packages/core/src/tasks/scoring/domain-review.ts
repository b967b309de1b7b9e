import type { DomainVerdict, ErrorSeverity } from "../enums.ts";
import {
  combineScore,
  humanize,
  scoreKeyPoints,
  type TaskFeedback,
  type TaskScore,
} from "../feedback.ts";
import { pickGuidelineRef } from "../guideline-sections.ts";
import { matchMarks, precision } from "../matching.ts";
import type { DomainReviewAnswer, DomainReviewItem } from "../schemas/domain-review.ts";
import { type CodePointSpan, locateQuotes, spansOverlap } from "../spans.ts";
import { sliceCodePoints } from "../text.ts";
import { percent } from "./issues.ts";

/**
 * Weights. Finding the errors is the expert's job, so severity-weighted recall carries the
 * most; the verdict and the explanation each a quarter; precision least, since a cautious
 * extra mark costs a reviewer seconds while a missed error reaches the user.
 */
export const DOMAIN_REVIEW_WEIGHTS = {
  verdict: 0.25,
  precision: 0.15,
  recall: 0.35,
  keyPoints: 0.25,
};

/** Missing a major error (one that would mislead the user into harm) costs twice a minor one. */
export const ERROR_SEVERITY_WEIGHT: Record<ErrorSeverity, number> = { minor: 1, major: 2 };

/** Adjacent verdicts (correct/minor, minor/major) are a judgement of degree and earn half. */
const VERDICT_ORDER: readonly DomainVerdict[] = ["correct", "minor_issues", "major_issues"];
export function domainVerdictCredit(gold: DomainVerdict, worker: DomainVerdict): number {
  const distance = Math.abs(VERDICT_ORDER.indexOf(gold) - VERDICT_ORDER.indexOf(worker));
  return distance === 0 ? 1 : distance === 1 ? 0.5 : 0;
}

/**
 * Whether a worker's span marks a gold error: they share a code point, and the mark is about
 * the error rather than the passage around it. A mark may be up to twice the quote plus 200
 * code points (a full sentence around a short quote); without a limit, one mark over the
 * whole response would find any single error.
 */
export function spanMarksError(gold: CodePointSpan, mark: CodePointSpan): boolean {
  const goldLength = gold.end - gold.start;
  return spansOverlap(gold, mark) && mark.end - mark.start <= 2 * goldLength + 200;
}

export function scoreDomainReview(item: DomainReviewItem, answer: DomainReviewAnswer): TaskScore {
  const refs = item.guidelineRefs;
  const { gold } = item;
  const goldSpans = locateQuotes(item.prompt.response, gold.errors);
  const errors = gold.errors.map((error, index) => ({
    ...error,
    span: goldSpans[index] as CodePointSpan,
  }));
  const matching = matchMarks(
    errors,
    answer.spans,
    (error, mark) => spanMarksError(error.span, mark),
    (error) => ERROR_SEVERITY_WEIGHT[error.severity],
  );

  const found = matching.goldToMark.filter((mark) => mark >= 0).length;
  const extra = matching.markToGold.filter((g) => g < 0).length;
  const plantedWeight = errors.reduce((sum, e) => sum + ERROR_SEVERITY_WEIGHT[e.severity], 0);
  const foundWeight = errors.reduce(
    (sum, e, index) =>
      sum + ((matching.goldToMark[index] ?? -1) >= 0 ? ERROR_SEVERITY_WEIGHT[e.severity] : 0),
    0,
  );
  const weightedRecall = plantedWeight === 0 ? 1 : foundWeight / plantedWeight;
  const spanPrecision = precision(found, extra);
  const verdict = domainVerdictCredit(gold.verdict, answer.verdict);
  const keyPoints = scoreKeyPoints(
    answer.explanation,
    gold.keyPoints,
    refs,
    DOMAIN_REVIEW_WEIGHTS.keyPoints,
  );

  const domainRef = pickGuidelineRef(refs, [
    `domain_expert#${item.domain}`,
    "domain_expert#domain-standards",
  ]);
  const spansRef = pickGuidelineRef(refs, ["domain_expert#marking-error-spans"]);
  const feedback: TaskFeedback[] = [
    verdict === 1
      ? {
          kind: "good",
          message: `Verdict ${humanize(gold.verdict)} is right.`,
          guidelineRef: pickGuidelineRef(refs, ["domain_expert#severity"]),
        }
      : {
          kind: "wrong",
          message: `You judged the answer ${humanize(answer.verdict)}; the expert's verdict is ${humanize(gold.verdict)}.`,
          guidelineRef: pickGuidelineRef(refs, [
            "domain_expert#severity",
            "domain_expert#close-calls",
          ]),
        },
  ];
  errors.forEach((error, index) => {
    const hit = (matching.goldToMark[index] ?? -1) >= 0;
    feedback.push({
      kind: hit ? "good" : "missed",
      message: `${hit ? "You marked" : "Missed"} a ${error.severity} error: "${error.quote}" — ${error.explanation}`,
      guidelineRef: domainRef,
    });
  });
  answer.spans.forEach((span, index) => {
    if ((matching.markToGold[index] ?? -1) >= 0) return;
    const text = sliceCodePoints(item.prompt.response, span.start, span.end);
    const tooLong = errors.some((error) => spansOverlap(error.span, span));
    feedback.push({
      kind: "extra",
      message: tooLong
        ? `Your mark "${abbreviate(text)}" covers far more than the error; mark the words that are wrong.`
        : `You marked "${abbreviate(text)}", which the expert considers correct.`,
      guidelineRef: spansRef,
    });
  });
  feedback.push(...keyPoints.feedback);

  return combineScore(
    [
      {
        id: "verdict",
        label: "Verdict",
        score: verdict,
        weight: DOMAIN_REVIEW_WEIGHTS.verdict,
        detail: `you: ${answer.verdict}, expert: ${gold.verdict}`,
      },
      {
        id: "recall",
        label: "Errors found (severity-weighted)",
        score: weightedRecall,
        weight: DOMAIN_REVIEW_WEIGHTS.recall,
        detail: `${found} of ${errors.length} errors (${percent(weightedRecall)} by severity)`,
      },
      {
        id: "precision",
        label: "Marks that are errors",
        score: spanPrecision,
        weight: DOMAIN_REVIEW_WEIGHTS.precision,
        detail: `${found} of ${found + extra} marks`,
      },
      keyPoints.component,
    ],
    feedback,
  );
}

function abbreviate(text: string, max = 80): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}
