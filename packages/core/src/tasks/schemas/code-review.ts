import { z } from "zod";
import { fencedCodeBlocks } from "../code-block.ts";
import { codeLanguageSchema, codeVerdictSchema, errorSeveritySchema } from "../enums.ts";
import { keyPointsSchema } from "../key-points.ts";
import { isBlank } from "../text.ts";
import { itemFields, justificationSchema, MAX_MARKS, textSchema, uniqueList } from "./common.ts";

export const codeReviewPromptSchema = z.strictObject({
  language: codeLanguageSchema,
  userPrompt: textSchema,
  response: textSchema,
});

export const codeBugSchema = z.strictObject({
  line: z.int().min(1),
  severity: errorSeveritySchema,
  explanation: textSchema,
});
export type CodeBug = z.infer<typeof codeBugSchema>;

export const codeReviewGoldSchema = z.strictObject({
  verdict: codeVerdictSchema,
  bugs: z.array(codeBugSchema),
  keyPoints: keyPointsSchema,
});

export const codeReviewItemSchema = z
  .strictObject({
    ...itemFields("code_review"),
    prompt: codeReviewPromptSchema,
    gold: codeReviewGoldSchema,
  })
  .superRefine((item, ctx) => {
    const blocks = fencedCodeBlocks(item.prompt.response);
    const block = blocks[0];
    if (blocks.length !== 1 || !block?.closed || block.lines.length === 0) {
      ctx.addIssue({
        code: "custom",
        message: `the response must contain exactly one closed, non-empty fenced code block (found ${blocks.length})`,
        path: ["prompt", "response"],
      });
      return;
    }
    const { verdict, bugs } = item.gold;
    if ((verdict === "correct") !== (bugs.length === 0)) {
      ctx.addIssue({
        code: "custom",
        message:
          verdict === "correct" ? "correct code has no bugs" : "incorrect code lists its bugs",
        path: ["gold", "verdict"],
      });
    }
    const seen = new Set<number>();
    bugs.forEach((bug, index) => {
      const path = ["gold", "bugs", index, "line"];
      const text = block.lines[bug.line - 1];
      if (text === undefined) {
        ctx.addIssue({
          code: "custom",
          message: `the code block has ${block.lines.length} lines`,
          path,
        });
      } else if (isBlank(text)) {
        ctx.addIssue({
          code: "custom",
          message: `line ${bug.line} of the code block is blank`,
          path,
        });
      }
      if (seen.has(bug.line))
        ctx.addIssue({ code: "custom", message: `line ${bug.line} listed twice`, path });
      seen.add(bug.line);
    });
  });
export type CodeReviewItem = z.infer<typeof codeReviewItemSchema>;

export const codeReviewAnswerSchema = z.strictObject({
  verdict: codeVerdictSchema,
  lines: uniqueList(z.int().min(1)).max(MAX_MARKS),
  explanation: justificationSchema,
});
export type CodeReviewAnswer = z.infer<typeof codeReviewAnswerSchema>;
