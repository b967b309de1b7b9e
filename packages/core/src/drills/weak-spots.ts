import { z } from "zod";
import { codePoints } from "./characters.ts";
import { ERROR_CATEGORIES, type ErrorCategory } from "./error-categories.ts";
import { DrillInputError } from "./input-errors.ts";
import type { TranscriptionScore } from "./transcription.ts";
import type { TypingMetrics } from "./typing-metrics.ts";

/**
 * Adaptive practice: what a person gets right, remembered as exponential moving averages
 * so recent drills count most, and practice text built around what they get wrong.
 */

export const confidenceSchema = z.object({
  /** Share of chances got right, 0–1, as a moving average over drills. */
  value: z.number().min(0).max(1),
  /** Drills that contributed. */
  samples: z.number().int().nonnegative(),
});
export type Confidence = z.infer<typeof confidenceSchema>;

export const skillProfileSchema = z.object({
  /** Per target character (as typed, so "A" and "a" are apart). */
  keys: z.record(z.string(), confidenceSchema),
  categories: z.partialRecord(z.enum(ERROR_CATEGORIES), confidenceSchema),
  /** Mistyped words (lower case) with a weight that decays as drills go by. */
  words: z.record(z.string(), z.number().nonnegative()),
});
export type SkillProfile = z.infer<typeof skillProfileSchema>;

export function emptySkillProfile(): SkillProfile {
  return { keys: {}, categories: {}, words: {} };
}

/** A drill result the profile can learn from. */
export type DrillOutcome = TranscriptionScore | TypingMetrics;

/** Words whose weight falls below this are forgotten. */
const FORGET_BELOW = 0.02;
/** At most this many words are remembered, heaviest first. */
export const MAX_TRACKED_WORDS = 200;

function blend(old: Confidence | undefined, observed: number, alpha: number): Confidence {
  if (old === undefined || old.samples === 0) return { value: observed, samples: 1 };
  return { value: alpha * observed + (1 - alpha) * old.value, samples: old.samples + 1 };
}

/**
 * Folds one drill into the profile and returns the new profile (the old one is not
 * changed). `alpha` (0 < alpha ≤ 1) is the weight of this drill.
 *
 * - A key's observation is its hit rate in the drill (typing drills only).
 * - A category's observation is 1 − errors / opportunities, over the places in the
 *   reference where that error could happen; categories with no opportunity and no error
 *   in this drill are left as they were, since the drill says nothing about them.
 * - Every remembered word's weight decays by (1 − alpha); words mistyped in this drill
 *   gain alpha.
 */
export function updateSkillProfile(
  profile: SkillProfile,
  drillResult: DrillOutcome,
  alpha: number,
): SkillProfile {
  if (!(alpha > 0 && alpha <= 1)) {
    throw new DrillInputError(
      "invalid_argument",
      "alpha",
      "alpha must be greater than 0 and at most 1.",
    );
  }
  const score = "transcription" in drillResult ? drillResult.transcription : drillResult;

  const keys = { ...profile.keys };
  if ("perKey" in drillResult) {
    for (const [key, stats] of Object.entries(drillResult.perKey)) {
      const chances = stats.hits + stats.misses;
      if (chances > 0) keys[key] = blend(keys[key], stats.hits / chances, alpha);
    }
  }

  const counts = new Map<ErrorCategory, number>();
  for (const error of score.errors) {
    counts.set(error.category, (counts.get(error.category) ?? 0) + 1);
  }
  const categories = { ...profile.categories };
  for (const category of ERROR_CATEGORIES) {
    const errors = counts.get(category) ?? 0;
    const chances = Math.max(score.opportunities[category], errors);
    if (chances === 0) continue;
    categories[category] = blend(categories[category], 1 - errors / chances, alpha);
  }

  const weights = new Map<string, number>();
  for (const [word, weight] of Object.entries(profile.words)) {
    weights.set(word, weight * (1 - alpha));
  }
  for (const word of score.mistypedWords) weights.set(word, (weights.get(word) ?? 0) + alpha);
  const words = Object.fromEntries(
    [...weights]
      .filter(([, weight]) => weight >= FORGET_BELOW)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, MAX_TRACKED_WORDS),
  );
  return { keys, categories, words };
}

export interface WeakSpot {
  kind: "key" | "category";
  /** The key ("e", "A", " ") or the error category. */
  id: string;
  confidence: number;
  samples: number;
}

