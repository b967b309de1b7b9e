import { z } from "zod";
import { type KeyFigure, keyFigures } from "./drill-report.ts";
import type { TypingMetrics } from "./typing-metrics.ts";
import { type SkillProfile, weakestSpots } from "./weak-spots.ts";

/**
 * Running counts over every drill a person has done, for the progress page: a keyboard
 * heatmap, the words they get wrong and the keys they confuse. Unlike the skill profile,
 * nothing decays: these are plain tallies, kept bounded.
 */

const count = z.number().int().nonnegative();

export const practiceTotalsSchema = z.object({
  keys: z.record(
    z.string(),
    z.object({
      hits: count,
      misses: count,
      /** Sum of the timed hits' intervals, in ms, and how many hits were timed. */
      timedMs: z.number().nonnegative(),
      timed: count,
    }),
  ),
  words: z.record(z.string(), count),
  /** Expected key → typed key → times. */
  confusions: z.record(z.string(), z.record(z.string(), count)),
});
export type PracticeTotals = z.infer<typeof practiceTotalsSchema>;

/** Weight of one drill in the skill profile's moving averages. */
export const SKILL_PROFILE_ALPHA = 0.25;
/** Most words kept in the tally, most frequent first. */
export const MAX_TALLIED_WORDS = 500;
/** Most different wrong keys kept per expected key. */
export const MAX_CONFUSIONS_PER_KEY = 20;
/** Entries shown on the progress page. */
export const PROGRESS_TOP = 20;
/** Keys and categories named as weakest. */
export const WEAKEST_SHOWN = 5;

export function emptyPracticeTotals(): PracticeTotals {
  return { keys: {}, words: {}, confusions: {} };
}

function byCountThenName(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

function topEntries(record: Record<string, number>, limit: number): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(byCountThenName).slice(0, limit));
}

/** Adds a drill's mistyped words; the least frequent fall off past {@link MAX_TALLIED_WORDS}. */
export function addMistypedWords(totals: PracticeTotals, words: readonly string[]): PracticeTotals {
  const tally = { ...totals.words };
  for (const word of words) tally[word] = (tally[word] ?? 0) + 1;
  return { ...totals, words: topEntries(tally, MAX_TALLIED_WORDS) };
}

/** Adds a typing drill's per-key hits, misses, timings and confusions, and its words. */
export function addTypingToTotals(totals: PracticeTotals, metrics: TypingMetrics): PracticeTotals {
  const keys = { ...totals.keys };
  const confusions = { ...totals.confusions };
  for (const [key, stats] of Object.entries(metrics.perKey)) {
    const before = keys[key] ?? { hits: 0, misses: 0, timedMs: 0, timed: 0 };
    // Only the first key of a drill has no interval, so weighting the mean by hits is
    // off by at most one hit per drill.
    const timed = stats.meanTimeMs === null ? 0 : stats.hits;
    keys[key] = {
      hits: before.hits + stats.hits,
      misses: before.misses + stats.misses,
      timedMs: before.timedMs + (stats.meanTimeMs ?? 0) * timed,
      timed: before.timed + timed,
    };
    if (Object.keys(stats.confusions).length > 0) {
      const typed = { ...confusions[key] };
      for (const [wrong, times] of Object.entries(stats.confusions))
        typed[wrong] = (typed[wrong] ?? 0) + times;
      confusions[key] = topEntries(typed, MAX_CONFUSIONS_PER_KEY);
    }
  }
  return addMistypedWords({ ...totals, keys, confusions }, metrics.transcription.mistypedWords);
}

export interface ProgressFigures {
  keyStats: KeyFigure[];
  mistypedWords: Array<{ word: string; count: number }>;
  confusions: Array<{ expected: string; typed: string; count: number }>;
  skill: { weakestKeys: string[]; weakestCategories: string[] };
}

export function progressFigures(totals: PracticeTotals, profile: SkillProfile): ProgressFigures {
  const keyStats = keyFigures(
    Object.entries(totals.keys).map(([key, k]) => [
      key,
      k.hits,
      k.misses,
      k.timed > 0 ? k.timedMs / k.timed : null,
    ]),
  );
  const mistypedWords = Object.entries(totals.words)
    .sort(byCountThenName)
    .slice(0, PROGRESS_TOP)
    .map(([word, n]) => ({ word, count: n }));
  const confusions = Object.entries(totals.confusions)
    .flatMap(([expected, typed]) =>
      Object.entries(typed).map(([wrong, n]) => ({ expected, typed: wrong, count: n })),
    )
    .sort((a, b) => b.count - a.count || (a.expected + a.typed < b.expected + b.typed ? -1 : 1))
    .slice(0, PROGRESS_TOP);
  // A spot never got wrong is not weak, however low it sorts.
  const spots = weakestSpots(profile, Number.POSITIVE_INFINITY).filter((s) => s.confidence < 1);
  return {
    keyStats,
    mistypedWords,
    confusions,
    skill: {
      weakestKeys: spots
        .filter((s) => s.kind === "key")
        .slice(0, WEAKEST_SHOWN)
        .map((s) => s.id),
      weakestCategories: spots
        .filter((s) => s.kind === "category")
        .slice(0, WEAKEST_SHOWN)
        .map((s) => s.id),
    },
  };
}
