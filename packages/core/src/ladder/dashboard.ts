import type { DrillKind } from "../drills/drill-report.ts";
import { chronological, type GoldResult, summariseGold } from "../quality/estimate.ts";
import type { LadderEntry, LadderEvaluation } from "./evaluate.ts";
import type { NextStep } from "./next-step.ts";

/** How many of the latest gold results the dashboard's quality figures read. */
export const QUALITY_WINDOW = 100;

export interface QualityPoint {
  /** The UTC day, "2026-03-02". */
  at: string;
  lower: number;
  upper: number;
  estimate: number | null;
  /** Results inside the window at the end of that day. */
  count: number;
}

const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Quality over time for a chart: one point per UTC day with activity, each the interval
 * over the latest `window` results as they stood at the end of that day.
 */
export function dailyQualitySeries(
  results: readonly GoldResult[],
  options: { window?: number; confidence?: number } = {},
): QualityPoint[] {
  const window = options.window ?? QUALITY_WINDOW;
  const confidence = options.confidence ?? 0.95;
  const ordered = chronological(results);
  const points: QualityPoint[] = [];
  ordered.forEach((result, i) => {
    const next = ordered[i + 1];
    if (next && day(next.at) === day(result.at)) return;
    const summary = summariseGold(ordered.slice(Math.max(0, i + 1 - window), i + 1), confidence);
    points.push({
      at: day(result.at),
      lower: summary.lower,
      upper: summary.upper,
      estimate: summary.estimate,
      count: summary.count,
    });
  });
  return points;
}

/** The lower bound over the latest `window` results; null without any. */
export function recentLowerBound(
  results: readonly GoldResult[],
  options: { window?: number; confidence?: number } = {},
): number | null {
  if (results.length === 0) return null;
  const ordered = chronological(results);
  return summariseGold(ordered.slice(-(options.window ?? QUALITY_WINDOW)), options.confidence)
    .lower;
}

/**
 * The step the worker is working towards: the one the next step unlocks or tests, else the
 * first available step, else the first locked one; null once every step is held.
 */
export function nextUnlock(evaluation: LadderEvaluation, next: NextStep): LadderEntry | null {
  const target =
    next.kind === "do_gold_items"
      ? next.unlocks
      : next.kind === "take_qualification_test"
        ? { category: next.category, domain: next.domain }
        : null;
  const named =
    target &&
    evaluation.entries.find((e) => e.category === target.category && e.domain === target.domain);
  return (
    named ??
    evaluation.entries.find((e) => e.state === "available") ??
    evaluation.entries.find((e) => e.state === "locked") ??
    null
  );
}

/** How a drill is named in a worker's list of recent feedback. */
export const DRILL_FEEDBACK_TITLES: Readonly<Record<DrillKind, string>> = {
  typing: "Typing drill",
  typing_weak_spots: "Weak-spot typing drill",
  transcription: "Transcription drill",
  proofreading: "Proofreading drill",
};
