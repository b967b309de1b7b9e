import { categorySchema, domainSchema } from "@rubric/core";
import { z } from "zod";
import {
  advanceAttempt,
  assessmentStatus,
  attemptReport,
  attemptView,
  saveAttemptAnswer,
  startAttempt,
  submitAttempt,
} from "../../assessment/flow.ts";
import { router, workerProcedure } from "../procedures.ts";

/** Largest answer, as JSON: a typing check's full key log fits with room to spare. */
export const MAX_ASSESSMENT_ANSWER_BYTES = 1024 * 1024;

const startInput = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("core") }),
  z
    .strictObject({
      kind: z.literal("qualification"),
      category: categorySchema.exclude(["basic_annotation"]),
      domain: domainSchema.optional(),
    })
    .refine((input) => (input.category === "domain_expert") === (input.domain !== undefined), {
      message: "Domain-expert tests name a domain; no other test does.",
      path: ["domain"],
    }),
]);

const attemptInput = z.object({ attemptId: z.uuid() });
const sectionIdSchema = z.string().min(1).max(40);

const answerInput = attemptInput.extend({
  sectionId: sectionIdSchema,
  itemRef: z.string().min(1).max(80),
  answer: z
    .unknown()
    .refine((value) => value !== undefined, { message: "An answer is required." })
    .refine(
      (value) =>
        Buffer.byteLength(JSON.stringify(value) ?? "", "utf8") <= MAX_ASSESSMENT_ANSWER_BYTES,
      { message: `An answer is at most ${MAX_ASSESSMENT_ANSWER_BYTES / 1024} KB.` },
    ),
});

export const assessmentRouter = router({
  /** The core assessment and every qualification test: what can be started, what is open. */
  status: workerProcedure.query(({ ctx }) => assessmentStatus(ctx.db, ctx.user.id, ctx.now())),

  /** Draws a new attempt, if the ladder and the cooldowns allow one. */
  start: workerProcedure.input(startInput).mutation(async ({ ctx, input }) => {
    const placement =
      input.kind === "core"
        ? { kind: "core" as const, category: null, domain: null }
        : {
            kind: "qualification" as const,
            category: input.category,
            domain: input.domain ?? null,
          };
    return { attemptId: await startAttempt(ctx.db, ctx.user.id, placement, ctx.now()) };
  }),

  /** The attempt to work on or resume: items without their keys, saved answers and timers. */
  attempt: workerProcedure
    .input(attemptInput)
    .query(({ ctx, input }) => attemptView(ctx.db, ctx.user.id, input.attemptId, ctx.now())),

  saveAnswer: workerProcedure
    .input(answerInput)
    .mutation(({ ctx, input }) => saveAttemptAnswer(ctx.db, ctx.user.id, input, ctx.now())),

  /** Closes the current section and opens the next; moving on from the last one submits. */
  advance: workerProcedure
    .input(attemptInput.extend({ fromSectionId: sectionIdSchema }))
    .mutation(({ ctx, input }) => advanceAttempt(ctx.db, ctx.user.id, input, ctx.now())),

  submit: workerProcedure
    .input(attemptInput)
    .mutation(({ ctx, input }) => submitAttempt(ctx.db, ctx.user.id, input.attemptId, ctx.now())),

  report: workerProcedure
    .input(attemptInput)
    .query(({ ctx, input }) => attemptReport(ctx.db, ctx.user.id, input.attemptId)),
});
