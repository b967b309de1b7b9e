import { z } from "zod";
import { domainSchema } from "../../categories/categories.ts";
import {
  EXPECTED_MINUTES,
  issueTagSchema,
  TASK_ID_PREFIXES,
  TASK_TYPE_CATEGORY,
  type TaskType,
} from "../enums.ts";
import { guidelineRefSchema } from "../guideline-sections.ts";
import { codePointLength, countWords, isBlank } from "../text.ts";

/** Text a worker reads; blank text is always an authoring slip. */
export const textSchema = z.string().refine((s) => !isBlank(s), { message: "must not be blank" });

/** A string of at most `max` code points (what a person counts as characters). */
export function boundedText(max: number) {
  return z.string().refine((s) => codePointLength(s) <= max, {
    message: `must be at most ${max} characters`,
  });
}

/** Longest justification or explanation a worker may submit, in characters. */
export const MAX_JUSTIFICATION_CHARS = 4_000;
/** Longest rewrite or written prompt a worker may submit, in characters. */
export const MAX_WRITTEN_TEXT_CHARS = 12_000;
/** Most spans or lines a worker may mark in one answer. */
export const MAX_MARKS = 50;

export const justificationSchema = boundedText(MAX_JUSTIFICATION_CHARS);
export const writtenTextSchema = boundedText(MAX_WRITTEN_TEXT_CHARS);

export const ratingValueSchema = z.int().min(1).max(5);

/** A score on every rating dimension. */
export const dimensionRatingsSchema = z.strictObject({
  accuracy: ratingValueSchema,
  helpfulness: ratingValueSchema,
  harmlessness: ratingValueSchema,
  honesty: ratingValueSchema,
  clarity: ratingValueSchema,
  completeness: ratingValueSchema,
});
export type DimensionRatings = z.infer<typeof dimensionRatingsSchema>;

/** A list in which no entry appears twice. */
export function uniqueList<T extends z.ZodType>(item: T) {
  return z.array(item).superRefine((values, ctx) => {
    const seen = new Set<unknown>();
    values.forEach((value, index) => {
      if (seen.has(value)) {
        ctx.addIssue({
          code: "custom",
          message: `duplicate entry ${String(value)}`,
          path: [index],
        });
      }
      seen.add(value);
    });
  });
}

export const issueListSchema = uniqueList(issueTagSchema);

export const RATIONALE_WORDS = { min: 60, max: 250 } as const;

const difficultySchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** The fields every item has, with the type-specific constraints on id, category and timing. */
export function itemFields<T extends TaskType>(taskType: T) {
  const prefix = TASK_ID_PREFIXES[taskType];
  const minutes = EXPECTED_MINUTES[taskType];
  return {
    id: z.string().regex(new RegExp(`^${prefix}-\\d{3}$`), {
      message: `must be "${prefix}-" followed by 3 digits, e.g. ${prefix}-001`,
    }),
    taskType: z.literal(taskType),
    category: z.literal(TASK_TYPE_CATEGORY[taskType]),
    domain: domainSchema.optional(),
    title: textSchema.refine((s) => codePointLength(s) <= 100, {
      message: "a title is a short name (at most 100 characters)",
    }),
    difficulty: difficultySchema,
    expectedMinutes: z
      .number()
      .min(minutes.min, { message: `${taskType} items take ${minutes.min}–${minutes.max} minutes` })
      .max(minutes.max, {
        message: `${taskType} items take ${minutes.min}–${minutes.max} minutes`,
      }),
    guidelineRefs: uniqueList(guidelineRefSchema).min(1).max(4),
    rationale: textSchema.refine(
      (s) => {
        const words = countWords(s);
        return words >= RATIONALE_WORDS.min && words <= RATIONALE_WORDS.max;
      },
      { message: `a rationale is ${RATIONALE_WORDS.min}–${RATIONALE_WORDS.max} words` },
    ),
  };
}
