import { describe, expect, it } from "vitest";
import { DrillInputError } from "./input-errors.ts";
import { MAX_PROOFREADING_MARKS, scoreProofreading } from "./proofreading.ts";
import { parseSeededText, type SeededError } from "./seeded-text.ts";

const { text, errors } = parseSeededText(
  "The dose is [[50 mg||5 mg||number]] twice a day; [[its||it's||grammar]] taken with food [[untill||until||spelling]] the rash clears.",
);

describe("scoreProofreading", () => {
  it("finds every error when each mark overlaps one", () => {
    const marks = errors.map((e) => ({ start: e.start, end: e.end }));
    const score = scoreProofreading(errors, marks, { textLength: Array.from(text).length });
    expect(score).toMatchObject({ precision: 1, recall: 1, f1: 1, missed: [], falseMarks: [] });
    expect(score.matched.map((m) => m.error.kind)).toEqual(["number", "grammar", "spelling"]);
  });

  it("counts a partial overlap as a find", () => {
    const untill = errors[2]!;
    const score = scoreProofreading(errors, [{ start: untill.start + 2, end: untill.end + 3 }]);
    expect(score.matched).toHaveLength(1);
    expect(score.matched[0]).toMatchObject({
      error: untill,
      overlap: untill.end - untill.start - 2,
    });
    expect(score.recall).toBeCloseTo(1 / 3);
    expect(score.precision).toBe(1);
  });

  it("lets a mark spanning two errors find only one of them", () => {
    const [first, second] = errors as [SeededError, SeededError];
    const score = scoreProofreading(errors, [{ start: first.start, end: second.end }]);
    expect(score.matched).toHaveLength(1);
    expect(score.missed).toHaveLength(2);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(1 / 3);
  });

  it("matches one to one, preferring the larger overlap", () => {
    const error: SeededError = {
      start: 10,
      end: 20,
      kind: "spelling",
      correction: "x",
      shown: "y",
    };
    const small = { start: 8, end: 11 };
    const large = { start: 12, end: 19 };
    const score = scoreProofreading([error], [small, large]);
    expect(score.matched).toEqual([{ error, mark: large, overlap: 7 }]);
    expect(score.falseMarks).toEqual([small]);
    expect(score.precision).toBe(0.5);
    expect(score.f1).toBeCloseTo((2 * 0.5 * 1) / 1.5);
  });

  it("counts marks on correct text as false marks", () => {
    const score = scoreProofreading(errors, [{ start: 0, end: 3 }]);
    expect(score).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(score.falseMarks).toEqual([{ start: 0, end: 3 }]);
    expect(score.missed).toEqual(errors);
  });

  it("gives perfect precision to an attempt that marks nothing", () => {
    expect(scoreProofreading(errors, [])).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(scoreProofreading([], [])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it("rejects marks that are empty, reversed, outside the text or too many", () => {
    const code = (marks: unknown[], textLength?: number) => {
      try {
        scoreProofreading(errors, marks as never, { textLength });
      } catch (error) {
        if (error instanceof DrillInputError) return [error.code, error.field];
      }
      return null;
    };
    expect(code([{ start: 4, end: 4 }])).toEqual(["invalid_mark", "marks[0].end"]);
    expect(
      code([
        { start: 0, end: 2 },
        { start: 5, end: 3 },
      ]),
    ).toEqual(["invalid_mark", "marks[1].end"]);
    expect(code([{ start: -1, end: 3 }])).toEqual(["invalid_mark", "marks[0].start"]);
    expect(code([{ start: 0, end: 9999 }], 100)).toEqual(["invalid_mark", "marks[0].end"]);
    const many = Array.from({ length: MAX_PROOFREADING_MARKS + 1 }, (_, k) => ({
      start: k,
      end: k + 1,
    }));
    expect(code(many)).toEqual(["too_many_marks", "marks"]);
  });
});
