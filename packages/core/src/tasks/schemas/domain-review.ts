import { z } from "zod";
import { domainSchema } from "../../categories/categories.ts";
import { domainVerdictSchema, errorSeveritySchema } from "../enums.ts";
import { keyPointsSchema } from "../key-points.ts";
import { locateQuotes } from "../spans.ts";
import { itemFields, justificationSchema, MAX_MARKS, textSchema } from "./common.ts";

export const domainReviewPromptSchema = z.strictObject({
  userPrompt: textSchema,
  response: textSchema,
});

export const domainErrorSchema = z.strictObject({
  quote: textSchema,
  severity: errorSeveritySchema,
  explanation: textSchema,
});
export type DomainError = z.infer<typeof domainErrorSchema>;

export const domainReviewGoldSchema = z.strictObject({
  verdict: domainVerdictSchema,
  errors: z.array(domainErrorSchema).max(4),
  keyPoints: keyPointsSchema,
});

/** The verdict the planted errors imply: the worst error sets it. */
export function domainVerdictForErrors(errors: readonly { severity: string }[]) {
  if (errors.length === 0) return "correct" as const;
  return errors.some((error) => error.severity === "major")
    ? ("major_issues" as const)
    : ("minor_issues" as const);
}

export const domainReviewItemSchema = z
  .strictObject({
    ...itemFields("domain_review"),
    domain: domainSchema,
    prompt: domainReviewPromptSchema,
    gold: domainReviewGoldSchema,
  })
  .superRefine((item, ctx) => {
    const expected = domainVerdictForErrors(item.gold.errors);
    if (item.gold.verdict !== expected) {
      ctx.addIssue({
        code: "custom",
        message: `verdict ${item.gold.verdict} disagrees with the listed errors, which imply ${expected}`,
        path: ["gold", "verdict"],
      });
    }
    item.gold.errors.forEach((error, index) => {
      try {
        locateQuotes(item.prompt.response, [error]);
      } catch {
        const count = item.prompt.response.split(error.quote).length - 1;
        ctx.addIssue({
          code: "custom",
          message:
            count === 0
              ? "the quote is not an exact substring of the response"
              : `the quote occurs ${count} times in the response; quote enough to make it unique`,
          path: ["gold", "errors", index, "quote"],
        });
      }
    });
  });
export type DomainReviewItem = z.infer<typeof domainReviewItemSchema>;

/** A marked span, in code points from the start of the response, end exclusive. */
export const markedSpanSchema = z
  .strictObject({ start: z.int().min(0), end: z.int().min(1) })
  .refine((span) => span.end > span.start, {
    message: "a span ends after it starts",
    path: ["end"],
  });

export const domainReviewAnswerSchema = z.strictObject({
  verdict: domainVerdictSchema,
  spans: z.array(markedSpanSchema).max(MAX_MARKS),
  explanation: justificationSchema,
});
export type DomainReviewAnswer = z.infer<typeof domainReviewAnswerSchema>;