/** The n keys and error categories with the lowest confidence, weakest first. */
export function weakestSpots(profile: SkillProfile, n: number): WeakSpot[] {
  const spots: WeakSpot[] = [];
  for (const [id, c] of Object.entries(profile.keys)) {
    spots.push({ kind: "key", id, confidence: c.value, samples: c.samples });
  }
  for (const category of ERROR_CATEGORIES) {
    const c = profile.categories[category];
    if (c !== undefined) {
      spots.push({ kind: "category", id: category, confidence: c.value, samples: c.samples });
    }
  }
  // Ties: more evidence first, then a fixed order, so the list is stable.
  spots.sort(
    (x, y) =>
      x.confidence - y.confidence ||
      y.samples - x.samples ||
      (x.kind === y.kind ? 0 : x.kind === "key" ? -1 : 1) ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
  return spots.slice(0, Math.max(0, n));
}

export interface WeakSpotDrill {
  text: string;
  /** The spots the text was weighted toward. */
  focus: WeakSpot[];
}

/** Most words a generated drill may have. */
export const MAX_DRILL_WORDS = 1_000;

// How strongly each kind of weakness pulls the text toward it.
const KEY_PULL = 3;
const WORD_PULL = 6;
const ACCENT_PULL = 4;
const LONG_WORD_PULL = 2;
const CAPITALS_RATE = 0.5;
const PUNCTUATION_RATE = 0.35;
const NUMBER_RATE = 0.3;
const PUNCTUATION_MARKS = [",", ".", ";", ":", "?", "!"] as const;

/**
 * Composes `length` words of practice text. Words are drawn from the bank and from the
 * person's most mistyped words, each weighted by how weak its letters are; weak case,
 * punctuation and number handling add capitals, punctuation and numbers; weak accents and
 * spelling favour accented and long words. The same profile, bank and random sequence
 * always give the same text.
 */
export function buildWeakSpotDrill(
  profile: SkillProfile,
  wordBank: readonly string[],
  random: () => number,
  length: number,
): WeakSpotDrill {
  if (!Number.isInteger(length) || length < 1 || length > MAX_DRILL_WORDS) {
    throw new DrillInputError(
      "invalid_argument",
      "length",
      `length must be a whole number from 1 to ${MAX_DRILL_WORDS}.`,
    );
  }
  const bank = [
    ...new Set(
      wordBank.map((word) => word.trim()).filter((word) => word !== "" && !/\s/u.test(word)),
    ),
  ];
  const candidates = [...new Set([...bank, ...Object.keys(profile.words)])];
  if (candidates.length === 0) {
    throw new DrillInputError("invalid_argument", "wordBank", "The word bank has no words.");
  }

  const weakness = (category: ErrorCategory) => 1 - (profile.categories[category]?.value ?? 1);
  const keyWeakness = new Map<number, number>();
  for (const [key, c] of Object.entries(profile.keys)) {
    const cp = key.codePointAt(0);
    if (cp !== undefined) keyWeakness.set(cp, 1 - c.value);
  }
  const spelling = Math.max(weakness("spelling"), weakness("transposition"));
  const accents = weakness("diacritic");

  let total = 0;
  const cumulative = candidates.map((word) => {
    const cps = [...new Set(codePoints(word))];
    let weight = 1;
    for (const cp of cps) weight += KEY_PULL * (keyWeakness.get(cp) ?? 0);
    weight += WORD_PULL * (profile.words[word] ?? 0);
    if (/[^\p{ASCII}]/u.test(word)) weight *= 1 + ACCENT_PULL * accents;
    if (cps.length >= 6) weight *= 1 + LONG_WORD_PULL * spelling;
    total += weight;
    return total;
  });
  const draw = (): string => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return candidates[lo]!;
  };

  const words: string[] = [];
  for (let w = 0; w < length; w++) {
    let word = draw();
    // A word twice in a row drills nothing new; one redraw is enough to make it rare.
    if (candidates.length > 1 && word === words[w - 1]) word = draw();
    if (random() < NUMBER_RATE * weakness("digit")) {
      word = String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 4))));
    }
    if (random() < CAPITALS_RATE * weakness("case")) {
      const [first = "", ...rest] = Array.from(word);
      word = first.toUpperCase() + rest.join("");
    }
    if (random() < PUNCTUATION_RATE * weakness("punctuation")) {
      word += PUNCTUATION_MARKS[Math.floor(random() * PUNCTUATION_MARKS.length)];
    }
    words.push(word);
  }
  return { text: words.join(" "), focus: weakestSpots(profile, 5) };
}
