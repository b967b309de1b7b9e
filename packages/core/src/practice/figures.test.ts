import { describe, expect, it } from "vitest";
import { clampActiveSeconds, meanScore } from "./figures.ts";

describe("clampActiveSeconds", () => {
  it("keeps a plausible claim and caps one longer than the time that has passed", () => {
    expect(clampActiveSeconds(90, 300.7)).toBe(90);
    expect(clampActiveSeconds(5000, 300.7)).toBe(300);
  });

  it("never records negative time, even with a clock that ran backwards", () => {
    expect(clampActiveSeconds(10, -2)).toBe(0);
  });
});

describe("meanScore", () => {
  it("averages scores and has no mean without scores", () => {
    expect(meanScore([1, 0.5, 0])).toBe(0.5);
    expect(meanScore([])).toBeNull();
  });
});
