import { describe, expect, it } from "vitest";
import {
  CATEGORY_ADVICE,
  costliestCategories,
  missedKinds,
  proofreadingPractiseNext,
  SEEDED_KIND_ADVICE,
  typingPractiseNext,
  typingReport,
} from "./drill-report.ts";
import { scoreProofreading } from "./proofreading.ts";
import { parseSeededText } from "./seeded-text.ts";
import { scoreTranscription } from "./transcription.ts";
import { computeTypingMetrics } from "./typing-metrics.ts";

function typedLog(text: string, gap = 150) {
  return Array.from(text).map((key, k) => ({ t: k * gap, key }));
}

describe("costliestCategories", () => {
  it("orders categories by the edits they cost, and counts their errors", () => {
    const score = scoreTranscription("the quick brown fox jumps", "teh quick fox jumps");
    expect(costliestCategories(score.errors)).toEqual([
      { category: "missing_word", count: 1 },
      { category: "transposition", count: 1 },
    ]);
  });
});

describe("typingReport", () => {
  it("reports corrected and uncorrected errors apart", () => {
    const pressed = ["c", "x", "Backspace", "a", "t", " ", "s", "o", "t"];
    const metrics = computeTypingMetrics(
      "cat sat",
      pressed.map((key, k) => ({ t: k * 150, key })),
    );
    const report = typingReport(metrics);
    expect(report).toMatchObject({ corrected: 1, uncorrected: 1, charEdits: 1 });
    expect(report.perKey.map((k) => k.key)).toEqual([...report.perKey.map((k) => k.key)].sort());
  });
});

describe("typingPractiseNext", () => {
  it("asks for accuracy before speed", () => {
    const metrics = computeTypingMetrics("abcd", typedLog("xbyd"));
    const report = typingReport(metrics);
    expect(typingPractiseNext(report, costliestCategories(report.errors), [])).toMatch(
      /^Slow down: 50%/,
    );
  });

  it("names the costliest category and the words to start with", () => {
    const text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
    const metrics = computeTypingMetrics(text, typedLog(text.replace("three", "thrae")));
    const report = typingReport(metrics);
    const advice = typingPractiseNext(
      report,
      costliestCategories(report.errors),
      metrics.transcription.mistypedWords,
    );
    expect(advice).toBe(`${CATEGORY_ADVICE.spelling} Start with: three.`);
  });
});

describe("proofreadingPractiseNext", () => {
  const seeded = parseSeededText(
    "It [[were||was||grammar]] due on [[Teusday||Tuesday||spelling]] at [[14||4||number]] pm.",
  );

  it("points at the kind of error missed most when finding errors is the weakness", () => {
    const score = scoreProofreading(seeded.errors, [seeded.errors[0]!]);
    expect(proofreadingPractiseNext(score, missedKinds(score.missed))).toBe(
      SEEDED_KIND_ADVICE.number,
    );
  });

  it("asks for fewer marks when marking correct text is the weakness", () => {
    const marks = [...seeded.errors, { start: 0, end: 2 }, { start: 16, end: 18 }];
    const score = scoreProofreading(seeded.errors, marks);
    expect(proofreadingPractiseNext(score, missedKinds(score.missed))).toMatch(
      /^Mark only what is wrong: 2/,
    );
  });
});
