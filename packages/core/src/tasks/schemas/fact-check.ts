import { z } from "zod";
import { claimVerdictSchema } from "../enums.ts";
import { itemFields, textSchema, uniqueList } from "./common.ts";

const claimIdSchema = z.string().regex(/^c[1-9]\d*$/, { message: "claim ids are c1, c2, …" });
const sourceIdSchema = z.string().regex(/^s[1-9]\d*$/, { message: "source ids are s1, s2, …" });

function uniqueIds<T extends { id: string }>(entries: readonly T[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      ctx.addIssue({ code: "custom", message: `duplicate id ${entry.id}`, path: [index, "id"] });
    }
    seen.add(entry.id);
  });
}

export const factCheckPromptSchema = z.strictObject({
  userPrompt: textSchema,
  response: textSchema,
  claims: z
    .array(z.strictObject({ id: claimIdSchema, text: textSchema }))
    .min(4)
    .max(8)
    .superRefine(uniqueIds),
  sources: z
    .array(z.strictObject({ id: sourceIdSchema, title: textSchema, snippet: textSchema }))
    .min(2)
    .max(5)
    .superRefine(uniqueIds),
});

/** A claim's verdict with the sources that settle it. */
export const claimJudgementSchema = z.strictObject({
  verdict: claimVerdictSchema,
  sources: uniqueList(z.string()).max(5),
});
export type ClaimJudgement = z.infer<typeof claimJudgementSchema>;

export const factCheckGoldSchema = z.strictObject({
  claims: z.record(z.string(), claimJudgementSchema),
});

/** Problems with a claim map against the item's claims and sources; shared by gold and answers. */
export function claimMapProblems(
  claims: Record<string, ClaimJudgement>,
  claimIds: readonly string[],
  sourceIds: readonly string[],
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  for (const id of claimIds) {
    if (!(id in claims)) problems.push({ path: [id], message: `claim ${id} has no verdict` });
  }
  for (const [id, judgement] of Object.entries(claims)) {
    if (!claimIds.includes(id)) {
      problems.push({ path: [id], message: `${id} is not a claim of this item` });
      continue;
    }
    judgement.sources.forEach((source, index) => {
      if (!sourceIds.includes(source)) {
        problems.push({
          path: [id, "sources", index],
          message: `${source} is not a source of this item`,
        });
      }
    });
  }
  return problems;
}

export const factCheckItemSchema = z
  .strictObject({
    ...itemFields("fact_check"),
    prompt: factCheckPromptSchema,
    gold: factCheckGoldSchema,
  })
  .superRefine((item, ctx) => {
    const claimIds = item.prompt.claims.map((claim) => claim.id);
    const sourceIds = item.prompt.sources.map((source) => source.id);
    for (const problem of claimMapProblems(item.gold.claims, claimIds, sourceIds)) {
      ctx.addIssue({
        code: "custom",
        message: problem.message,
        path: ["gold", "claims", ...problem.path],
      });
    }
    for (const [id, judgement] of Object.entries(item.gold.claims)) {
      // A verdict of supported or contradicted rests on a snippet; unsupported means none settles it.
      if (judgement.verdict !== "unsupported" && judgement.sources.length === 0) {
        ctx.addIssue({
          code: "custom",
          message: `a ${judgement.verdict} claim cites the snippet that settles it`,
          path: ["gold", "claims", id, "sources"],
        });
      }
      if (judgement.verdict === "unsupported" && judgement.sources.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: "an unsupported claim is one no snippet settles, so it cites none",
          path: ["gold", "claims", id, "sources"],
        });
      }
    }
  });
export type FactCheckItem = z.infer<typeof factCheckItemSchema>;

export const factCheckAnswerSchema = z.strictObject({
  claims: z.record(z.string(), claimJudgementSchema),
});
export type FactCheckAnswer = z.infer<typeof factCheckAnswerSchema>;
