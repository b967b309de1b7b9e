import { describe, expect, it } from "vitest";
import { exampleItem } from "../example-items.ts";
import { scoreAttempt } from "../score.ts";
import { rankingAgreement } from "./ranking.ts";

const item = exampleItem("ranking"); // gold: A 1, B 1, C 4, D 3

describe("rankingAgreement", () => {
  it("maps tau-b from [-1, 1] onto [0, 1]", () => {
    expect(rankingAgreement([1, 2, 3, 4], [1, 2, 3, 4])).toBe(1);
    expect(rankingAgreement([4, 3, 2, 1], [1, 2, 3, 4])).toBe(0);
  });

  it("scores a ranking that ties everything as 0.5, like a random order on average", () => {
    expect(rankingAgreement([1, 1, 1, 1], [1, 2, 3, 4])).toBe(0.5);
  });
});

describe("scoreRanking", () => {
  it("scores the order alone when no justification is written", () => {
    const result = scoreAttempt(item, { ranking: { A: 1, B: 1, C: 4, D: 3 } });
    expect(result.score).toBe(1);
    expect(result.breakdown.map((p) => [p.id, p.weight])).toEqual([["order", 1]]);
  });

  it("adds key points at a quarter of the score when a justification is written", () => {
    const result = scoreAttempt(item, {
      ranking: { A: 1, B: 1, C: 4, D: 3 },
      justification: "C says Sydney.",
    });
    expect(result.breakdown.map((p) => [p.id, p.weight])).toEqual([
      ["order", 0.75],
      ["key-points", 0.25],
    ]);
    expect(result.score).toBeCloseTo(0.75 + 0.25 * 0.5);
  });

  it("names each pair the worker ordered against the expert, and tie disagreements", () => {
    const result = scoreAttempt(item, { ranking: { A: 1, B: 2, C: 3, D: 4 } });
    const messages = result.feedback.map((f) => f.message);
    expect(messages).toContain("You ranked C above D; the expert ranks D higher.");
    expect(messages).toContain("The expert ties A and B; you ranked A above B.");
    expect(result.feedback.find((f) => f.message.startsWith("The expert ties"))?.guidelineRef).toBe(
      "general_evaluation#ranking-with-ties",
    );
  });
});
