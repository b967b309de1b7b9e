import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CORE_ASSESSMENT_BLUEPRINT, qualificationBlueprint } from "./blueprint.ts";
import { formatPercent, gradeAssessment } from "./grade.ts";

const all = (score: number) =>
  Object.fromEntries(CORE_ASSESSMENT_BLUEPRINT.sections.map((s) => [s.id, score]));

describe("gradeAssessment", () => {
  it("passes when the weighted overall reaches the pass mark and every section its minimum", () => {
    const grade = gradeAssessment(CORE_ASSESSMENT_BLUEPRINT, all(0.7));
    expect(grade.passed).toBe(true);
    expect(grade.overall).toBeCloseTo(0.7, 12);
    expect(grade.reasons).toEqual([]);
  });

  it("weights sections by the blueprint", () => {
    const grade = gradeAssessment(CORE_ASSESSMENT_BLUEPRINT, {
      ...all(1),
      guideline_application: 0.6,
    });
    // 0.2 × 0.6 + 0.8 × 1
    expect(grade.overall).toBeCloseTo(0.92, 12);
  });

  it("fails a high overall with one section under its minimum, and says which", () => {
    const grade = gradeAssessment(CORE_ASSESSMENT_BLUEPRINT, { ...all(1), fact_checking: 0.4 });
    expect(grade.overall).toBeGreaterThan(0.9);
    expect(grade.passed).toBe(false);
    expect(grade.reasons).toEqual(["Fact-checking scored 40%, under its minimum of 50%."]);
    expect(grade.sections.find((s) => s.id === "fact_checking")).toMatchObject({
      passed: false,
      min: 0.5,
    });
    expect(grade.toPractise).toEqual(["fact_checking"]);
  });

  it("fails an overall under the pass mark even when every section meets its minimum", () => {
    const grade = gradeAssessment(CORE_ASSESSMENT_BLUEPRINT, all(0.65));
    expect(grade.passed).toBe(false);
    expect(grade.reasons).toEqual(["The overall score is 65%, under the pass mark of 70%."]);
  });

  it("counts a section with no score as 0", () => {
    const { typing_transcription: _, ...rest } = all(1);
    const grade = gradeAssessment(CORE_ASSESSMENT_BLUEPRINT, rest);
    expect(grade.sections.at(-1)).toMatchObject({ id: "typing_transcription", score: 0 });
    expect(grade.passed).toBe(false);
  });

  it("lists strengths best first and sections to practise weakest first", () => {
    const grade = gradeAssessment(CORE_ASSESSMENT_BLUEPRINT, {
      guideline_application: 0.9,
      attention_to_detail: 1,
      pairwise_judgment: 0.8,
      fact_checking: 0.55,
      short_rewrite: 0.62,
      typing_transcription: 0.86,
    });
    expect(grade.strengths).toEqual([
      "attention_to_detail",
      "guideline_application",
      "typing_transcription",
    ]);
    expect(grade.toPractise).toEqual(["fact_checking", "short_rewrite"]);
  });

  it("refuses unknown sections and scores outside [0, 1]", () => {
    expect(() => gradeAssessment(CORE_ASSESSMENT_BLUEPRINT, { essay: 1 })).toThrow(/not a section/);
    expect(() => gradeAssessment(CORE_ASSESSMENT_BLUEPRINT, { fact_checking: 1.5 })).toThrow(
      RangeError,
    );
  });

  it("grades qualification tests the same way", () => {
    const blueprint = qualificationBlueprint({ category: "general_evaluation", passMark: 0.7 });
    const grade = gradeAssessment(blueprint, { pairwise: 0.9, ranking: 0.6, rating: 0.6 });
    expect(grade.overall).toBeCloseTo(0.375 * 0.9 + 0.375 * 0.6 + 0.25 * 0.6, 12);
    expect(grade.passed).toBe(true);
  });

  it("never passes below the pass mark, and passes every attempt with all sections at 1", () => {
    const scores = fc.record(
      Object.fromEntries(
        CORE_ASSESSMENT_BLUEPRINT.sections.map((s) => [
          s.id,
          fc.double({ min: 0, max: 1, noNaN: true }),
        ]),
      ),
    );
    fc.assert(
      fc.property(scores, (s) => {
        const grade = gradeAssessment(CORE_ASSESSMENT_BLUEPRINT, s);
        expect(grade.overall).toBeGreaterThanOrEqual(0);
        expect(grade.overall).toBeLessThanOrEqual(1);
        if (grade.overall < CORE_ASSESSMENT_BLUEPRINT.passMark - 1e-6)
          expect(grade.passed).toBe(false);
        expect(grade.passed).toBe(grade.reasons.length === 0);
      }),
    );
    expect(gradeAssessment(CORE_ASSESSMENT_BLUEPRINT, all(1)).passed).toBe(true);
  });
});

describe("formatPercent", () => {
  it("rounds down, so a score just under a mark never shows as the mark", () => {
    expect(formatPercent(0.6999)).toBe("69%");
    expect(formatPercent(0.7)).toBe("70%");
    expect(formatPercent(0.29)).toBe("29%");
  });
});
