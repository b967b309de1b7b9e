import { z } from "zod";
import { issueTagSchema } from "../enums.ts";
import { keyPointsSchema } from "../key-points.ts";
import { itemFields, justificationSchema, textSchema, uniqueList } from "./common.ts";

export const RESPONSE_IDS = ["A", "B", "C", "D", "E", "F"] as const;
export const responseIdSchema = z.enum(RESPONSE_IDS);
export type ResponseId = z.infer<typeof responseIdSchema>;

export const rankingPromptSchema = z
  .strictObject({
    userPrompt: textSchema,
    responses: z
      .array(z.strictObject({ id: responseIdSchema, text: textSchema }))
      .min(4)
      .max(6),
  })
  .superRefine((prompt, ctx) => {
    prompt.responses.forEach((response, index) => {
      const expected = RESPONSE_IDS[index];
      if (response.id !== expected) {
        ctx.addIssue({
          code: "custom",
          message: `response ${index + 1} must have id ${expected} (ids run A, B, C… in order)`,
          path: ["responses", index, "id"],
        });
      }
    });
  });

/** Rank per response id, 1 best; equal numbers are ties. */
const rankMapSchema = z.record(z.string(), z.int().min(1).max(RESPONSE_IDS.length));

export const rankingGoldSchema = z.strictObject({
  ranking: rankMapSchema,
  /**
   * Optional flaws per response, shown with the feedback; not scored, since a ranking answer
   * does not ask for issue tags.
   */
  issues: z.record(z.string(), uniqueList(issueTagSchema)).optional(),
  keyPoints: keyPointsSchema,
});

/** Problems with a rank map against the item's response ids; shared by gold and answers. */
export function rankMapProblems(
  ranking: Record<string, number>,
  ids: readonly string[],
): { key: string | null; message: string }[] {
  const problems: { key: string | null; message: string }[] = [];
  for (const id of ids) {
    if (!(id in ranking)) problems.push({ key: null, message: `response ${id} has no rank` });
  }
  for (const [key, rank] of Object.entries(ranking)) {
    if (!ids.includes(key))
      problems.push({ key, message: `${key} is not a response of this item` });
    else if (rank > ids.length) {
      problems.push({ key, message: `rank ${rank} exceeds the ${ids.length} responses` });
    }
  }
  return problems;
}

export const rankingItemSchema = z
  .strictObject({
    ...itemFields("ranking"),
    prompt: rankingPromptSchema,
    gold: rankingGoldSchema,
  })
  .superRefine((item, ctx) => {
    const ids = item.prompt.responses.map((response) => response.id);
    for (const problem of rankMapProblems(item.gold.ranking, ids)) {
      ctx.addIssue({
        code: "custom",
        message: problem.message,
        path: problem.key === null ? ["gold", "ranking"] : ["gold", "ranking", problem.key],
      });
    }
    const ranks = Object.values(item.gold.ranking);
    if (ranks.length > 0 && !ranks.includes(1)) {
      ctx.addIssue({
        code: "custom",
        message: "the best response has rank 1",
        path: ["gold", "ranking"],
      });
    }
    if (new Set(ranks).size === 1) {
      ctx.addIssue({
        code: "custom",
        message: "a ranking that ties every response cannot be scored; order at least two",
        path: ["gold", "ranking"],
      });
    }
    for (const key of Object.keys(item.gold.issues ?? {})) {
      if (!(ids as string[]).includes(key)) {
        ctx.addIssue({
          code: "custom",
          message: `${key} is not a response of this item`,
          path: ["gold", "issues", key],
        });
      }
    }
  });
export type RankingItem = z.infer<typeof rankingItemSchema>;

export const rankingAnswerSchema = z.strictObject({
  ranking: rankMapSchema,
  justification: justificationSchema.optional(),
});
export type RankingAnswer = z.infer<typeof rankingAnswerSchema>;
