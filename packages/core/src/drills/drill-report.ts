import type { ErrorCategory } from "./error-categories.ts";
import type { PlausibilityFlag } from "./plausibility.ts";
import type { ProofreadingMark, ProofreadingScore } from "./proofreading.ts";
import type { SeededError, SeededErrorKind } from "./seeded-text.ts";
import type { Severity, TranscriptIssueCode, TranscriptScore } from "./transcript-format.ts";
import type { TranscriptionError } from "./transcription.ts";
import type { TypingMetrics } from "./typing-metrics.ts";

/**
 * What a person reads after a drill: the scores as they are kept, the errors that cost
 * the most, and the one thing to practise next. Everything here is derived from core
 * scores; nothing is recomputed.
 */

export const DRILL_KINDS = [
  "typing",
  "typing_weak_spots",
  "transcription",
  "proofreading",
] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

export interface KeyFigure {
  key: string;
  hits: number;
  misses: number;
  /** hits / (hits + misses), 0–1. */
  accuracy: number;
  /** Mean milliseconds from the previous key to a hit of this key; null when never timed. */
  meanMs: number | null;
}

export interface TypingReport {
  netWpm: number;
  rawWpm: number;
  /** Character keys right when pressed, 0–1. */
  accuracy: number;
  correctedErrorRate: number;
  uncorrectedErrorRate: number;
  consistency: number;
  durationSec: number;
  /** Edits between the final text and the target. */
  charEdits: number;
  errors: TranscriptionError[];
  perKey: KeyFigure[];
  /** Wrong characters typed and then erased. */
  corrected: number;
  /** Errors left in the final text. */
  uncorrected: number;
}

export interface FormattingError {
  severity: Severity;
  reason: string;
  line?: number;
}

export interface TranscriptReport {
  /** cer and wer as fractions; score 0–100. */
  accuracy: { cer: number; wer: number; score: number };
  /** score 0–100. */
  formatting: { score: number; errors: FormattingError[] };
  /** Offsets into `compared`: the spoken words of each turn, one line per turn. */
  errors: TranscriptionError[];
  /** The two texts the accuracy axis compared, which `errors` index. */
  compared: { reference: string; typed: string };
  reference: string;
  typed: string;
}

export interface ProofreadingReport {
  precision: number;
  recall: number;
  f1: number;
  /** Each mark that found an error, with the error it found. */
  matched: Array<ProofreadingMark & { kind: SeededErrorKind; error: SeededError }>;
  missed: SeededError[];
  falseMarks: ProofreadingMark[];
  seeded: SeededError[];
  text: string;
}

export interface CategoryCost<C extends string = string> {
  category: C;
  count: number;
}

export interface DrillResult {
  drillId: string;
  kind: DrillKind;
  submittedAt: string;
  flagged: boolean;
  flags: PlausibilityFlag[];
  typing?: TypingReport;
  transcription?: TranscriptReport;
  proofreading?: ProofreadingReport;
  costliestCategories: CategoryCost[];
  practiseNext: string;
  target: string;
}

/** Categories shown as costliest, most costly first. */
export const COSTLIEST_SHOWN = 3;
/** Below this share of keys right first time, speed is bought with corrections. */
export const STEADY_KEY_ACCURACY = 0.95;

