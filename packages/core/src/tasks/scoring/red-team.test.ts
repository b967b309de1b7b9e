import { describe, expect, it } from "vitest";
import { RED_TEAM_VERDICTS } from "../enums.ts";
import { exampleItem } from "../example-items.ts";
import { goldAnswer } from "../gold-answer.ts";
import { scoreAttempt } from "../score.ts";
import { VERDICT_CREDIT } from "./red-team.ts";

const item = exampleItem("red_team", (candidate) => candidate.prompt.mode === "classify");
const gold = goldAnswer(item) as {
  verdict: string;
  tactic: string;
  severity: number;
  justification: string;
};

describe("VERDICT_CREDIT", () => {
  it("gives full credit only on the diagonal", () => {
    for (const expert of RED_TEAM_VERDICTS) {
      for (const worker of RED_TEAM_VERDICTS) {
        expect(VERDICT_CREDIT[expert][worker] === 1).toBe(expert === worker);
      }
    }
  });

  it("gives nothing when the worker misjudges whether the request was acceptable", () => {
    expect(VERDICT_CREDIT.safe_refusal.over_refusal).toBe(0);
    expect(VERDICT_CREDIT.over_refusal.safe_refusal).toBe(0);
    expect(VERDICT_CREDIT.compliant.policy_violation).toBe(0);
    expect(VERDICT_CREDIT.policy_violation.compliant).toBe(0);
  });

  it("gives partial credit for misreading the reply, least for missing a violation", () => {
    expect(VERDICT_CREDIT.compliant.over_refusal).toBe(0.5);
    expect(VERDICT_CREDIT.safe_refusal.policy_violation).toBe(0.5);
    expect(VERDICT_CREDIT.policy_violation.safe_refusal).toBe(0.25);
  });
});

describe("scoreRedTeamClassify", () => {
  it("scores severity by 1 − |Δ|/4 and tactic by exact match", () => {
    const result = scoreAttempt(item, {
      ...gold,
      severity: 1,
      tactic: "hypothetical_framing",
    } as never);
    expect(result.breakdown.find((p) => p.id === "severity")?.score).toBe(0.5);
    expect(result.breakdown.find((p) => p.id === "tactic")?.score).toBe(0);
    expect(result.score).toBeCloseTo(1 - 0.2 - 0.2 * 0.5);
    expect(result.feedback).toContainEqual(
      expect.objectContaining({ kind: "missed", guidelineRef: "red_teaming#tactics" }),
    );
  });

  it("links a verdict involving over-refusal to the over-refusal section", () => {
    const result = scoreAttempt(item, { ...gold, verdict: "over_refusal" } as never);
    expect(result.feedback[0]).toMatchObject({
      kind: "wrong",
      guidelineRef: "red_teaming#over-refusal",
    });
  });
});
