export {
  type Alignment,
  alignSequences,
  type EditOpCode,
  editDistance,
  OP_DELETE,
  OP_INSERT,
  OP_MATCH,
  OP_SUBSTITUTE,
  STORED_WORDS_LIMIT,
  stringDistance,
} from "./alignment.ts";
export { codePoints } from "./characters.ts";
export type { TranscriptionProfile } from "./compared-text.ts";
export * from "./drill-report.ts";
export {
  type EditCounts,
  type EditKind,
  ERROR_CATEGORIES,
  type ErrorCategory,
} from "./error-categories.ts";
export { HOUSE_STYLE_TAGS, type HouseStyleTag, isHouseStyleTag } from "./house-style.ts";
export { DrillInputError, type DrillInputErrorCode, EmptyReferenceError } from "./input-errors.ts";
export {
  type KeyAction,
  type KeyEvent,
  keyAction,
  keyEventLogSchema,
  keyEventSchema,
  MAX_EVENTS,
  type ReplayOptions,
  replayKeyEvents,
  validateKeyEvents,
} from "./key-events.ts";
export {
  checkPlausibility,
  type DrillMode,
  PLAUSIBILITY_THRESHOLDS,
  type PlausibilityCode,
  type PlausibilityFlag,
  type PlausibilityInput,
  type PlausibilityResult,
  type PlausibilityThresholds,
  plausibilityThresholdsSchema,
} from "./plausibility.ts";
export * from "./practice-totals.ts";
export {
  MAX_PROOFREADING_MARKS,
  type ProofreadingMark,
  type ProofreadingMatch,
  type ProofreadingOptions,
  type ProofreadingScore,
  proofreadingMarkSchema,
  scoreProofreading,
  validateMarks,
} from "./proofreading.ts";
export * from "./reached-target.ts";
export { seededRandom } from "./seeded-random.ts";
export * from "./seeded-text.ts";
export {
  FORMAT_SEVERITY,
  MINOR_WEIGHT,
  parseTranscript,
  type Severity,
  scoreTranscript,
  TAG_SEVERITY,
  TIMESTAMP_TOLERANCE_SECONDS,
  type TranscriptIssue,
  type TranscriptIssueCode,
  type TranscriptScore,
  type TranscriptTurn,
  WORD_ERROR_SEVERITY,
} from "./transcript-format.ts";
export * from "./transcript-keystrokes.ts";
export {
  scoreTranscription,
  type TranscriptionError,
  type TranscriptionOptions,
  type TranscriptionScore,
} from "./transcription.ts";
export * from "./typing-log.ts";
export {
  computeTypingMetrics,
  consistency,
  correctWordCharacters,
  type ErrorRates,
  type KeyStats,
  kogasa,
  type TypingMetrics,
} from "./typing-metrics.ts";
export * from "./typing-target.ts";
export {
  buildWeakSpotDrill,
  type Confidence,
  confidenceSchema,
  type DrillOutcome,
  emptySkillProfile,
  MAX_DRILL_WORDS,
  MAX_TRACKED_WORDS,
  type SkillProfile,
  skillProfileSchema,
  updateSkillProfile,
  type WeakSpot,
  type WeakSpotDrill,
  weakestSpots,
} from "./weak-spots.ts";
