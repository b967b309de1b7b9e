import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  betaQuantile,
  logGamma,
  normalQuantile,
  regularizedIncompleteBeta,
} from "./distributions.ts";
import { betaInterval, proportionInterval, wilsonInterval } from "./interval.ts";

/** Trials and a success count (possibly fractional, as partial credit makes it) within them. */
const counts = fc.integer({ min: 1, max: 2000 }).chain((trials) =>
  fc.record({
    trials: fc.constant(trials),
    successes: fc.integer({ min: 0, max: trials * 100 }).map((hundredths) => hundredths / 100),
  }),
);
const wholeCounts = fc
  .integer({ min: 1, max: 1000 })
  .chain((trials) => fc.record({ trials: fc.constant(trials), successes: fc.nat(trials) }));
const confidence = fc.constantFrom(0.8, 0.9, 0.95, 0.99);

describe("normalQuantile", () => {
  it("matches reference quantiles to 1e-12", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 12);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 12);
    expect(normalQuantile(0.3)).toBeCloseTo(-0.5244005127080409, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(normalQuantile(1e-20)).toBeCloseTo(-9.262340089798409, 10);
    expect(normalQuantile(0.5)).toBe(0);
  });
  it("refuses probabilities outside (0, 1)", () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe("beta distribution functions", () => {
  it("logGamma agrees with factorials and Γ(½) = √π", () => {
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(171)).toBeCloseTo(706.5730622457874, 8);
  });
  it("the incomplete beta matches reference values", () => {
    expect(regularizedIncompleteBeta(0.3, 2.5, 7.5)).toBeCloseTo(0.6789434858661821, 12);
    expect(regularizedIncompleteBeta(0.9, 200.5, 30.5)).toBeCloseTo(0.9338088943570673, 11);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
  it("beta quantiles match closed forms: uniform, power, and arcsine laws", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => {
        expect(betaQuantile(p, 1, 1)).toBeCloseTo(p, 10);
        expect(betaQuantile(p, 3, 1)).toBeCloseTo(p ** (1 / 3), 10);
        expect(betaQuantile(p, 1, 4)).toBeCloseTo(1 - (1 - p) ** (1 / 4), 10);
        expect(betaQuantile(p, 0.5, 0.5)).toBeCloseTo(Math.sin((Math.PI * p) / 2) ** 2, 10);
      }),
    );
  });
  it("beta quantiles invert the distribution function for skewed and large shapes", () => {
    expect(betaQuantile(1e-6, 50, 50)).toBeCloseTo(0.274651294141432, 10);
    expect(betaQuantile(0.5, 0.1, 0.1)).toBeCloseTo(0.5, 12);
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.5, max: 5000, noNaN: true }),
        fc.double({ min: 0.5, max: 5000, noNaN: true }),
        (p, a, b) => {
          expect(regularizedIncompleteBeta(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 9);
        },
      ),
    );
  });
});

describe("wilsonInterval", () => {
  it("8 of 10 at 95% is 0.4902 … 0.9433 around 0.8", () => {
    const interval = wilsonInterval(8, 10);
    expect(interval.lower).toBeCloseTo(0.4902, 4);
    expect(interval.upper).toBeCloseTo(0.9433, 4);
    expect(interval.estimate).toBe(0.8);
  });
  it("80 of 100 at 95% is 0.7112 … 0.8666", () => {
    const interval = wilsonInterval(80, 100);
    expect(interval.lower).toBeCloseTo(0.7112, 4);
    expect(interval.upper).toBeCloseTo(0.8666, 4);
  });
  it("follows the confidence level: 8 of 10 at 90% and 99%", () => {
    expect(wilsonInterval(8, 10, 0.9).lower).toBeCloseTo(0.5408, 4);
    expect(wilsonInterval(8, 10, 0.9).upper).toBeCloseTo(0.9314, 4);
    expect(wilsonInterval(8, 10, 0.99).lower).toBeCloseTo(0.4008, 4);
    expect(wilsonInterval(8, 10, 0.99).upper).toBeCloseTo(0.9599, 4);
  });
  it("ends exactly at 0 with no successes and at 1 with no failures", () => {
    expect(wilsonInterval(0, 10)).toEqual({
      lower: 0,
      upper: expect.closeTo(0.2775, 4),
      estimate: 0,
    });
    expect(wilsonInterval(10, 10)).toEqual({
      lower: expect.closeTo(0.7225, 4),
      upper: 1,
      estimate: 1,
    });
  });
  it("treats partial credit as fractional successes: 7.5 of 10", () => {
    expect(wilsonInterval(7.5, 10).lower).toBeCloseTo(0.4422, 4);
    expect(wilsonInterval(7.5, 10).upper).toBeCloseTo(0.9191, 4);
  });
  it("with no trials reports the whole range and no estimate", () => {
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1, estimate: null });
  });
  it("refuses impossible counts and confidences", () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, Number.NaN)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, 1)).toThrow(RangeError);
  });
});

