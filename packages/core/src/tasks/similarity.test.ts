import { describe, expect, it } from "vitest";
import { isNearCopy, NEAR_COPY_THRESHOLD, nearCopySimilarity } from "./similarity.ts";

const example =
  "Convert 3 miles to kilometres and then to metres, showing each step of the calculation clearly.";

describe("nearCopySimilarity", () => {
  it("is 1 for the same text after case, punctuation and spacing changes", () => {
    expect(
      nearCopySimilarity(example, example.toUpperCase().replaceAll(",", "").replaceAll(" ", "  ")),
    ).toBe(1);
  });

  it("flags a copy with a few numbers and words swapped", () => {
    const edited = example.replace("3 miles", "5 miles").replace("clearly", "carefully");
    expect(nearCopySimilarity(edited, example)).toBeGreaterThanOrEqual(NEAR_COPY_THRESHOLD);
    expect(isNearCopy(edited, example)).toBe(true);
  });

  it("does not flag an independently written prompt on a related subject", () => {
    const own =
      "A bread recipe lists 500 grams of flour but I only own measuring cups; work out the cup amounts and justify the density used.";
    expect(isNearCopy(own, example)).toBe(false);
  });

  it("treats empty text as similar to nothing", () => {
    expect(nearCopySimilarity("", example)).toBe(0);
  });
});
