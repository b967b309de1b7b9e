import { z } from "zod";
import { type RatingDimension, ratingDimensionSchema } from "../enums.ts";
import { keyPointsSchema } from "../key-points.ts";
import {
  issueListSchema,
  itemFields,
  justificationSchema,
  ratingValueSchema,
  textSchema,
  uniqueList,
} from "./common.ts";

export const ratingPromptSchema = z.strictObject({
  userPrompt: textSchema,
  response: textSchema,
  criteria: uniqueList(ratingDimensionSchema).min(3).max(6),
});

const criterionRatingsSchema = z.partialRecord(ratingDimensionSchema, ratingValueSchema);

export const ratingGoldSchema = z.strictObject({
  ratings: criterionRatingsSchema,
  issues: issueListSchema,
  keyPoints: keyPointsSchema,
});

/** Problems with a ratings map that must rate exactly the listed criteria. */
export function criterionRatingProblems(
  ratings: Partial<Record<RatingDimension, number>>,
  criteria: readonly RatingDimension[],
): { key: string; message: string }[] {
  const problems: { key: string; message: string }[] = [];
  for (const criterion of criteria) {
    if (ratings[criterion] === undefined) {
      problems.push({
        key: criterion,
        message: `${criterion} is a listed criterion and needs a rating`,
      });
    }
  }
  for (const key of Object.keys(ratings)) {
    if (!(criteria as readonly string[]).includes(key)) {
      problems.push({ key, message: `${key} is not one of this item's criteria` });
    }
  }
  return problems;
}

export const ratingItemSchema = z
  .strictObject({
    ...itemFields("rating"),
    prompt: ratingPromptSchema,
    gold: ratingGoldSchema,
  })
  .superRefine((item, ctx) => {
    for (const problem of criterionRatingProblems(item.gold.ratings, item.prompt.criteria)) {
      ctx.addIssue({
        code: "custom",
        message: problem.message,
        path: ["gold", "ratings", problem.key],
      });
    }
  });
export type RatingItem = z.infer<typeof ratingItemSchema>;

export const ratingAnswerSchema = z.strictObject({
  ratings: criterionRatingsSchema,
  issues: issueListSchema,
  justification: justificationSchema,
});
export type RatingAnswer = z.infer<typeof ratingAnswerSchema>;
