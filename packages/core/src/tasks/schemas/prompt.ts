import { z } from "zod";
import { automaticPromptChecks } from "../automatic-checks.ts";
import { checksSchema, runChecks } from "../checks.ts";
import { promptDifficultySchema } from "../enums.ts";
import { itemFields, textSchema, writtenTextSchema } from "./common.ts";

export const promptCreationPromptSchema = z.strictObject({
  brief: z.strictObject({
    capability: textSchema,
    difficulty: promptDifficultySchema,
    constraints: z.array(textSchema).min(1),
  }),
  examples: z.array(textSchema).min(1).max(2),
});

export const promptCreationGoldSchema = z.strictObject({
  checks: checksSchema(1),
  referencePrompt: textSchema,
});

export const promptCreationItemSchema = z
  .strictObject({
    ...itemFields("prompt"),
    prompt: promptCreationPromptSchema,
    gold: promptCreationGoldSchema,
  })
  .superRefine((item, ctx) => {
    const { checks, referencePrompt } = item.gold;
    // One check per constraint plus one on length, as the brief is written.
    if (checks.length < item.prompt.brief.constraints.length) {
      ctx.addIssue({
        code: "custom",
        message: `${item.prompt.brief.constraints.length} constraints need at least as many checks`,
        path: ["gold", "checks"],
      });
    }
    if (!checks.some((check) => check.kind === "minWords" || check.kind === "maxWords")) {
      ctx.addIssue({
        code: "custom",
        message: "needs a length check (minWords or maxWords)",
        path: ["gold", "checks"],
      });
    }
    const failures = [
      ...runChecks(referencePrompt, checks)
        .filter((result) => !result.passed)
        .map((result) => `check "${result.check.id}": ${result.detail}`),
      ...automaticPromptChecks(referencePrompt, item.prompt.examples)
        .filter((result) => !result.passed)
        .map((result) => `automatic check "${result.id}": ${result.detail}`),
    ];
    for (const failure of failures) {
      ctx.addIssue({
        code: "custom",
        message: `the reference prompt fails ${failure}`,
        path: ["gold", "referencePrompt"],
      });
    }
  });
export type PromptCreationItem = z.infer<typeof promptCreationItemSchema>;

export const promptCreationAnswerSchema = z.strictObject({ text: writtenTextSchema });
export type PromptCreationAnswer = z.infer<typeof promptCreationAnswerSchema>;
