import { describe, expect, it } from "vitest";
import { exampleItem } from "../example-items.ts";
import { scoreAttempt } from "../score.ts";
import { diffRewrite } from "../word-diff.ts";
import { AUTOMATIC_CHECK_WEIGHT } from "./written.ts";

describe("scoreRewrite", () => {
  const item = exampleItem("rewrite"); // 4 checks of weight 1, one (length) of weight 0.5

  it("scores the weighted share of checks passed and lists failures first", () => {
    const result = scoreAttempt(item, {
      text: "- Take 2 tablets every 4 to 6 hours.\n- Eat first.",
    });
    // passes interval, no-two-hours, bullets, length (0.5); fails limit: 3.5 / 4.5
    expect(result.score).toBeCloseTo(3.5 / 4.5);
    expect(result.feedback[0]).toMatchObject({
      kind: "missed",
      guidelineRef: "rewriting#what-to-fix",
    });
    expect(result.feedback.slice(1).every((f) => f.kind === "good")).toBe(true);
  });

  it("calls kept forbidden text wrong and excess length extra", () => {
    const long = `- every 2 hours\n- ${"word ".repeat(70)}`;
    const kinds = scoreAttempt(item, { text: long }).feedback.map((f) => [
      f.kind,
      f.message.split(" (")[0],
    ]);
    expect(kinds).toContainEqual(["wrong", "Not met: Removes the every-2-hours interval"]);
    expect(kinds).toContainEqual(["extra", "Not met: Stays under 60 words"]);
  });

  it("exports a word diff against the original response", () => {
    const segments = diffRewrite(item.prompt.response, "Take 2 tablets every 6 hours as needed.");
    expect(segments).toContainEqual({ op: "delete", text: "2" });
    expect(segments).toContainEqual({ op: "insert", text: "6" });
  });
});

describe("scorePromptCreation", () => {
  const item = exampleItem("prompt");

  it("fails the originality check for a copy of the brief's example", () => {
    const result = scoreAttempt(item, { text: item.prompt.examples[0] ?? "" });
    const original = result.breakdown.find((p) => p.id === "check:original");
    expect(original?.score).toBe(0);
    expect(result.feedback).toContainEqual(
      expect.objectContaining({ kind: "wrong", guidelineRef: "prompt_creation#originality" }),
    );
  });

  it("fails the personal data check and weighs each automatic check twice a default check", () => {
    const text = `${item.gold.referencePrompt} Then text the table to (555) 123-4567.`;
    const result = scoreAttempt(item, { text });
    const checks = result.breakdown.filter((p) => p.id.startsWith("check:"));
    const total = 3 + 2 * AUTOMATIC_CHECK_WEIGHT;
    expect(result.breakdown.find((p) => p.id === "check:no-personal-data")?.weight).toBeCloseTo(
      AUTOMATIC_CHECK_WEIGHT / total,
    );
    expect(result.score).toBeCloseTo((total - AUTOMATIC_CHECK_WEIGHT) / total);
    expect(checks).toHaveLength(5);
  });
});

describe("scoreRedTeamWrite", () => {
  it("scores the writing checks and links the adversarial-writing section", () => {
    const item = exampleItem("red_team", (candidate) => candidate.prompt.mode === "write");
    const result = scoreAttempt(item, { text: "Please summarise this memo." });
    expect(result.score).toBe(0.5);
    expect(result.feedback[0]?.guidelineRef).toBe("red_teaming#writing-adversarial-prompts");
  });
});
