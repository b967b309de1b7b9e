import { randomBytes } from "node:crypto";
import {
  CATEGORY_LABELS,
  type Category,
  clampActiveSeconds,
  codeLanguageSchema,
  domainSchema,
  EXPECTED_MINUTES,
  meanScore,
  PRACTICE_CATEGORIES,
  parseAnswer,
  payForMinutes,
  pickBatchItems,
  publicView,
  referenceBandFor,
  scoreAttempt,
  TASK_TYPE_CATEGORY,
  TASK_TYPE_LABELS,
  taskTypeSchema,
} from "@rubric/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { payBandsByCategory } from "../../db/pay-bands.ts";
import {
  attemptFiguresByType,
  batchAttempts,
  batchDrafts,
  batchItems,
  createBatch,
  findAttempt,
  findBatch,
  findSubmission,
  type PracticeBatch,
  practiceHistory,
  recentBatches,
  recordAttempt,
  type StoredAttempt,
  saveDraft,
} from "../../db/practice-batches.ts";
import type { StoredTaskItem } from "../../db/task-items.ts";
import { candidateItems, findTaskItems, libraryFigures } from "../../db/task-items.ts";
import { accruePracticeEarnings } from "../../ladder/earnings.ts";
import { type AttemptFeedback, attemptFeedback } from "../../practice/attempt-feedback.ts";
import type { Context, SessionUser } from "../context.ts";
import { badInput, conflict, fieldErrorsOf, notFound } from "../errors.ts";
import { router, workerProcedure } from "../procedures.ts";

export const MAX_BATCH_SIZE = 20;
/** Largest answer or draft, as JSON; the longest valid answer (a 12,000-character rewrite) fits. */
export const MAX_ANSWER_BYTES = 64 * 1024;
const RECENT_BATCHES = 10;

/** Uniform in [0, 1) from 48 random bits: batch order must not be guessable from earlier ones. */
const cryptoRandom = () => randomBytes(6).readUIntBE(0, 6) / 2 ** 48;

/** The platform's bands as an admin last set them; the reference band fills any gap. */
async function payBands(db: Context["db"]) {
  const stored = await payBandsByCategory(db);
  return (category: Category) => {
    const band = stored.get(category) ?? referenceBandFor(category);
    return { minUsdPerHour: band.minUsdPerHour, maxUsdPerHour: band.maxUsdPerHour };
  };
}

const answerSchema = z
  .unknown()
  .refine((value) => value !== undefined, { message: "An answer is required." })
  .refine((value) => Buffer.byteLength(JSON.stringify(value) ?? "", "utf8") <= MAX_ANSWER_BYTES, {
    message: `An answer is at most ${MAX_ANSWER_BYTES / 1024} KB.`,
  });

/** A week: beyond any batch, and a bound on what a client can claim. */
const activeSecondsSchema = z
  .int()
  .min(0)
  .max(7 * 24 * 3600);
const itemIdSchema = z.string().min(1).max(40);
const batchInput = z.object({ batchId: z.uuid() });

const startBatchInput = z
  .object({
    taskType: taskTypeSchema,
    size: z.int().min(1).max(MAX_BATCH_SIZE).default(5),
    domain: domainSchema.optional(),
    language: codeLanguageSchema.optional(),
  })
  .refine((input) => !input.language || input.taskType === "code_review", {
    message: "Only code review items have a programming language.",
    path: ["language"],
  });

const draftInput = z.object({
  batchId: z.uuid(),
  itemId: itemIdSchema,
  answer: answerSchema,
  activeSeconds: activeSecondsSchema,
});

const submitInput = draftInput.extend({ submissionId: z.uuid() });

async function requireBatch(ctx: Context & { user: SessionUser }, batchId: string) {
  const batch = await findBatch(ctx.db, ctx.user.id, batchId);
  // Someone else's batch answers exactly as a missing one does.
  if (!batch) throw notFound("There is no such batch.");
  return batch;
}

function secondsSince(batch: PracticeBatch, now: Date): number {
  return (now.getTime() - Date.parse(batch.createdAt)) / 1000;
}

function requireItem(items: ReadonlyMap<string, StoredTaskItem>, id: string) {
  const stored = items.get(id);
  if (!stored) {
    throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: `Item ${id} is missing.` });
  }
  return stored.item;
}

async function feedbackFor(ctx: Context, attempt: StoredAttempt): Promise<AttemptFeedback> {
  const items = await findTaskItems(ctx.db, [attempt.itemId]);
  return attemptFeedback(ctx.db, attempt, requireItem(items, attempt.itemId));
}

