import { z } from "zod";
import type { TaskType } from "../enums.ts";
import { codeReviewItemSchema } from "./code-review.ts";
import { domainReviewItemSchema } from "./domain-review.ts";
import { factCheckItemSchema } from "./fact-check.ts";
import { pairwiseItemSchema } from "./pairwise.ts";
import { promptCreationItemSchema } from "./prompt.ts";
import { rankingItemSchema } from "./ranking.ts";
import { ratingItemSchema } from "./rating.ts";
import { redTeamItemSchema } from "./red-team.ts";
import { rewriteItemSchema } from "./rewrite.ts";

/** One practice or test question with its gold, as the content library stores it. */
export const taskItemSchema = z.discriminatedUnion("taskType", [
  pairwiseItemSchema,
  rankingItemSchema,
  ratingItemSchema,
  rewriteItemSchema,
  promptCreationItemSchema,
  redTeamItemSchema,
  factCheckItemSchema,
  domainReviewItemSchema,
  codeReviewItemSchema,
]);
export type TaskItem = z.infer<typeof taskItemSchema>;
export type TaskItemOf<T extends TaskType> = Extract<TaskItem, { taskType: T }>;

export interface SchemaProblem {
  /** Dotted path into the item, e.g. `gold.claims.c2.sources.0`; empty for the whole item. */
  path: string;
  message: string;
}

/**
 * Flattens validation issues into readable path + message pairs. Where a value could take one
 * of several shapes (a red-team gold is either a classification or a writing key), the issues
 * of the closest shape are reported, since those are the ones the author needs to fix.
 */
export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): SchemaProblem[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) =>
        branch.length < best.length ? branch : best,
      );
      return schemaProblems(closest, path);
    }
    return [{ path: path.map(String).join("."), message: issue.message + shownInput(issue) }];
  });
}

/** The offending value, when validation was asked to report it and it is short enough to quote. */
function shownInput(issue: z.core.$ZodIssue): string {
  if (!("input" in issue) || issue.code === "unrecognized_keys") return "";
  const input = issue.input;
  if (typeof input === "string") return input.length <= 80 ? ` (got "${input}")` : "";
  if (typeof input === "number" || typeof input === "boolean" || input === null) {
    return ` (got ${String(input)})`;
  }
  return "";
}
