import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GoldResult, goldResultSchema, inWindow, qualityEstimate } from "./estimate.ts";
import { betaInterval, wilsonInterval } from "./interval.ts";

const DAY = 86_400_000;
const start = Date.UTC(2025, 0, 1);
/** Results one hour apart, oldest first. */
function series(scores: readonly (boolean | number)[]): GoldResult[] {
  return scores.map((score, i) => ({ score, at: new Date(start + i * 3_600_000) }));
}

describe("qualityEstimate", () => {
  it("reports accuracy with its 95% Wilson interval and the count", () => {
    const estimate = qualityEstimate(series([...Array(8).fill(true), false, false]));
    expect(estimate.count).toBe(10);
    expect(estimate.successes).toBe(8);
    expect(estimate.estimate).toBe(0.8);
    expect(estimate.lower).toBeCloseTo(0.4902, 4);
    expect(estimate.upper).toBeCloseTo(0.9433, 4);
    expect(estimate.recent).toBeNull();
  });

  it("counts partial credit as fractional successes", () => {
    const estimate = qualityEstimate(series([1, 1, 1, 1, 1, 1, 1, 0.5, 0.5, 0.5]));
    expect(estimate.successes).toBeCloseTo(8.5, 12);
    expect(estimate.lower).toBeCloseTo(wilsonInterval(8.5, 10).lower, 12);
  });

  it("reports no estimate without evidence", () => {
    const estimate = qualityEstimate([]);
    expect(estimate).toMatchObject({ count: 0, successes: 0, lower: 0, upper: 1, estimate: null });
  });

  it("computes the recent window over the last N items by time, whatever the input order", () => {
    const results = series([...Array(20).fill(true), ...Array(10).fill(false)]).reverse();
    const estimate = qualityEstimate(results, { recent: { lastItems: 10 } });
    expect(estimate.recent).toMatchObject({ count: 10, successes: 0, estimate: 0 });
    expect(estimate.count).toBe(30);
  });

  it("computes the recent window over the last D days up to now", () => {
    const results: GoldResult[] = [
      { score: false, at: new Date(start - 40 * DAY) },
      { score: true, at: new Date(start - 10 * DAY) },
      { score: true, at: new Date(start - DAY) },
      { score: true, at: new Date(start + DAY) },
    ];
    const estimate = qualityEstimate(results, {
      recent: { lastDays: 30, now: new Date(start) },
    });
    expect(estimate.recent?.count).toBe(2);
    expect(estimate.recent?.successes).toBe(2);
  });

  it("can use the Jeffreys interval and another confidence level", () => {
    const estimate = qualityEstimate(series([...Array(8).fill(true), false, false]), {
      method: "jeffreys",
      confidence: 0.9,
    });
    expect(estimate.lower).toBeCloseTo(betaInterval(8, 10, 0.9).lower, 12);
    expect(estimate.method).toBe("jeffreys");
    expect(estimate.confidence).toBe(0.9);
  });

  it("never reports more successes than items, however the fractions add up", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 200 }),
        (xs) => {
          const estimate = qualityEstimate(series(xs));
          expect(estimate.successes).toBeLessThanOrEqual(estimate.count);
          expect(estimate.lower).toBeLessThanOrEqual(estimate.upper);
        },
      ),
    );
  });
});

describe("inWindow", () => {
  it("keeps equal-time results in their given order", () => {
    const at = new Date(start);
    const results = [
      { score: 0.1, at },
      { score: 0.2, at },
      { score: 0.3, at },
    ];
    expect(inWindow(results, { lastItems: 2 }).map((r) => r.score)).toEqual([0.2, 0.3]);
  });
});

describe("goldResultSchema", () => {
  it("accepts right/wrong and partial credit, and refuses scores outside [0, 1]", () => {
    const at = new Date(start);
    expect(goldResultSchema.safeParse({ score: true, at }).success).toBe(true);
    expect(goldResultSchema.safeParse({ score: 0.4, at }).success).toBe(true);
    expect(goldResultSchema.safeParse({ score: 1.2, at }).success).toBe(false);
  });
});
