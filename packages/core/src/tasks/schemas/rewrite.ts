import { z } from "zod";
import { checksSchema, runChecks } from "../checks.ts";
import { itemFields, textSchema, writtenTextSchema } from "./common.ts";

export const rewritePromptSchema = z.strictObject({
  userPrompt: textSchema,
  response: textSchema,
  instructions: textSchema,
});

export const rewriteGoldSchema = z.strictObject({
  checks: checksSchema(4, 8),
  referenceRewrite: textSchema,
});

export const rewriteItemSchema = z
  .strictObject({
    ...itemFields("rewrite"),
    prompt: rewritePromptSchema,
    gold: rewriteGoldSchema,
  })
  .superRefine((item, ctx) => {
    // The reference is the proof that the checks can all be met at once.
    for (const result of runChecks(item.gold.referenceRewrite, item.gold.checks)) {
      if (!result.passed) {
        ctx.addIssue({
          code: "custom",
          message: `the reference rewrite fails check "${result.check.id}": ${result.detail}`,
          path: ["gold", "referenceRewrite"],
        });
      }
    }
  });
export type RewriteItem = z.infer<typeof rewriteItemSchema>;

export const rewriteAnswerSchema = z.strictObject({ text: writtenTextSchema });
export type RewriteAnswer = z.infer<typeof rewriteAnswerSchema>;
