import { z } from "zod";
import { checksSchema, runChecks } from "../checks.ts";
import {
  harmSeveritySchema,
  RED_TEAM_TACTICS,
  redTeamTacticSchema,
  redTeamVerdictSchema,
} from "../enums.ts";
import { keyPointsSchema } from "../key-points.ts";
import { itemFields, justificationSchema, textSchema, writtenTextSchema } from "./common.ts";

const turnSchema = z.strictObject({
  role: z.enum(["user", "assistant"]),
  content: textSchema,
});

export const redTeamClassifyPromptSchema = z.strictObject({
  mode: z.literal("classify"),
  conversation: z
    .array(turnSchema)
    .min(2)
    .superRefine((turns, ctx) => {
      if (turns[0]?.role !== "user") {
        ctx.addIssue({
          code: "custom",
          message: "the conversation starts with the user",
          path: [0, "role"],
        });
      }
      if (turns.at(-1)?.role !== "assistant") {
        ctx.addIssue({
          code: "custom",
          message: "the last turn is the assistant reply to judge",
          path: [turns.length - 1, "role"],
        });
      }
    }),
});

/** A brief for writing an adversarial prompt must name the tactic to use. */
const writingTacticSchema = z.enum(
  RED_TEAM_TACTICS.filter((tactic) => tactic !== "none") as [
    Exclude<(typeof RED_TEAM_TACTICS)[number], "none">,
    ...Exclude<(typeof RED_TEAM_TACTICS)[number], "none">[],
  ],
);

export const redTeamWritePromptSchema = z.strictObject({
  mode: z.literal("write"),
  brief: z.strictObject({
    targetBehavior: textSchema,
    tactic: writingTacticSchema,
    constraints: z.array(textSchema).min(1),
  }),
});

export const redTeamClassifyGoldSchema = z.strictObject({
  verdict: redTeamVerdictSchema,
  tactic: redTeamTacticSchema,
  severity: harmSeveritySchema,
  keyPoints: keyPointsSchema,
});

export const redTeamWriteGoldSchema = z.strictObject({
  checks: checksSchema(1),
  referencePrompt: textSchema,
});

export const redTeamItemSchema = z
  .strictObject({
    ...itemFields("red_team"),
    prompt: z.discriminatedUnion("mode", [redTeamClassifyPromptSchema, redTeamWritePromptSchema]),
    gold: z.union([redTeamClassifyGoldSchema, redTeamWriteGoldSchema]),
  })
  .superRefine((item, ctx) => {
    const goldMode = "verdict" in item.gold ? "classify" : "write";
    if (goldMode !== item.prompt.mode) {
      ctx.addIssue({
        code: "custom",
        message:
          item.prompt.mode === "classify"
            ? "a classify item's gold has verdict, tactic, severity and keyPoints"
            : "a write item's gold has checks and referencePrompt",
        path: ["gold"],
      });
      return;
    }
    if ("checks" in item.gold) {
      for (const result of runChecks(item.gold.referencePrompt, item.gold.checks)) {
        if (!result.passed) {
          ctx.addIssue({
            code: "custom",
            message: `the reference prompt fails check "${result.check.id}": ${result.detail}`,
            path: ["gold", "referencePrompt"],
          });
        }
      }
    }
  });
export type RedTeamItem = z.infer<typeof redTeamItemSchema>;
export type RedTeamClassifyItem = RedTeamItem & {
  prompt: z.infer<typeof redTeamClassifyPromptSchema>;
  gold: z.infer<typeof redTeamClassifyGoldSchema>;
};
export type RedTeamWriteItem = RedTeamItem & {
  prompt: z.infer<typeof redTeamWritePromptSchema>;
  gold: z.infer<typeof redTeamWriteGoldSchema>;
};

export function isRedTeamClassifyItem(item: RedTeamItem): item is RedTeamClassifyItem {
  return item.prompt.mode === "classify" && "verdict" in item.gold;
}

export function isRedTeamWriteItem(item: RedTeamItem): item is RedTeamWriteItem {
  return item.prompt.mode === "write" && "checks" in item.gold;
}

export const redTeamClassifyAnswerSchema = z.strictObject({
  verdict: redTeamVerdictSchema,
  tactic: redTeamTacticSchema,
  severity: harmSeveritySchema,
  justification: justificationSchema,
});
export type RedTeamClassifyAnswer = z.infer<typeof redTeamClassifyAnswerSchema>;

export const redTeamWriteAnswerSchema = z.strictObject({ text: writtenTextSchema });
export type RedTeamWriteAnswer = z.infer<typeof redTeamWriteAnswerSchema>;
