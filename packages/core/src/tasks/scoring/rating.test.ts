import { describe, expect, it } from "vitest";
import { exampleItem } from "../example-items.ts";
import { scoreAttempt } from "../score.ts";
import { RATING_WEIGHTS } from "./rating.ts";

const item = exampleItem("rating"); // gold: accuracy 1, helpfulness 2, clarity 5; issues [factual_error]

describe("scoreRating", () => {
  it("scores each listed criterion by 1 − |Δ|/4 and averages them", () => {
    const result = scoreAttempt(item, {
      ratings: { accuracy: 5, helpfulness: 2, clarity: 5 },
      issues: ["factual_error"],
      justification: "206 bones, and it is clear.",
    });
    const ratings = result.breakdown.find((p) => p.id === "ratings");
    expect(ratings?.score).toBeCloseTo(2 / 3);
    expect(result.score).toBeCloseTo(
      RATING_WEIGHTS.ratings * (2 / 3) + RATING_WEIGHTS.issues + RATING_WEIGHTS.keyPoints,
    );
    expect(result.feedback[0]).toMatchObject({
      kind: "wrong",
      guidelineRef: "general_evaluation#accuracy",
    });
  });

  it("flags issues the expert did not find as extra", () => {
    const result = scoreAttempt(item, {
      ratings: { accuracy: 1, helpfulness: 2, clarity: 5 },
      issues: ["factual_error", "tone"],
      justification: "",
    });
    expect(result.breakdown.find((p) => p.id === "issues")?.score).toBeCloseTo(2 / 3);
    expect(result.feedback.some((f) => f.kind === "extra" && f.message.includes("tone"))).toBe(
      true,
    );
  });
});
