import { describe, expect, it } from "vitest";
import { exampleItem } from "../example-items.ts";
import { goldAnswer } from "../gold-answer.ts";
import { scoreAttempt } from "../score.ts";

const item = exampleItem("fact_check"); // c1–c3 supported, c4 contradicted by s2
const gold = goldAnswer(item);
const part = (score: ReturnType<typeof scoreAttempt>, id: string) =>
  score.breakdown.find((p) => p.id === id)?.score;

describe("scoreFactCheck", () => {
  it("penalises a checker who calls everything supported through the false-claim F1", () => {
    const claims = structuredClone(gold.claims);
    claims.c4 = { verdict: "supported", sources: ["s2"] };
    const result = scoreAttempt(item, { claims });
    expect(part(result, "verdicts")).toBe(0.75);
    expect(part(result, "false-claims")).toBe(0);
    expect(result.feedback[0]).toMatchObject({
      kind: "missed",
      guidelineRef: "fact_checking#claim-verdicts",
    });
  });

  it("counts unsupported and contradicted alike as catching a false claim", () => {
    const claims = structuredClone(gold.claims);
    claims.c4 = { verdict: "unsupported", sources: [] };
    const result = scoreAttempt(item, { claims });
    expect(part(result, "false-claims")).toBe(1);
    expect(part(result, "verdicts")).toBe(0.75);
  });

  it("scores citations by Jaccard against the deciding sources and flags irrelevant ones", () => {
    const claims = structuredClone(gold.claims);
    claims.c1 = { verdict: "supported", sources: ["s1", "s3"] };
    const result = scoreAttempt(item, { claims });
    expect(part(result, "citations")).toBeCloseTo((0.5 + 1 + 1 + 1) / 4);
    expect(result.feedback[0]).toMatchObject({
      kind: "extra",
      guidelineRef: "fact_checking#citing-sources",
    });
  });

  it("links a wrong verdict on a numeric claim to numbers and dates", () => {
    const claims = structuredClone(gold.claims);
    claims.c2 = { verdict: "contradicted", sources: ["s2"] };
    const result = scoreAttempt(item, { claims });
    expect(result.feedback[0]?.guidelineRef).toBe("fact_checking#numbers-and-dates");
  });
});
