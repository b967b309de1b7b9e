import { describe, expect, it } from "vitest";
import { exampleItem } from "../example-items.ts";
import { goldAnswer } from "../gold-answer.ts";
import { scoreAttempt } from "../score.ts";
import { PAIRWISE_WEIGHTS, preferenceCredit } from "./pairwise.ts";

const item = exampleItem("pairwise");
const gold = goldAnswer(item);
const part = (score: ReturnType<typeof scoreAttempt>, id: string) =>
  score.breakdown.find((p) => p.id === id);

describe("preferenceCredit", () => {
  it("gives full credit for the expert's preference and partial credit by distance on the same side", () => {
    expect(preferenceCredit(-2, -2)).toBe(1);
    expect(preferenceCredit(-2, -3)).toBeCloseTo(2 / 3);
    expect(preferenceCredit(-2, -1)).toBeCloseTo(2 / 3);
    expect(preferenceCredit(-2, 0)).toBeCloseTo(1 / 3);
    expect(preferenceCredit(-3, 0)).toBe(0);
  });

  it("gives nothing for preferring the other response, however slightly", () => {
    expect(preferenceCredit(-1, 1)).toBe(0);
    expect(preferenceCredit(3, -1)).toBe(0);
  });

  it("scores 'about the same' by distance from the worker's preference", () => {
    expect(preferenceCredit(0, 0)).toBe(1);
    expect(preferenceCredit(0, 1)).toBeCloseTo(2 / 3);
    expect(preferenceCredit(0, -3)).toBe(0);
  });
});

describe("scorePairwise", () => {
  it("weights preference, ratings, issues and key points as documented", () => {
    const result = scoreAttempt(item, gold);
    expect(result.score).toBe(1);
    expect(Object.fromEntries(result.breakdown.map((p) => [p.id, p.weight]))).toEqual({
      preference: PAIRWISE_WEIGHTS.preference,
      ratings: PAIRWISE_WEIGHTS.ratings,
      issues: PAIRWISE_WEIGHTS.issues,
      "key-points": PAIRWISE_WEIGHTS.keyPoints,
    });
  });

  it("links a reversed preference to close calls and a wrong strength to preference strength", () => {
    const reversed = scoreAttempt(item, { ...gold, preference: 1 });
    expect(part(reversed, "preference")?.score).toBe(0);
    expect(reversed.feedback[0]).toMatchObject({
      kind: "wrong",
      guidelineRef: "general_evaluation#close-calls",
    });
    const weaker = scoreAttempt(item, { ...gold, preference: -1 });
    expect(weaker.feedback[0]).toMatchObject({
      kind: "wrong",
      guidelineRef: "general_evaluation#preference-strength",
    });
  });

  it("scores ratings by mean absolute distance: one point off everywhere earns 0.75", () => {
    const shift = (r: typeof gold.ratings.a) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === 5 ? 4 : v + 1])) as typeof r;
    const result = scoreAttempt(item, {
      ...gold,
      ratings: { a: shift(gold.ratings.a), b: shift(gold.ratings.b) },
    });
    expect(part(result, "ratings")?.score).toBe(0.75);
  });

  it("scores issues by F1 over both responses and links a missed tag to its dimension", () => {
    const result = scoreAttempt(item, {
      ...gold,
      issues: { a: ["verbosity"], b: ["factual_error"] },
    });
    // TP 1 (factual_error), FP 1 (verbosity), FN 1 (unsafe_content): F1 = 2 / 4
    expect(part(result, "issues")?.score).toBe(0.5);
    expect(result.feedback).toContainEqual(
      expect.objectContaining({ kind: "missed", guidelineRef: "general_evaluation#harmlessness" }),
    );
    expect(result.feedback).toContainEqual(
      expect.objectContaining({ kind: "extra", guidelineRef: "general_evaluation#clarity" }),
    );
  });

  it("scores the justification by the share of key points it covers", () => {
    const result = scoreAttempt(item, { ...gold, justification: "B risks liver damage." });
    expect(part(result, "key-points")?.score).toBe(0.5);
    expect(
      result.feedback.filter((f) => f.kind === "missed" && f.message.includes("safe maximum")),
    ).toHaveLength(1);
  });
});
