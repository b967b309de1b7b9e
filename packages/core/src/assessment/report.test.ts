import { describe, expect, it } from "vitest";
import { CORE_ASSESSMENT_BLUEPRINT as CORE, qualificationBlueprint } from "./blueprint.ts";
import {
  assessmentReport,
  type GradedItem,
  sectionDescription,
  sectionPractice,
  sectionScoresOf,
} from "./report.ts";

/** `count` items per core section, each scored `score` (null: unanswered). */
function items(scores: Record<string, (number | null)[]>): GradedItem[] {
  return Object.entries(scores).flatMap(([sectionId, list]) =>
    list.map((score, i) => ({
      ref: `${sectionId}:${i}`,
      sectionId,
      title: `${sectionId} ${i}`,
      score,
    })),
  );
}

const strong = {
  guideline_application: [1, 1, 0.9, 1],
  attention_to_detail: [1, 0.8],
  pairwise_judgment: [1, 1, 1],
  fact_checking: [0.8, 0.9],
  short_rewrite: [0.7, 0.8],
  typing_transcription: [0.95, 0.9],
};

describe("sectionScoresOf", () => {
  it("averages a section's items, counting an unanswered item as 0", () => {
    const scores = sectionScoresOf(
      CORE,
      items({ ...strong, pairwise_judgment: [1, null, 1, null] }),
    );
    expect(scores.pairwise_judgment).toBe(0.5);
    expect(scores.attention_to_detail).toBe(0.9);
  });
});

describe("assessmentReport", () => {
  it("passes a strong attempt and lists its strengths", () => {
    const report = assessmentReport(CORE, items(strong));
    expect(report.passed).toBe(true);
    expect(report.reasons).toEqual([]);
    expect(report.strengths[0]).toBe("Pairwise judgment (100%)");
    expect(report.sections.find((s) => s.id === "pairwise_judgment")?.items).toHaveLength(3);
  });

  it("fails a section under its minimum and says where to practise it", () => {
    const report = assessmentReport(CORE, items({ ...strong, fact_checking: [0.2, null] }));
    expect(report.passed).toBe(false);
    const fact = report.sections.find((s) => s.id === "fact_checking");
    expect(fact).toMatchObject({ score: 0.1, passed: false, min: 0.5 });
    expect(fact?.items.map((i) => i.score)).toEqual([0.2, 0]);
    expect(report.toPractise[0]).toEqual({
      message:
        "Fact-checking scored 10%, under its minimum of 50%: practise fact-checking, judging each claim only from its sources.",
      target: { kind: "practice", taskType: "fact_check" },
    });
  });
});

describe("sectionPractice", () => {
  it("sends a qualification test section to practice of its task type", () => {
    const blueprint = qualificationBlueprint({ category: "general_evaluation", passMark: 0.7 });
    expect(blueprint.sections.map((s) => sectionPractice(s.id).target)).toEqual([
      { kind: "practice", taskType: "pairwise" },
      { kind: "practice", taskType: "ranking" },
      { kind: "practice", taskType: "rating" },
    ]);
    expect(() => sectionPractice("juggling")).toThrow(RangeError);
  });
});

describe("sectionDescription", () => {
  it("describes every core section and every task-type section", () => {
    for (const s of CORE.sections) expect(sectionDescription(s.id)).not.toBe("");
    const blueprint = qualificationBlueprint({ category: "code_evaluation", passMark: 0.8 });
    expect(sectionDescription(blueprint.sections[0]?.id ?? "")).toMatch(/^Review code/);
  });
});
