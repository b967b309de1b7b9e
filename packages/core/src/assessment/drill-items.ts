import { z } from "zod";
import { codePointLength } from "../drills/characters.ts";
import { keyEventLogSchema } from "../drills/key-events.ts";
import {
  MAX_PROOFREADING_MARKS,
  proofreadingMarkSchema,
  scoreProofreading,
} from "../drills/proofreading.ts";
import type { SeededError } from "../drills/seeded-text.ts";
import { scoreTranscript } from "../drills/transcript-format.ts";
import { typingLogAsApplied } from "../drills/typing-log.ts";
import { computeTypingMetrics } from "../drills/typing-metrics.ts";
import { type SchemaProblem, schemaProblems } from "../tasks/schemas/item.ts";
import type { DrillItemKind } from "./items.ts";

/** Longest typed text an assessment answer may carry; well past any passage or clip. */
export const MAX_ASSESSMENT_TEXT = 20_000;

export const proofreadingItemAnswerSchema = z.strictObject({
  marks: z.array(proofreadingMarkSchema).max(MAX_PROOFREADING_MARKS),
});
export type ProofreadingItemAnswer = z.infer<typeof proofreadingItemAnswerSchema>;

/** The typing check is scored from the key log alone; `finalText` is what the editor showed. */
export const typingItemAnswerSchema = z.strictObject({
  events: keyEventLogSchema,
  finalText: z.string().max(MAX_ASSESSMENT_TEXT),
});
export type TypingItemAnswer = z.infer<typeof typingItemAnswerSchema>;

export const transcriptionItemAnswerSchema = z.strictObject({
  text: z.string().max(MAX_ASSESSMENT_TEXT),
  events: keyEventLogSchema.optional(),
});
export type TranscriptionItemAnswer = z.infer<typeof transcriptionItemAnswerSchema>;

export const DRILL_ITEM_ANSWER_SCHEMAS = {
  proofreading: proofreadingItemAnswerSchema,
  typing: typingItemAnswerSchema,
  transcription: transcriptionItemAnswerSchema,
} as const satisfies Record<DrillItemKind, z.ZodType>;

/** What scoring a drill item needs: the key the worker never sees. */
export type DrillItemKey =
  | { kind: "proofreading"; text: string; errors: readonly SeededError[] }
  | { kind: "typing"; text: string }
  | { kind: "transcription"; reference: string };

function markProblems(answer: ProofreadingItemAnswer, text: string): SchemaProblem[] {
  const length = codePointLength(text);
  return answer.marks.flatMap((mark, i) =>
    mark.end > length
      ? [
          {
            path: `marks.${i}.end`,
            message: `A mark must lie inside the text, which is ${length} characters long.`,
          },
        ]
      : [],
  );
}

/**
 * Validates an answer to a drill item; problems name the failing field ("marks.3.end"),
 * like task answers' problems do.
 */
export function parseDrillItemAnswer(
  key: DrillItemKey,
  raw: unknown,
): { ok: true; answer: unknown } | { ok: false; problems: SchemaProblem[] } {
  const parsed = DRILL_ITEM_ANSWER_SCHEMAS[key.kind].safeParse(raw);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues) };
  if (key.kind === "proofreading") {
    const problems = markProblems(parsed.data as ProofreadingItemAnswer, key.text);
    if (problems.length > 0) return { ok: false, problems };
  }
  return { ok: true, answer: parsed.data };
}

/**
 * An answer's score in [0, 1]:
 * - proofreading: F1 of the marks against the seeded errors;
 * - typing: keystroke accuracy times the share of the passage typed, so stopping early
 *   costs what it leaves out;
 * - transcription: word accuracy of the transcript (100 · (1 − WER), as a fraction).
 */
export function scoreDrillItem(key: DrillItemKey, answer: unknown): number {
  switch (key.kind) {
    case "proofreading": {
      const parsed = proofreadingItemAnswerSchema.parse(answer);
      return scoreProofreading(key.errors, parsed.marks, { textLength: codePointLength(key.text) })
        .f1;
    }
    case "typing": {
      const parsed = typingItemAnswerSchema.parse(answer);
      const applied = typingLogAsApplied(key.text, parsed.events, { precision: false });
      const metrics = computeTypingMetrics(key.text, applied);
      const typed = codePointLength(metrics.finalText);
      const coverage = Math.min(1, typed / Math.max(1, codePointLength(key.text.normalize("NFC"))));
      return metrics.accuracy * coverage;
    }
    case "transcription": {
      const parsed = transcriptionItemAnswerSchema.parse(answer);
      if (parsed.text.trim() === "") return 0;
      return scoreTranscript(key.reference, parsed.text).accuracy.score / 100;
    }
  }
}