/** Key figures in key order, from hits, misses and a mean interval per key. */
export function keyFigures(
  entries: Iterable<[key: string, hits: number, misses: number, meanMs: number | null]>,
): KeyFigure[] {
  return [...entries]
    .map(([key, hits, misses, meanMs]) => ({
      key,
      hits,
      misses,
      accuracy: hits + misses > 0 ? hits / (hits + misses) : 0,
      meanMs,
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function typingReport(metrics: TypingMetrics): TypingReport {
  const { charEdits } = metrics.transcription;
  return {
    netWpm: metrics.netWpm,
    rawWpm: metrics.rawWpm,
    accuracy: metrics.accuracy,
    correctedErrorRate: metrics.errorRates.corrected,
    uncorrectedErrorRate: metrics.errorRates.uncorrected,
    consistency: metrics.consistency,
    durationSec: metrics.durationMs / 1000,
    charEdits: charEdits.substitutions + charEdits.insertions + charEdits.deletions,
    errors: metrics.transcription.errors,
    perKey: keyFigures(
      Object.entries(metrics.perKey).map(([key, k]) => [key, k.hits, k.misses, k.meanTimeMs]),
    ),
    corrected: metrics.errorRates.incorrectFixed,
    uncorrected: metrics.errorRates.incorrectNotFixed,
  };
}

export function transcriptReport(
  score: TranscriptScore,
  reference: string,
  typed: string,
): TranscriptReport {
  return {
    accuracy: { cer: score.accuracy.cer, wer: score.accuracy.wer, score: score.accuracy.score },
    formatting: {
      score: score.formatting.score,
      errors: score.formatting.issues.map((issue) => ({
        severity: issue.severity,
        reason: issue.reason,
        ...(issue.line === null ? {} : { line: issue.line }),
      })),
    },
    errors: score.accuracy.transcription.errors,
    compared: { reference: score.accuracy.referenceText, typed: score.accuracy.typedText },
    reference,
    typed,
  };
}

export function proofreadingReport(
  score: ProofreadingScore,
  seeded: readonly SeededError[],
  text: string,
): ProofreadingReport {
  return {
    precision: score.precision,
    recall: score.recall,
    f1: score.f1,
    matched: score.matched.map(({ mark, error }) => ({ ...mark, kind: error.kind, error })),
    missed: score.missed,
    falseMarks: score.falseMarks,
    seeded: [...seeded],
    text,
  };
}

/**
 * Error categories by what they cost: the edits they account for, then how often they
 * happened. `count` is the number of errors of the category.
 */
export function costliestCategories(
  errors: readonly TranscriptionError[],
): CategoryCost<ErrorCategory>[] {
  const tally = new Map<ErrorCategory, { count: number; cost: number }>();
  for (const error of errors) {
    const entry = tally.get(error.category) ?? { count: 0, cost: 0 };
    entry.count++;
    entry.cost += error.cost;
    tally.set(error.category, entry);
  }
  return [...tally]
    .sort(([a, x], [b, y]) => y.cost - x.cost || y.count - x.count || (a < b ? -1 : 1))
    .slice(0, COSTLIEST_SHOWN)
    .map(([category, { count }]) => ({ category, count }));
}

/** Seeded error kinds the reader missed, most missed first. */
export function missedKinds(missed: readonly SeededError[]): CategoryCost<SeededErrorKind>[] {
  const tally = new Map<SeededErrorKind, number>();
  for (const error of missed) tally.set(error.kind, (tally.get(error.kind) ?? 0) + 1);
  return [...tally]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, COSTLIEST_SHOWN)
    .map(([category, count]) => ({ category, count }));
}

export const CATEGORY_ADVICE: Record<ErrorCategory, string> = {
  case: "Capitals: press Shift with the hand that is not typing the letter, and check the first letter of every sentence and name.",
  punctuation:
    "Punctuation: commas, apostrophes and full stops are the first things dropped at speed; say them to yourself as you type.",
  whitespace:
    "Spacing: one space between words and none before punctuation; watch for doubled and missing spaces.",
  transposition:
    "Swapped letters: ease off mid-word; a swap is one hand running ahead of the other.",
  diacritic:
    "Accents: learn where your layout puts é, ü and ñ, so names come out exactly as written.",
  digit:
    "Numbers: check every figure against the source; one wrong digit changes what the text says.",
  spelling: "Spelling: type the words you missed slowly until they come out right without looking.",
  missing_word:
    "Missed words: keep your eyes a word ahead of your fingers, and watch the short words you skip.",
  extra_word: "Extra words: type only what is there; do not add words the source does not have.",
  tag: "Tags: write exactly [inaudible], [crosstalk] and [noise], in square brackets.",
};

const TURN_ADVICE =
  "Speaker turns: start a new line, with the speaker's label, every time someone else speaks.";
const TIMESTAMP_ADVICE =
  "Timestamps: begin every line with [mm:ss], within two seconds of when the turn starts.";
const TAG_ADVICE = CATEGORY_ADVICE.tag;

export const TRANSCRIPT_ISSUE_ADVICE: Record<TranscriptIssueCode, string> = {
  word_error:
    "Words: replay the passages you got wrong and type what is said, not what you expect to hear.",
  missing_turn: TURN_ADVICE,
  missing_turn_break: TURN_ADVICE,
  extra_turn_break:
    "Turns: keep one speaker's words on one line until someone else speaks or they pause for two seconds.",
  missing_label:
    "Labels: name the speaker on every line, as `Name:` or `Speaker 1:` when no name is said.",
  wrong_label:
    "Labels: check who is speaking; use a name only once the audio says it, otherwise Speaker 1, Speaker 2.",
  label_format: "Labels: write the label exactly as `Name:` with one space after the colon.",
  missing_timestamp: TIMESTAMP_ADVICE,
  timestamp_format: TIMESTAMP_ADVICE,
  timestamp_off: TIMESTAMP_ADVICE,
  missing_tag: TAG_ADVICE,
  wrong_tag: TAG_ADVICE,
  misspelt_tag: TAG_ADVICE,
  unknown_tag: TAG_ADVICE,
  guessed_inaudible:
    "Inaudible speech: write [inaudible] where you cannot make words out, rather than guessing.",
  invented_tag: "Tags: mark only what is there; words you can hear are typed, not tagged.",
};

export const SEEDED_KIND_ADVICE: Record<SeededErrorKind, string> = {
  spelling:
    "Spelling: read each word, not its outline; sound-alikes such as their and they're hide best.",
  grammar: "Grammar: check each verb against its subject, especially when words come between them.",
  punctuation:
    "Punctuation: read sentence openings and lists for missing commas and stray apostrophes.",
  number: "Numbers: check every figure and unit against what it describes.",
  factual:
    "Facts: question every confident claim; units, dates and well-known values are where errors hide.",
};

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

export function typingPractiseNext(
  report: TypingReport,
  costliest: readonly CategoryCost<ErrorCategory>[],
  mistypedWords: readonly string[],
): string {
  if (report.accuracy < STEADY_KEY_ACCURACY) {
    return `Slow down: ${percent(report.accuracy)} of your keys were right first time. Aim for ${percent(STEADY_KEY_ACCURACY)} before pushing speed.`;
  }
  const top = costliest[0];
  if (top !== undefined) {
    const words = mistypedWords.slice(0, 3);
    const start = words.length > 0 ? ` Start with: ${words.join(", ")}.` : "";
    return CATEGORY_ADVICE[top.category] + start;
  }
  return "A clean run: push the pace a little in your next timed drill while keeping accuracy above 95%.";
}

export function transcriptPractiseNext(
  score: TranscriptScore,
  costliest: readonly CategoryCost<ErrorCategory>[],
): string {
  const major = score.formatting.issues.find((issue) => issue.severity === "major");
  if (major !== undefined) return TRANSCRIPT_ISSUE_ADVICE[major.code];
  const top = costliest[0];
  if (top !== undefined) return CATEGORY_ADVICE[top.category];
  const minor = score.formatting.issues[0];
  if (minor !== undefined) return TRANSCRIPT_ISSUE_ADVICE[minor.code];
  return "A clean transcript: try a harder clip, or a full-verbatim one, next.";
}

export function proofreadingPractiseNext(
  score: ProofreadingScore,
  missed: readonly CategoryCost<SeededErrorKind>[],
): string {
  const top = missed[0];
  if (top !== undefined && score.recall <= score.precision) {
    return SEEDED_KIND_ADVICE[top.category];
  }
  if (score.falseMarks.length > 0) {
    return `Mark only what is wrong: ${score.falseMarks.length} of your marks were on correct text. Name the rule a passage breaks before you mark it.`;
  }
  if (top !== undefined) return SEEDED_KIND_ADVICE[top.category];
  return "Every error found and nothing else marked: try a harder text next.";
}