export const practiceRouter = router({
  /** Every practice category with the worker's progress in it, and their latest batches. */
  overview: workerProcedure.query(async ({ ctx }) => {
    const [library, attempts, recent, bandOf] = await Promise.all([
      libraryFigures(ctx.db),
      attemptFiguresByType(ctx.db, ctx.user.id),
      recentBatches(ctx.db, ctx.user.id, RECENT_BATCHES),
      payBands(ctx.db),
    ]);
    return {
      categories: PRACTICE_CATEGORIES.map(({ category, taskTypes }) => ({
        category,
        label: CATEGORY_LABELS[category],
        band: bandOf(category),
        taskTypes: taskTypes.map((taskType) => {
          const items = library.get(taskType);
          const mine = attempts.get(taskType);
          return {
            taskType,
            label: TASK_TYPE_LABELS[taskType],
            itemCount: items?.itemCount ?? 0,
            attempted: mine?.attempted ?? 0,
            meanScore: mine?.meanScore ?? null,
            expectedMinutes: items ? Math.round(items.meanMinutes) : EXPECTED_MINUTES[taskType].min,
          };
        }),
      })),
      recentBatches: recent,
    };
  }),

  startBatch: workerProcedure.input(startBatchInput).mutation(async ({ ctx, input }) => {
    const candidates = await candidateItems(ctx.db, input);
    if (candidates.length < input.size) {
      throw notFound(
        candidates.length === 0
          ? "No items match that choice yet."
          : `Only ${candidates.length} items match that choice; start a batch of at most ${candidates.length}.`,
      );
    }
    const history = await practiceHistory(ctx.db, ctx.user.id, input.taskType);
    const versions = new Map(candidates.map((c) => [c.id, c.version]));
    const picked = pickBatchItems(
      candidates.map((c) => c.id),
      history,
      input.size,
      cryptoRandom,
    );
    const batchId = await createBatch(
      ctx.db,
      {
        userId: ctx.user.id,
        taskType: input.taskType,
        items: picked.map((id) => ({ id, version: versions.get(id) ?? 1 })),
      },
      ctx.now().toISOString(),
    );
    return { batchId };
  }),

  /** The batch as the worker works through it: prompts without gold, drafts, and what is done. */
  batch: workerProcedure.input(batchInput).query(async ({ ctx, input }) => {
    const batch = await requireBatch(ctx, input.batchId);
    const [members, attempts, drafts] = await Promise.all([
      batchItems(ctx.db, batch.id),
      batchAttempts(ctx.db, batch.id),
      batchDrafts(ctx.db, batch.id),
    ]);
    const items = await findTaskItems(
      ctx.db,
      members.map((m) => m.itemId),
    );
    const category = TASK_TYPE_CATEGORY[batch.taskType];
    return {
      id: batch.id,
      taskType: batch.taskType,
      category,
      createdAt: batch.createdAt,
      completedAt: batch.completedAt,
      band: (await payBands(ctx.db))(category),
      guidelineCategory: category,
      items: members.map((member) => {
        const item = requireItem(items, member.itemId);
        const attempt = attempts.get(member.itemId);
        return {
          position: member.position,
          itemId: item.id,
          title: item.title,
          difficulty: item.difficulty,
          expectedMinutes: item.expectedMinutes,
          guidelineRefs: [...item.guidelineRefs],
          status: attempt ? ("submitted" as const) : ("pending" as const),
          attemptId: attempt?.id ?? null,
          score: attempt?.score ?? null,
          view: publicView(item),
          draft: attempt ? null : (drafts.get(member.itemId) ?? null),
        };
      }),
    };
  }),

  saveDraft: workerProcedure.input(draftInput).mutation(async ({ ctx, input }) => {
    const batch = await requireBatch(ctx, input.batchId);
    const now = ctx.now();
    const result = await saveDraft(
      ctx.db,
      {
        batchId: batch.id,
        itemId: input.itemId,
        userId: ctx.user.id,
        answer: input.answer,
        activeSeconds: clampActiveSeconds(input.activeSeconds, secondsSince(batch, now)),
      },
      now.toISOString(),
    );
    if (result === "not_in_batch") throw notFound("That item is not part of this batch.");
    if (result === "submitted") throw conflict("That item is already submitted.");
    return { savedAt: now.toISOString() };
  }),

  /**
   * Scores an answer against the gold and stores it. Retrying with the same submission id
   * returns the stored feedback, so a client may resend after a dropped response.
   */
  submit: workerProcedure.input(submitInput).mutation(async ({ ctx, input }) => {
    const batch = await requireBatch(ctx, input.batchId);
    const retry = async () => {
      const previous = await findSubmission(ctx.db, input.submissionId);
      if (!previous) return null;
      const sameAnswer =
        previous.userId === ctx.user.id &&
        previous.attempt.batchId === batch.id &&
        previous.attempt.itemId === input.itemId;
      if (!sameAnswer) throw conflict("That submission id was already used for another answer.");
      return feedbackFor(ctx, previous.attempt);
    };
    const replay = await retry();
    if (replay) {
      // The ledger sync is idempotent; a retried submit repairs a line an earlier failure missed.
      await accruePracticeEarnings(ctx.db, ctx.user.id, batch.id);
      return replay;
    }

    const [members, attempts] = await Promise.all([
      batchItems(ctx.db, batch.id),
      batchAttempts(ctx.db, batch.id),
    ]);
    if (!members.some((m) => m.itemId === input.itemId)) {
      throw notFound("That item is not part of this batch.");
    }
    if (attempts.has(input.itemId)) throw conflict("That item is already submitted.");
    const item = requireItem(await findTaskItems(ctx.db, [input.itemId]), input.itemId);
    const parsed = parseAnswer(item, input.answer);
    if (!parsed.ok) {
      throw badInput(fieldErrorsOf(parsed.problems.map((p) => [p.path || "answer", p.message])));
    }
    const scored = scoreAttempt(item, parsed.answer);
    const now = ctx.now();
    const attemptId = await recordAttempt(
      ctx.db,
      {
        batchId: batch.id,
        batchSize: batch.size,
        itemId: item.id,
        userId: ctx.user.id,
        submissionId: input.submissionId,
        answer: parsed.answer,
        score: scored.score,
        breakdown: scored.breakdown,
        feedback: scored.feedback,
        activeSeconds: clampActiveSeconds(input.activeSeconds, secondsSince(batch, now)),
      },
      now.toISOString(),
    );
    if (attemptId === null) {
      // A concurrent request stored first: the same submission is a retry, another a conflict.
      const raced = await retry();
      if (raced) return raced;
      throw conflict("That item is already submitted.");
    }
    await accruePracticeEarnings(ctx.db, ctx.user.id, batch.id);
    const stored = await findAttempt(ctx.db, ctx.user.id, attemptId);
    if (!stored) throw notFound("There is no such attempt.");
    return attemptFeedback(ctx.db, stored, item);
  }),

  /** A stored attempt's feedback, gold and rationale included. */
  attempt: workerProcedure
    .input(z.object({ attemptId: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const attempt = await findAttempt(ctx.db, ctx.user.id, input.attemptId);
      if (!attempt) throw notFound("There is no such attempt.");
      return feedbackFor(ctx, attempt);
    }),

  /** How the batch went, and what the same work would have paid. */
  batchSummary: workerProcedure.input(batchInput).query(async ({ ctx, input }) => {
    const batch = await requireBatch(ctx, input.batchId);
    const [members, attempts] = await Promise.all([
      batchItems(ctx.db, batch.id),
      batchAttempts(ctx.db, batch.id),
    ]);
    const items = await findTaskItems(
      ctx.db,
      members.map((m) => m.itemId),
    );
    const rows = members.map((member) => {
      const item = requireItem(items, member.itemId);
      const attempt = attempts.get(member.itemId);
      return {
        itemId: item.id,
        title: item.title,
        attemptId: attempt?.id ?? null,
        score: attempt?.score ?? null,
        activeSeconds: attempt?.activeSeconds ?? null,
        expectedMinutes: item.expectedMinutes,
      };
    });
    const submitted = rows.filter((row) => row.attemptId !== null);
    const expectedMinutes = submitted.reduce((sum, row) => sum + row.expectedMinutes, 0);
    const category = TASK_TYPE_CATEGORY[batch.taskType];
    const band = (await payBands(ctx.db))(category);
    return {
      id: batch.id,
      taskType: batch.taskType,
      category,
      submitted: submitted.length,
      size: batch.size,
      accuracy: meanScore(submitted.map((row) => row.score ?? 0)),
      totalActiveSeconds: submitted.reduce((sum, row) => sum + (row.activeSeconds ?? 0), 0),
      expectedMinutes,
      band,
      wouldHavePaid: payForMinutes(expectedMinutes, band),
      items: rows,
    };
  }),
});