describe("betaInterval (Jeffreys)", () => {
  it("matches reference values", () => {
    const cases = [
      [8, 10, 0.4972255035600069, 0.9559405864473692],
      [80, 100, 0.7137204271726825, 0.8692095845813153],
      [1, 3, 0.038747617785165174, 0.8232639028687426],
      [7.5, 10, 0.4439045376923585, 0.9332604888222655],
    ] as const;
    for (const [s, n, lower, upper] of cases) {
      expect(betaInterval(s, n).lower).toBeCloseTo(lower, 9);
      expect(betaInterval(s, n).upper).toBeCloseTo(upper, 9);
    }
  });
  it("uses the conventional ends at no successes and no failures", () => {
    expect(betaInterval(0, 10).lower).toBe(0);
    expect(betaInterval(0, 10).upper).toBeCloseTo(0.2171962675, 9);
    expect(betaInterval(10, 10).upper).toBe(1);
    expect(betaInterval(0, 0)).toEqual({ lower: 0, upper: 1, estimate: null });
  });
  it("is reached through proportionInterval by name", () => {
    expect(proportionInterval(8, 10, 0.95, "jeffreys")).toEqual(betaInterval(8, 10));
    expect(proportionInterval(8, 10)).toEqual(wilsonInterval(8, 10));
  });
});

describe.each([
  ["wilson", wilsonInterval],
  ["jeffreys", betaInterval],
] as const)("%s interval properties", (_, interval) => {
  it("keeps 0 ≤ lower ≤ estimate ≤ upper ≤ 1", () => {
    fc.assert(
      fc.property(counts, confidence, ({ successes, trials }, c) => {
        const { lower, upper, estimate } = interval(successes, trials, c);
        expect(estimate).not.toBeNull();
        expect(0 <= lower && lower <= (estimate ?? 0)).toBe(true);
        expect((estimate ?? 1) <= upper && upper <= 1).toBe(true);
      }),
    );
  });
  it("narrows as trials grow at a fixed rate", () => {
    fc.assert(
      fc.property(wholeCounts, fc.integer({ min: 2, max: 10 }), ({ successes, trials }, k) => {
        const small = interval(successes, trials);
        const large = interval(successes * k, trials * k);
        expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
      }),
    );
  });
  it("has a lower bound that never falls as successes rise at fixed trials", () => {
    fc.assert(
      fc.property(wholeCounts, ({ successes, trials }) => {
        fc.pre(successes < trials);
        expect(interval(successes + 1, trials).lower).toBeGreaterThanOrEqual(
          interval(successes, trials).lower,
        );
      }),
    );
  });
  it("has a lower bound that never falls when one more success is added", () => {
    fc.assert(
      fc.property(counts, ({ successes, trials }) => {
        expect(interval(successes + 1, trials + 1).lower).toBeGreaterThanOrEqual(
          interval(successes, trials).lower,
        );
      }),
    );
  });
  it("is wider at a higher confidence", () => {
    fc.assert(
      fc.property(counts, ({ successes, trials }) => {
        const narrow = interval(successes, trials, 0.9);
        const wide = interval(successes, trials, 0.99);
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
        expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
      }),
    );
  });
});
