import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffRewrite, diffSequences, diffTokens } from "./word-diff.ts";

function rebuild(segments: { op: string; text: string }[], side: "original" | "rewrite"): string {
  const skip = side === "original" ? "insert" : "delete";
  return segments
    .filter((segment) => segment.op !== skip)
    .map((segment) => segment.text)
    .join("");
}

/** Longest common subsequence length by dynamic programming, the reference for minimality. */
function lcsLength(a: readonly number[], b: readonly number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] ?? 0);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

describe("diffRewrite", () => {
  it("marks replaced words as a deletion and an insertion", () => {
    expect(diffRewrite("Take 2 caplets every 4 hours.", "Take 2 caplets every 6 hours.")).toEqual([
      { op: "equal", text: "Take 2 caplets every " },
      { op: "delete", text: "4" },
      { op: "insert", text: "6" },
      { op: "equal", text: " hours." },
    ]);
  });

  it("returns one equal segment for identical texts and nothing for two empty ones", () => {
    expect(diffRewrite("Same text.", "Same text.")).toEqual([{ op: "equal", text: "Same text." }]);
    expect(diffRewrite("", "")).toEqual([]);
  });

  it("reproduces both texts and never repeats an op in adjacent segments (property)", () => {
    const text = fc.array(
      fc.constantFrom("dose", "the", "liver", " ", "\n", ".", "6", "hours", "é"),
      {
        maxLength: 40,
      },
    );
    fc.assert(
      fc.property(text, text, (a, b) => {
        const original = a.join("");
        const rewrite = b.join("");
        const segments = diffRewrite(original, rewrite);
        const alternating = segments.every(
          (segment, i) => i === 0 || segments[i - 1]?.op !== segment.op,
        );
        return (
          rebuild(segments, "original") === original &&
          rebuild(segments, "rewrite") === rewrite &&
          alternating
        );
      }),
    );
  });

  it("keeps as many tokens unchanged as the longest common subsequence (property)", () => {
    const tokens = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 });
    fc.assert(
      fc.property(tokens, tokens, (a, b) => {
        const script = diffSequences(a, b);
        const equal = script.filter((step) => step.op === "equal").length;
        const deleted = script.filter((step) => step.op === "delete").length;
        const inserted = script.filter((step) => step.op === "insert").length;
        return (
          equal === lcsLength(a, b) && equal + deleted === a.length && equal + inserted === b.length
        );
      }),
    );
  });

  it("handles a long, fully rewritten text", () => {
    const original = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(" ");
    const rewrite = Array.from({ length: 3000 }, (_, i) => `v${i}`).join(" ");
    const segments = diffRewrite(original, rewrite);
    expect(rebuild(segments, "rewrite")).toBe(rewrite);
  });
});

describe("diffTokens", () => {
  it("splits into words, whitespace runs and single punctuation marks", () => {
    expect(diffTokens("Don't  stop.")).toEqual(["Don", "'", "t", "  ", "stop", "."]);
  });
});
