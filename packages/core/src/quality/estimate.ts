import { z } from "zod";
import { type IntervalMethod, type ProportionInterval, proportionInterval } from "./interval.ts";

/**
 * One scored gold (known-answer) item: `score` is `true`/`false` for right-or-wrong items,
 * or the partial credit in [0, 1] a rubric gave. `at` is when the attempt was stored.
 */
export const goldResultSchema = z.object({
  score: z.union([z.boolean(), z.number().min(0).max(1)]),
  at: z.date(),
});
export type GoldResult = z.infer<typeof goldResultSchema>;

/** The credit a gold result contributes to the success count: 1, 0 or its partial score. */
export function goldCredit(score: GoldResult["score"]): number {
  if (score === true) return 1;
  if (score === false) return 0;
  return score;
}

/**
 * The recent window used for maintenance: the latest `lastItems` results, or those stored in
 * the `lastDays` days up to `now`.
 */
export const qualityWindowSchema = z.union([
  z.object({ lastItems: z.int().positive() }),
  z.object({ lastDays: z.number().positive(), now: z.date() }),
]);
export type QualityWindow = z.infer<typeof qualityWindowSchema>;

/**
 * Accuracy on a set of gold results: the interval of the success rate plus the evidence
 * behind it. `successes` is the sum of credits, so it is fractional under partial credit.
 */
export interface QualitySummary extends ProportionInterval {
  count: number;
  successes: number;
  confidence: number;
  method: IntervalMethod;
}

export interface QualityEstimate extends QualitySummary {
  /** The same figures over the recent window; null when no window was asked for. */
  recent: (QualitySummary & { window: QualityWindow }) | null;
}

export interface QualityOptions {
  /** Two-sided confidence of the interval; 0.95 by default. */
  confidence?: number;
  /** Wilson (default) or Jeffreys. */
  method?: IntervalMethod;
  recent?: QualityWindow;
}

/** Results ordered oldest first; results with equal times keep their given order. */
export function chronological<T extends { at: Date }>(results: readonly T[]): T[] {
  return [...results].sort((x, y) => x.at.getTime() - y.at.getTime());
}

/** The results inside a window, oldest first. */
export function inWindow<T extends { at: Date }>(
  results: readonly T[],
  window: QualityWindow,
): T[] {
  const ordered = chronological(results);
  if ("lastItems" in window) return ordered.slice(Math.max(0, ordered.length - window.lastItems));
  const now = window.now.getTime();
  const from = now - window.lastDays * 86_400_000;
  return ordered.filter((r) => r.at.getTime() > from && r.at.getTime() <= now);
}

/** The quality figures of a set of gold results, in any order. */
export function summariseGold(
  results: readonly GoldResult[],
  confidence = 0.95,
  method: IntervalMethod = "wilson",
): QualitySummary {
  let successes = 0;
  for (const r of results) successes += goldCredit(r.score);
  // Summing many fractions can overshoot the count by an ulp; the interval needs s ≤ n.
  successes = Math.min(successes, results.length);
  return {
    ...proportionInterval(successes, results.length, confidence, method),
    count: results.length,
    successes,
    confidence,
    method,
  };
}

/**
 * Quality of one worker in one category from their gold results: accuracy with its
 * confidence interval over all results, and over the recent window when one is given.
 *
 * Partial credit counts as fractional success: a rubric score of 0.75 adds 0.75 to the
 * successes and 1 to the count, and the interval is computed from those sums. Gates should
 * read `lower`, so that ten lucky answers do not count for what a hundred steady ones do.
 */
export function qualityEstimate(
  results: readonly GoldResult[],
  options: QualityOptions = {},
): QualityEstimate {
  const confidence = options.confidence ?? 0.95;
  const method = options.method ?? "wilson";
  const recent = options.recent
    ? {
        ...summariseGold(inWindow(results, options.recent), confidence, method),
        window: options.recent,
      }
    : null;
  return { ...summariseGold(results, confidence, method), recent };
}
