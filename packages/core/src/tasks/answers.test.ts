import { describe, expect, it } from "vitest";
import { parseAnswer } from "./answers.ts";
import { exampleItem } from "./example-items.ts";
import { goldAnswer } from "./gold-answer.ts";

function paths(result: ReturnType<typeof parseAnswer>): string[] {
  return result.ok ? [] : result.problems.map((problem) => problem.path);
}

describe("parseAnswer", () => {
  it("accepts the gold answer of every example type", () => {
    for (const type of [
      "pairwise",
      "ranking",
      "rating",
      "fact_check",
      "domain_review",
      "code_review",
    ] as const) {
      const item = exampleItem(type);
      expect(parseAnswer(item, goldAnswer(item)).ok, type).toBe(true);
    }
  });

  it("requires pairwise ratings on all six dimensions and a preference from -3 to 3", () => {
    const item = exampleItem("pairwise");
    const answer = structuredClone(goldAnswer(item));
    delete (answer.ratings.b as Partial<typeof answer.ratings.b>).clarity;
    answer.preference = 4;
    expect(paths(parseAnswer(item, answer)).sort()).toEqual(["preference", "ratings.b.clarity"]);
  });

  it("caps justifications at 4,000 characters, counted in code points", () => {
    const item = exampleItem("pairwise");
    const ok = { ...goldAnswer(item), justification: "💊".repeat(4_000) };
    expect(parseAnswer(item, ok).ok).toBe(true);
    expect(paths(parseAnswer(item, { ...ok, justification: "x".repeat(4_001) }))).toEqual([
      "justification",
    ]);
  });

  it("caps rewrites and written prompts at 12,000 characters", () => {
    const item = exampleItem("rewrite");
    expect(parseAnswer(item, { text: "a".repeat(12_000) }).ok).toBe(true);
    expect(paths(parseAnswer(item, { text: "a".repeat(12_001) }))).toEqual(["text"]);
  });

  it("requires a ranking of exactly the item's responses, ties allowed, ranks within 1..n", () => {
    const item = exampleItem("ranking");
    expect(parseAnswer(item, { ranking: { A: 1, B: 1, C: 1, D: 4 } }).ok).toBe(true);
    expect(paths(parseAnswer(item, { ranking: { A: 1, B: 2, C: 3, E: 4 } }))).toEqual([
      "ranking",
      "ranking.E",
    ]);
    expect(paths(parseAnswer(item, { ranking: { A: 1, B: 2, C: 3, D: 5 } }))).toEqual([
      "ranking.D",
    ]);
  });

  it("requires ratings for exactly the item's criteria", () => {
    const item = exampleItem("rating");
    const answer = {
      ratings: { accuracy: 2, helpfulness: 2, honesty: 2 },
      issues: [],
      justification: "",
    };
    expect(paths(parseAnswer(item, answer)).sort()).toEqual(["ratings.clarity", "ratings.honesty"]);
  });

  it("requires a judgement for each of the item's claims citing the item's sources only", () => {
    const item = exampleItem("fact_check");
    const claims = structuredClone(goldAnswer(item).claims);
    claims.c2 = { verdict: "supported", sources: ["s9"] };
    delete claims.c4;
    expect(paths(parseAnswer(item, { claims })).sort()).toEqual([
      "claims.c2.sources.0",
      "claims.c4",
    ]);
  });

  it("requires spans inside the response, measured in code points, with end after start", () => {
    const item = exampleItem("domain_review");
    const length = Array.from(item.prompt.response).length;
    const answer = { verdict: "correct", explanation: "" };
    expect(parseAnswer(item, { ...answer, spans: [{ start: 0, end: length }] }).ok).toBe(true);
    expect(paths(parseAnswer(item, { ...answer, spans: [{ start: 0, end: length + 1 }] }))).toEqual(
      ["spans.0.end"],
    );
    expect(paths(parseAnswer(item, { ...answer, spans: [{ start: 5, end: 5 }] }))).toEqual([
      "spans.0.end",
    ]);
  });

  it("requires marked lines inside the code block, each once, at most 50", () => {
    const item = exampleItem("code_review");
    const answer = { verdict: "incorrect", explanation: "" };
    expect(paths(parseAnswer(item, { ...answer, lines: [5] }))).toEqual([]);
    expect(paths(parseAnswer(item, { ...answer, lines: [6] }))).toEqual(["lines.0"]);
    expect(paths(parseAnswer(item, { ...answer, lines: [2, 2] }))).toEqual(["lines.1"]);
    expect(
      paths(parseAnswer(item, { ...answer, lines: Array.from({ length: 51 }, (_, i) => i + 1) })),
    ).toContain("lines");
  });

  it("expects the answer shape of the red-team item's mode", () => {
    const classify = exampleItem("red_team", (item) => item.prompt.mode === "classify");
    const write = exampleItem("red_team", (item) => item.prompt.mode === "write");
    expect(parseAnswer(classify, { text: "a prompt" }).ok).toBe(false);
    expect(parseAnswer(write, { text: "a prompt" }).ok).toBe(true);
  });

  it("rejects fields an answer does not have", () => {
    expect(parseAnswer(exampleItem("rewrite"), { text: "x", score: 1 }).ok).toBe(false);
  });
});
