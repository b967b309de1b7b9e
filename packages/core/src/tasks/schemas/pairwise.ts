import { z } from "zod";
import { keyPointsSchema } from "../key-points.ts";
import {
  dimensionRatingsSchema,
  issueListSchema,
  itemFields,
  justificationSchema,
  textSchema,
} from "./common.ts";

/** -3 A much better … 0 about the same … 3 B much better. */
export const preferenceSchema = z.int().min(-3).max(3);
export type Preference = z.infer<typeof preferenceSchema>;

export const pairwisePromptSchema = z.strictObject({
  userPrompt: textSchema,
  responseA: textSchema,
  responseB: textSchema,
});

export const pairwiseGoldSchema = z.strictObject({
  preference: preferenceSchema,
  ratings: z.strictObject({ a: dimensionRatingsSchema, b: dimensionRatingsSchema }),
  issues: z.strictObject({ a: issueListSchema, b: issueListSchema }),
  keyPoints: keyPointsSchema,
});

export const pairwiseItemSchema = z.strictObject({
  ...itemFields("pairwise"),
  prompt: pairwisePromptSchema,
  gold: pairwiseGoldSchema,
});
export type PairwiseItem = z.infer<typeof pairwiseItemSchema>;

export const pairwiseAnswerSchema = z.strictObject({
  preference: preferenceSchema,
  ratings: z.strictObject({ a: dimensionRatingsSchema, b: dimensionRatingsSchema }),
  issues: z.strictObject({ a: issueListSchema, b: issueListSchema }),
  justification: justificationSchema,
});
export type PairwiseAnswer = z.infer<typeof pairwiseAnswerSchema>;
