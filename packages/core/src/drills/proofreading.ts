import { z } from "zod";
import { DrillInputError } from "./input-errors.ts";
import type { SeededError } from "./seeded-text.ts";

/** Most marks one proofreading submission may carry. */
export const MAX_PROOFREADING_MARKS = 200;

/** A span the reader marked as wrong, in code-point offsets of the displayed text. */
export const proofreadingMarkSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((mark) => mark.start < mark.end, {
    message: "A mark must end after it starts.",
    path: ["end"],
  });
export type ProofreadingMark = z.infer<typeof proofreadingMarkSchema>;

export interface ProofreadingMatch {
  error: SeededError;
  mark: ProofreadingMark;
  /** Code points the two spans share. */
  overlap: number;
}

export interface ProofreadingScore {
  /** Marks that found an error / all marks; 1 when nothing was marked. */
  precision: number;
  /** Errors found / all seeded errors; 1 when none were seeded. */
  recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
  matched: ProofreadingMatch[];
  missed: SeededError[];
  falseMarks: ProofreadingMark[];
}

export interface ProofreadingOptions {
  /** Length of the displayed text in code points; marks must lie inside it. */
  textLength?: number;
}

/**
 * Checks marks and returns them typed; throws {@link DrillInputError} naming the first bad
 * one ("marks[3].end") otherwise.
 */
export function validateMarks(
  marks: unknown,
  options: ProofreadingOptions = {},
): ProofreadingMark[] {
  if (!Array.isArray(marks)) {
    throw new DrillInputError("invalid_mark", "marks", "Marks must be a list.");
  }
  if (marks.length > MAX_PROOFREADING_MARKS) {
    throw new DrillInputError(
      "too_many_marks",
      "marks",
      `At most ${MAX_PROOFREADING_MARKS} marks are allowed; this submission has ${marks.length}.`,
    );
  }
  return marks.map((raw, index) => {
    const parsed = proofreadingMarkSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.length ? `.${issue.path.join(".")}` : "";
      throw new DrillInputError(
        "invalid_mark",
        `marks[${index}]${path}`,
        issue?.message ?? "Invalid mark.",
      );
    }
    if (options.textLength !== undefined && parsed.data.end > options.textLength) {
      throw new DrillInputError(
        "invalid_mark",
        `marks[${index}].end`,
        `A mark must lie inside the text, which is ${options.textLength} characters long.`,
      );
    }
    return parsed.data;
  });
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Scores a proofreading attempt. A mark finds a seeded error when their spans overlap;
 * each mark finds at most one error and each error is found at most once, so a mark that
 * spans two errors finds one. Pairs are taken greedily by the size of their overlap
 * (ties: earlier error first, then earlier mark), which keeps the choice predictable.
 */
export function scoreProofreading(
  seeded: readonly SeededError[],
  marks: readonly ProofreadingMark[],
  options: ProofreadingOptions = {},
): ProofreadingScore {
  const valid = validateMarks(marks, options);
  const pairs: Array<{ e: number; m: number; overlap: number }> = [];
  seeded.forEach((error, e) => {
    valid.forEach((mark, m) => {
      const shared = overlap(error, mark);
      if (shared > 0) pairs.push({ e, m, overlap: shared });
    });
  });
  pairs.sort((x, y) => y.overlap - x.overlap || x.e - y.e || x.m - y.m);

  const errorTaken = new Array<boolean>(seeded.length).fill(false);
  const markTaken = new Array<boolean>(valid.length).fill(false);
  const matched: ProofreadingMatch[] = [];
  for (const pair of pairs) {
    if (errorTaken[pair.e] || markTaken[pair.m]) continue;
    errorTaken[pair.e] = true;
    markTaken[pair.m] = true;
    matched.push({ error: seeded[pair.e]!, mark: valid[pair.m]!, overlap: pair.overlap });
  }
  matched.sort((x, y) => x.error.start - y.error.start);

  const precision = valid.length === 0 ? 1 : matched.length / valid.length;
  const recall = seeded.length === 0 ? 1 : matched.length / seeded.length;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    matched,
    missed: seeded.filter((_, e) => !errorTaken[e]),
    falseMarks: valid.filter((_, m) => !markTaken[m]),
  };
}
