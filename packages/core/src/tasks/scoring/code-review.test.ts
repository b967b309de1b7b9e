import { describe, expect, it } from "vitest";
import { exampleItem } from "../example-items.ts";
import { goldAnswer } from "../gold-answer.ts";
import { scoreAttempt } from "../score.ts";

const item = exampleItem("code_review"); // one major bug on line 4 of 5
const gold = goldAnswer(item);
const part = (score: ReturnType<typeof scoreAttempt>, id: string) =>
  score.breakdown.find((p) => p.id === id)?.score;

describe("scoreCodeReview", () => {
  it("counts a mark within one line of the bug", () => {
    expect(part(scoreAttempt(item, { ...gold, lines: [5] }), "recall")).toBe(1);
    expect(part(scoreAttempt(item, { ...gold, lines: [3] }), "recall")).toBe(1);
    expect(part(scoreAttempt(item, { ...gold, lines: [2] }), "recall")).toBe(0);
  });

  it("matches one to one: marking both neighbours of a bug leaves one extra", () => {
    const result = scoreAttempt(item, { ...gold, lines: [3, 5] });
    expect(part(result, "recall")).toBe(1);
    expect(part(result, "precision")).toBe(0.5);
    expect(result.feedback).toContainEqual(
      expect.objectContaining({
        kind: "extra",
        guidelineRef: "code_evaluation#marking-buggy-lines",
      }),
    );
  });

  it("scores the verdict by exact match and links a missed bug to correctness", () => {
    const result = scoreAttempt(item, { ...gold, verdict: "correct", lines: [] });
    expect(part(result, "verdict")).toBe(0);
    expect(result.feedback.filter((f) => f.kind !== "good").map((f) => f.guidelineRef)).toEqual([
      "code_evaluation#correctness",
      "code_evaluation#correctness",
    ]);
  });
});
