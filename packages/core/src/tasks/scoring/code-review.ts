import {
  combineScore,
  refForText,
  scoreKeyPoints,
  type TaskFeedback,
  type TaskScore,
} from "../feedback.ts";
import { pickGuidelineRef } from "../guideline-sections.ts";
import { matchMarks, precision, recall } from "../matching.ts";
import type { CodeReviewAnswer, CodeReviewItem } from "../schemas/code-review.ts";

/**
 * Weights. The verdict decides whether code ships, so it carries the most; finding the bug
 * lines is next, recall above precision because a missed bug ships while an extra mark costs
 * a reviewer a glance; the explanation shows the bug was understood, not guessed.
 */
export const CODE_REVIEW_WEIGHTS = { verdict: 0.3, recall: 0.25, precision: 0.2, keyPoints: 0.25 };

/**
 * A marked line within one line of a bug counts: a bug often spans a condition and the line it
 * guards, and people disagree by one about which of the two to mark.
 */
export const LINE_TOLERANCE = 1;

export function scoreCodeReview(item: CodeReviewItem, answer: CodeReviewAnswer): TaskScore {
  const refs = item.guidelineRefs;
  const { gold } = item;
  const matching = matchMarks(
    gold.bugs,
    answer.lines,
    (bug, line) => Math.abs(bug.line - line) <= LINE_TOLERANCE,
    (bug) => (bug.severity === "major" ? 2 : 1),
  );
  const found = matching.goldToMark.filter((mark) => mark >= 0).length;
  const extra = matching.markToGold.filter((bug) => bug < 0).length;
  const verdict = gold.verdict === answer.verdict ? 1 : 0;
  const keyPoints = scoreKeyPoints(
    answer.explanation,
    gold.keyPoints,
    refs,
    CODE_REVIEW_WEIGHTS.keyPoints,
  );
  const correctnessRef = pickGuidelineRef(refs, ["code_evaluation#correctness"]);

  const feedback: TaskFeedback[] = [
    verdict === 1
      ? { kind: "good", message: `Verdict ${gold.verdict} is right.`, guidelineRef: correctnessRef }
      : {
          kind: "wrong",
          message:
            gold.verdict === "incorrect"
              ? "You judged the code correct; it has a bug."
              : "You judged the code incorrect; it is correct.",
          guidelineRef:
            gold.verdict === "incorrect"
              ? correctnessRef
              : pickGuidelineRef(refs, [
                  "code_evaluation#style-vs-bugs",
                  "code_evaluation#correctness",
                ]),
        },
  ];
  gold.bugs.forEach((bug, index) => {
    const hit = (matching.goldToMark[index] ?? -1) >= 0;
    feedback.push({
      kind: hit ? "good" : "missed",
      message: `${hit ? "You marked" : "Missed"} the ${bug.severity} bug on line ${bug.line}: ${bug.explanation}`,
      guidelineRef: refForText(bug.explanation, refs, correctnessRef),
    });
  });
  answer.lines.forEach((line, index) => {
    if ((matching.markToGold[index] ?? -1) >= 0) return;
    feedback.push({
      kind: "extra",
      message: `You marked line ${line}, which has no bug.`,
      guidelineRef: pickGuidelineRef(refs, [
        "code_evaluation#style-vs-bugs",
        "code_evaluation#marking-buggy-lines",
      ]),
    });
  });
  feedback.push(...keyPoints.feedback);

  return combineScore(
    [
      {
        id: "verdict",
        label: "Verdict",
        score: verdict,
        weight: CODE_REVIEW_WEIGHTS.verdict,
        detail: `you: ${answer.verdict}, expert: ${gold.verdict}`,
      },
      {
        id: "recall",
        label: "Bug lines found",
        score: recall(found, gold.bugs.length - found),
        weight: CODE_REVIEW_WEIGHTS.recall,
        detail: `${found} of ${gold.bugs.length} bugs`,
      },
      {
        id: "precision",
        label: "Marked lines that are bugs",
        score: precision(found, extra),
        weight: CODE_REVIEW_WEIGHTS.precision,
        detail: `${found} of ${found + extra} marks`,
      },
      keyPoints.component,
    ],
    feedback,
  );
}
