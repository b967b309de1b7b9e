import type { z } from "zod";
import { codeBlockLines } from "./code-block.ts";
import type { TaskType } from "./enums.ts";
import { type CodeReviewAnswer, codeReviewAnswerSchema } from "./schemas/code-review.ts";
import { type DomainReviewAnswer, domainReviewAnswerSchema } from "./schemas/domain-review.ts";
import {
  claimMapProblems,
  type FactCheckAnswer,
  factCheckAnswerSchema,
} from "./schemas/fact-check.ts";
import { type SchemaProblem, schemaProblems, type TaskItem } from "./schemas/item.ts";
import { type PairwiseAnswer, pairwiseAnswerSchema } from "./schemas/pairwise.ts";
import { type PromptCreationAnswer, promptCreationAnswerSchema } from "./schemas/prompt.ts";
import { type RankingAnswer, rankingAnswerSchema, rankMapProblems } from "./schemas/ranking.ts";
import {
  criterionRatingProblems,
  type RatingAnswer,
  ratingAnswerSchema,
} from "./schemas/rating.ts";
import {
  type RedTeamClassifyAnswer,
  type RedTeamWriteAnswer,
  redTeamClassifyAnswerSchema,
  redTeamWriteAnswerSchema,
} from "./schemas/red-team.ts";
import { type RewriteAnswer, rewriteAnswerSchema } from "./schemas/rewrite.ts";
import { codePointLength } from "./text.ts";

/** What a worker submits, by task type. */
export interface TaskAnswerByType {
  pairwise: PairwiseAnswer;
  ranking: RankingAnswer;
  rating: RatingAnswer;
  rewrite: RewriteAnswer;
  prompt: PromptCreationAnswer;
  red_team: RedTeamClassifyAnswer | RedTeamWriteAnswer;
  fact_check: FactCheckAnswer;
  domain_review: DomainReviewAnswer;
  code_review: CodeReviewAnswer;
}
export type TaskAnswer = TaskAnswerByType[TaskType];
export type TaskAnswerFor<I extends TaskItem> = TaskAnswerByType[I["taskType"]];

/**
 * The schema an answer to this item must satisfy: the type's shape plus what only the item
 * knows (its response ids, criteria, claims and sources, the response's length, the code's
 * line count).
 */
export function answerSchemaFor<I extends TaskItem>(item: I): z.ZodType<TaskAnswerFor<I>>;
export function answerSchemaFor(item: TaskItem): z.ZodType<TaskAnswer> {
  switch (item.taskType) {
    case "pairwise":
      return pairwiseAnswerSchema;
    case "ranking": {
      const ids = item.prompt.responses.map((response) => response.id);
      return rankingAnswerSchema.superRefine((answer, ctx) => {
        for (const problem of rankMapProblems(answer.ranking, ids)) {
          ctx.addIssue({
            code: "custom",
            message: problem.message,
            path: problem.key === null ? ["ranking"] : ["ranking", problem.key],
          });
        }
      });
    }
    case "rating":
      return ratingAnswerSchema.superRefine((answer, ctx) => {
        for (const problem of criterionRatingProblems(answer.ratings, item.prompt.criteria)) {
          ctx.addIssue({
            code: "custom",
            message: problem.message,
            path: ["ratings", problem.key],
          });
        }
      });
    case "rewrite":
      return rewriteAnswerSchema;
    case "prompt":
      return promptCreationAnswerSchema;
    case "red_team":
      return item.prompt.mode === "classify"
        ? redTeamClassifyAnswerSchema
        : redTeamWriteAnswerSchema;
    case "fact_check": {
      const claimIds = item.prompt.claims.map((claim) => claim.id);
      const sourceIds = item.prompt.sources.map((source) => source.id);
      return factCheckAnswerSchema.superRefine((answer, ctx) => {
        for (const problem of claimMapProblems(answer.claims, claimIds, sourceIds)) {
          ctx.addIssue({
            code: "custom",
            message: problem.message,
            path: ["claims", ...problem.path],
          });
        }
      });
    }
    case "domain_review": {
      const length = codePointLength(item.prompt.response);
      return domainReviewAnswerSchema.superRefine((answer, ctx) => {
        answer.spans.forEach((span, index) => {
          if (span.end > length) {
            ctx.addIssue({
              code: "custom",
              message: `the span ends after the response (${length} characters)`,
              path: ["spans", index, "end"],
            });
          }
        });
      });
    }
    case "code_review": {
      const count = codeBlockLines(item.prompt.response)?.length ?? 0;
      return codeReviewAnswerSchema.superRefine((answer, ctx) => {
        answer.lines.forEach((line, index) => {
          if (line > count) {
            ctx.addIssue({
              code: "custom",
              message: `line ${line} is past the end of the code (${count} lines)`,
              path: ["lines", index],
            });
          }
        });
      });
    }
  }
}

export type ParsedAnswer<I extends TaskItem> =
  | { ok: true; answer: TaskAnswerFor<I> }
  | { ok: false; problems: SchemaProblem[] };

/** Validates a submission against the item it answers; problems name the failing field. */
export function parseAnswer<I extends TaskItem>(item: I, raw: unknown): ParsedAnswer<I> {
  const result = answerSchemaFor(item).safeParse(raw);
  return result.success
    ? { ok: true, answer: result.data }
    : { ok: false, problems: schemaProblems(result.error.issues) };
}

export class InvalidAnswerError extends Error {
  constructor(
    readonly itemId: string,
    readonly problems: SchemaProblem[],
  ) {
    super(
      `invalid answer to ${itemId}: ${problems.map((p) => `${p.path || "(answer)"}: ${p.message}`).join("; ")}`,
    );
    this.name = "InvalidAnswerError";
  }
}
