import type { ErrorCategory, SeededErrorKind } from "./api.ts";

/** How each error category reads in feedback, and the colour slot it is drawn in. */
export const ERROR_CATEGORY_INFO: Record<
  ErrorCategory,
  { label: string; hint: string; tone: number }
> = {
  spelling: { label: "Spelling", hint: "letters wrong inside a word", tone: 1 },
  transposition: {
    label: "Swapped letters",
    hint: "two neighbours typed in the wrong order",
    tone: 2,
  },
  missing_word: { label: "Missing word", hint: "a word left out", tone: 3 },
  extra_word: { label: "Extra word", hint: "a word the text does not have", tone: 4 },
  punctuation: { label: "Punctuation", hint: "a mark missing, added or wrong", tone: 5 },
  case: { label: "Capitals", hint: "right letter, wrong case", tone: 6 },
  whitespace: { label: "Spacing", hint: "a space or line break missing or extra", tone: 7 },
  digit: { label: "Numbers", hint: "a digit wrong, missing or swapped", tone: 8 },
  diacritic: { label: "Accents", hint: "right letter, wrong or missing accent", tone: 9 },
  tag: { label: "Tags", hint: "[inaudible], [crosstalk] or [noise] wrong", tone: 10 },
};

/** Proofreading results name seeded error kinds where typing names error categories. */
const SEEDED_KIND_INFO: Record<string, { label: string; hint: string; tone: number }> = {
  grammar: { label: "Grammar", hint: "agreement, tense or word form", tone: 2 },
  number: { label: "Numbers", hint: "a figure or unit wrong", tone: 8 },
  factual: { label: "Facts", hint: "a confident claim that is false", tone: 4 },
};

export function categoryInfo(category: string): { label: string; hint: string; tone: number } {
  return (
    ERROR_CATEGORY_INFO[category as ErrorCategory] ??
    SEEDED_KIND_INFO[category] ?? { label: category.replaceAll("_", " "), hint: "", tone: 7 }
  );
}

export const SEEDED_KIND_LABELS: Record<SeededErrorKind, string> = {
  spelling: "Spelling",
  grammar: "Grammar",
  punctuation: "Punctuation",
  number: "Number",
  factual: "Fact",
};

export function percent(value: number, digits = 0): string {
  return `${(value * 100).toFixed(digits)}%`;
}

export function durationLabel(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const s = whole % 60;
  return s === 0 ? `${whole / 60} min` : `${Math.floor(whole / 60)} min ${s} s`;
}

/** Typing drills built from weak spots are typing drills to the person doing them. */
export function isTyping(kind: string): boolean {
  return kind === "typing" || kind === "typing_weak_spots";
}

export const DRILL_KIND_LABELS: Record<string, string> = {
  typing: "Typing",
  typing_weak_spots: "Typing (weak spots)",
  transcription: "Transcription",
  proofreading: "Proofreading",
};

export const DIFFICULTY_LABELS: Record<number, string> = { 1: "Easy", 2: "Medium", 3: "Hard" };
