import { describe, expect, it } from "vitest";
import { exampleItem } from "../example-items.ts";
import { goldAnswer } from "../gold-answer.ts";
import { scoreAttempt } from "../score.ts";
import { locateQuotes } from "../spans.ts";
import { domainVerdictCredit } from "./domain-review.ts";

const item = exampleItem("domain_review"); // a major and a minor error
const gold = goldAnswer(item);
const [major, minor] = locateQuotes(item.prompt.response, item.gold.errors);
const part = (score: ReturnType<typeof scoreAttempt>, id: string) =>
  score.breakdown.find((p) => p.id === id)?.score;

describe("domainVerdictCredit", () => {
  it("gives half credit to adjacent verdicts and none across the scale", () => {
    expect(domainVerdictCredit("major_issues", "minor_issues")).toBe(0.5);
    expect(domainVerdictCredit("correct", "minor_issues")).toBe(0.5);
    expect(domainVerdictCredit("correct", "major_issues")).toBe(0);
  });
});

describe("scoreDomainReview", () => {
  it("matches a mark that overlaps an error by a single code point", () => {
    if (!major || !minor) throw new Error("example quotes not found");
    const spans = [
      { start: major.end - 1, end: major.end + 3 },
      { start: minor.start, end: minor.start + 1 },
    ];
    const result = scoreAttempt(item, { ...gold, spans });
    expect(part(result, "recall")).toBe(1);
    expect(part(result, "precision")).toBe(1);
  });

  it("weights recall by severity: missing the major error costs twice the minor one", () => {
    if (!major || !minor) throw new Error("example quotes not found");
    expect(part(scoreAttempt(item, { ...gold, spans: [major] }), "recall")).toBeCloseTo(2 / 3);
    expect(part(scoreAttempt(item, { ...gold, spans: [minor] }), "recall")).toBeCloseTo(1 / 3);
  });

  it("matches one to one: two marks on one error leave one extra", () => {
    if (!major) throw new Error("example quote not found");
    const result = scoreAttempt(item, {
      ...gold,
      spans: [major, { start: major.start + 1, end: major.end }],
    });
    expect(part(result, "precision")).toBe(0.5);
    expect(
      result.feedback.some((f) => f.kind === "missed" && f.message.includes("usually preferred")),
    ).toBe(true);
  });

  it("does not let one mark over the whole response find an error", () => {
    const padded = `${item.prompt.response}${" More text.".repeat(40)}`;
    const long = { ...item, prompt: { ...item.prompt, response: padded } };
    const result = scoreAttempt(long, {
      ...gold,
      spans: [{ start: 0, end: Array.from(padded).length }],
    });
    expect(part(result, "recall")).toBe(0);
    expect(
      result.feedback.some((f) => f.kind === "extra" && f.message.includes("covers far more")),
    ).toBe(true);
  });

  it("links a missed error to the item's domain section", () => {
    const result = scoreAttempt(item, { ...gold, spans: [] });
    expect(result.feedback.filter((f) => f.kind === "missed").map((f) => f.guidelineRef)).toContain(
      "domain_expert#medicine",
    );
  });
});
