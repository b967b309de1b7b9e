/** Task items: their schemas, what a worker submits, what the browser may see, and scoring. */
export * from "./answers.ts";
export * from "./automatic-checks.ts";
export {
  type Check,
  type CheckResult,
  checkFormat,
  checkSchema,
  runCheck,
  runChecks,
} from "./checks.ts";
export {
  codeBlockLines,
  type FencedCodeBlock,
  fencedCodeBlocks,
  splitAtCodeBlock,
} from "./code-block.ts";
export * from "./enums.ts";
export type { ScoreComponent, TaskFeedback, TaskFeedbackKind, TaskScore } from "./feedback.ts";
export { goldAnswer } from "./gold-answer.ts";
export * from "./guideline-sections.ts";
export { kendallTauB } from "./kendall.ts";
export {
  containsPhrase,
  type KeyPoint,
  type KeyPointCoverage,
  keyPointCoverage,
  keyPointSchema,
  keyPointsSchema,
} from "./key-points.ts";
export * from "./personal-data.ts";
export { publicView, type TaskPublicView } from "./public-view.ts";
export * from "./schemas/code-review.ts";
export {
  boundedText,
  type DimensionRatings,
  dimensionRatingsSchema,
  MAX_JUSTIFICATION_CHARS,
  MAX_MARKS,
  MAX_WRITTEN_TEXT_CHARS,
  RATIONALE_WORDS,
} from "./schemas/common.ts";
export * from "./schemas/domain-review.ts";
export * from "./schemas/fact-check.ts";
export * from "./schemas/item.ts";
export * from "./schemas/pairwise.ts";
export * from "./schemas/prompt.ts";
export * from "./schemas/ranking.ts";
export * from "./schemas/rating.ts";
export * from "./schemas/red-team.ts";
export * from "./schemas/rewrite.ts";
export { scoreAttempt } from "./score.ts";
export { CODE_REVIEW_WEIGHTS, LINE_TOLERANCE } from "./scoring/code-review.ts";
export {
  DOMAIN_REVIEW_WEIGHTS,
  domainVerdictCredit,
  ERROR_SEVERITY_WEIGHT,
  spanMarksError,
} from "./scoring/domain-review.ts";
export { FACT_CHECK_WEIGHTS } from "./scoring/fact-check.ts";
export { PAIRWISE_WEIGHTS, preferenceCredit } from "./scoring/pairwise.ts";
export { RANKING_WEIGHTS, rankingAgreement } from "./scoring/ranking.ts";
export { RATING_WEIGHTS } from "./scoring/rating.ts";
export { RED_TEAM_WEIGHTS, VERDICT_CREDIT } from "./scoring/red-team.ts";
export { AUTOMATIC_CHECK_WEIGHT } from "./scoring/written.ts";
export { isNearCopy, NEAR_COPY_THRESHOLD, nearCopySimilarity } from "./similarity.ts";
export { type CodePointSpan, locateQuotes, spansOverlap } from "./spans.ts";
export { codePointLength, countWords, sliceCodePoints } from "./text.ts";
export { diffRewrite, type RewriteDiffSegment } from "./word-diff.ts";
