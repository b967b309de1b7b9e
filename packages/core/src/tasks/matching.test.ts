import { describe, expect, it } from "vitest";
import { f1, jaccard, matchMarks, precision, recall } from "./matching.ts";

describe("matchMarks", () => {
  const near = (gold: number, mark: number) => Math.abs(gold - mark) <= 1;

  it("matches one to one: two marks near one target count once", () => {
    const { goldToMark, markToGold } = matchMarks([5], [5, 6], near);
    expect(goldToMark.filter((m) => m >= 0)).toHaveLength(1);
    expect(markToGold.filter((g) => g < 0)).toHaveLength(1);
  });

  it("finds a maximum matching by re-assigning earlier choices", () => {
    // Mark 5 first goes to target 4; target 6 can only use mark 5, so target 4 must move to mark 3.
    const { goldToMark } = matchMarks([4, 6], [5, 3], near);
    expect(goldToMark.every((m) => m >= 0)).toBe(true);
  });

  it("gives a contested mark to the heavier target", () => {
    const gold = [
      { at: 10, weight: 1 },
      { at: 12, weight: 2 },
    ];
    const { goldToMark } = matchMarks(
      gold,
      [11],
      (g, m) => Math.abs(g.at - m) <= 1,
      (g) => g.weight,
    );
    expect(goldToMark).toEqual([-1, 0]);
  });
});

describe("f1, precision, recall, jaccard", () => {
  it("treat the empty case as perfect agreement", () => {
    expect(f1(0, 0, 0)).toBe(1);
    expect(precision(0, 0)).toBe(1);
    expect(recall(0, 0)).toBe(1);
    expect(jaccard(new Set(), new Set())).toBe(1);
  });

  it("compute the usual ratios", () => {
    expect(f1(1, 1, 0)).toBeCloseTo(2 / 3);
    expect(precision(1, 3)).toBe(0.25);
    expect(recall(3, 1)).toBe(0.75);
    expect(jaccard(new Set(["s1", "s2"]), new Set(["s1"]))).toBe(0.5);
  });
});
