import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kendallTauB } from "./kendall.ts";

describe("kendallTauB", () => {
  it("matches scipy's documented example with ties in both samples", () => {
    // scipy.stats.kendalltau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]).statistic
    expect(kendallTauB([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-0.47140452079103173, 14);
  });

  it("matches scipy when only the second sample has a tie", () => {
    // P = 8, Q = 1, U = 1: 7 / sqrt(9 · 10)
    expect(kendallTauB([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.7378647873726218, 14);
  });

  it("leaves pairs tied in both samples out of T and U", () => {
    // Pairs: (0,1) tied in both, the other two concordant: 2 / sqrt(2 · 2) = 1
    expect(kendallTauB([1, 1, 2], [3, 3, 4])).toBe(1);
  });

  it("is 1 for identical untied samples and -1 for reversed ones", () => {
    expect(kendallTauB([1, 2, 3, 4], [1, 2, 3, 4])).toBe(1);
    expect(kendallTauB([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
  });

  it("is NaN when either sample is constant or too short, like scipy", () => {
    expect(kendallTauB([2, 2, 2], [1, 2, 3])).toBeNaN();
    expect(kendallTauB([1, 2, 3], [5, 5, 5])).toBeNaN();
    expect(kendallTauB([1], [1])).toBeNaN();
    expect(kendallTauB([], [])).toBeNaN();
  });

  it("propagates NaN inputs", () => {
    expect(kendallTauB([1, Number.NaN, 3], [1, 2, 3])).toBeNaN();
  });

  it("throws when the samples have different lengths", () => {
    expect(() => kendallTauB([1, 2], [1, 2, 3])).toThrow(RangeError);
  });

  const pair = fc
    .integer({ min: 2, max: 12 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
      ),
    );

  it("is symmetric and within [-1, 1] (property)", () => {
    fc.assert(
      fc.property(pair, ([x, y]) => {
        const tau = kendallTauB(x, y);
        if (Number.isNaN(tau)) return new Set(x).size === 1 || new Set(y).size === 1;
        return tau >= -1 && tau <= 1 && Object.is(tau, kendallTauB(y, x));
      }),
    );
  });

  it("is unchanged by strictly increasing transforms and negated by decreasing ones (property)", () => {
    fc.assert(
      fc.property(pair, ([x, y]) => {
        const tau = kendallTauB(x, y);
        const cubed = kendallTauB(
          x.map((v) => v ** 3 + 7),
          y,
        );
        const reversed = kendallTauB(
          x.map((v) => -2 * v),
          y,
        );
        if (Number.isNaN(tau)) return Number.isNaN(cubed) && Number.isNaN(reversed);
        return Math.abs(cubed - tau) < 1e-12 && Math.abs(reversed + tau) < 1e-12;
      }),
    );
  });

  it("is 1 for any untied sample against itself (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { minLength: 2, maxLength: 20 }),
        (x) => kendallTauB(x, x) === 1,
      ),
    );
  });
});
