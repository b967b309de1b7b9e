import { randomUUID } from "node:crypto";
import type { PracticeHistory, ScoreComponent, TaskFeedback, TaskType } from "@rubric/core";
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/**
 * A worker's practice batches, their drafts and their attempts. Every read that starts from
 * a batch or an attempt id takes the owner's id too, so another worker's ids find nothing.
 */

export interface PracticeBatch {
  id: string;
  taskType: TaskType;
  size: number;
  createdAt: string;
  completedAt: string | null;
}

export interface StoredAttempt {
  id: string;
  batchId: string;
  itemId: string;
  submissionId: string;
  answer: unknown;
  score: number;
  breakdown: ScoreComponent[];
  feedback: TaskFeedback[];
  activeSeconds: number;
  submittedAt: string;
}

export interface StoredDraft {
  answer: unknown;
  activeSeconds: number;
  savedAt: string;
}

type AttemptRow = Database["practice_attempt"];

/** The one place an attempt's JSON columns are read back; the server wrote them. */
function decodeAttempt(row: AttemptRow): StoredAttempt {
  return {
    id: row.id,
    batchId: row.batch_id,
    itemId: row.item_id,
    submissionId: row.submission_id,
    answer: JSON.parse(row.answer),
    score: row.score,
    breakdown: JSON.parse(row.breakdown) as ScoreComponent[],
    feedback: JSON.parse(row.feedback) as TaskFeedback[],
    activeSeconds: row.active_seconds,
    submittedAt: row.submitted_at,
  };
}

export async function findBatch(
  db: Kysely<Database>,
  userId: string,
  batchId: string,
): Promise<PracticeBatch | undefined> {
  const row = await db
    .selectFrom("practice_batch")
    .select(["id", "task_type", "size", "created_at", "completed_at"])
    .where("id", "=", batchId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      taskType: row.task_type as TaskType,
      size: row.size,
      createdAt: row.created_at,
      completedAt: row.completed_at,
    }
  );
}

/** A batch's items in the order they were served; at most the batch size. */
export async function batchItems(db: Kysely<Database>, batchId: string) {
  const rows = await db
    .selectFrom("practice_batch_item")
    .select(["position", "item_id"])
    .where("batch_id", "=", batchId)
    .orderBy("position")
    .execute();
  return rows.map((row) => ({ position: row.position, itemId: row.item_id }));
}

/** Which items of a type the worker has been served and which they have answered. */
export async function practiceHistory(
  db: Kysely<Database>,
  userId: string,
  taskType: TaskType,
): Promise<PracticeHistory> {
  const rows = await db
    .selectFrom("practice_batch_item as bi")
    .innerJoin("practice_batch as b", "b.id", "bi.batch_id")
    .leftJoin("practice_attempt as a", (join) =>
      join.onRef("a.batch_id", "=", "bi.batch_id").onRef("a.item_id", "=", "bi.item_id"),
    )
    .select((eb) => ["bi.item_id", eb.fn.count("a.id").as("attempts")])
    .where("b.user_id", "=", userId)
    .where("b.task_type", "=", taskType)
    // One row per item, so the result is bounded by the library, not by the worker's history.
    .groupBy("bi.item_id")
    .execute();
  return {
    served: new Set(rows.map((row) => row.item_id)),
    attempted: new Set(rows.filter((row) => Number(row.attempts) > 0).map((row) => row.item_id)),
  };
}

export async function createBatch(
  db: Kysely<Database>,
  batch: { userId: string; taskType: TaskType; items: readonly { id: string; version: number }[] },
  now: string,
): Promise<string> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("practice_batch")
      .values({
        id,
        user_id: batch.userId,
        task_type: batch.taskType,
        size: batch.items.length,
        created_at: now,
        completed_at: null,
      })
      .execute();
    await trx
      .insertInto("practice_batch_item")
      .values(
        batch.items.map((item, index) => ({
          batch_id: id,
          position: index + 1,
          item_id: item.id,
          item_version: item.version,
        })),
      )
      .execute();
  });
  return id;
}

export async function batchAttempts(db: Kysely<Database>, batchId: string) {
  const rows = await db
    .selectFrom("practice_attempt")
    .selectAll()
    .where("batch_id", "=", batchId)
    .execute();
  return new Map(rows.map((row) => [row.item_id, decodeAttempt(row)]));
}

export async function batchDrafts(db: Kysely<Database>, batchId: string) {
  const rows = await db
    .selectFrom("practice_draft")
    .select(["item_id", "answer", "active_seconds", "saved_at"])
    .where("batch_id", "=", batchId)
    .execute();
  return new Map<string, StoredDraft>(
    rows.map((row) => [
      row.item_id,
      { answer: JSON.parse(row.answer), activeSeconds: row.active_seconds, savedAt: row.saved_at },
    ]),
  );
}

/** Saves a draft of an item still open in the batch; the batch's owner was checked by the caller. */
export async function saveDraft(
  db: Kysely<Database>,
  draft: {
    batchId: string;
    itemId: string;
    userId: string;
    answer: unknown;
    activeSeconds: number;
  },
  now: string,
): Promise<"saved" | "not_in_batch" | "submitted"> {
  return db.transaction().execute(async (trx) => {
    const member = await trx
      .selectFrom("practice_batch_item")
      .select("position")
      .where("batch_id", "=", draft.batchId)
      .where("item_id", "=", draft.itemId)
      .executeTakeFirst();
    if (!member) return "not_in_batch";
    const submitted = await trx
      .selectFrom("practice_attempt")
      .select("id")
      .where("batch_id", "=", draft.batchId)
      .where("item_id", "=", draft.itemId)
      .executeTakeFirst();
    if (submitted) return "submitted";
    const values = {
      answer: JSON.stringify(draft.answer),
      active_seconds: draft.activeSeconds,
      saved_at: now,
    };
    await trx
      .insertInto("practice_draft")
      .values({ ...values, batch_id: draft.batchId, item_id: draft.itemId, user_id: draft.userId })
      .onConflict((oc) => oc.columns(["batch_id", "item_id"]).doUpdateSet(values))
      .execute();
    return "saved";
  });
}

export async function findAttempt(db: Kysely<Database>, userId: string, attemptId: string) {
  const row = await db
    .selectFrom("practice_attempt")
    .selectAll()
    .where("id", "=", attemptId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row && decodeAttempt(row);
}

/** A stored submission by its client-chosen id, with its owner (a retry must come from them). */
export async function findSubmission(db: Kysely<Database>, submissionId: string) {
  const row = await db
    .selectFrom("practice_attempt")
    .selectAll()
    .where("submission_id", "=", submissionId)
    .executeTakeFirst();
  return row && { userId: row.user_id, attempt: decodeAttempt(row) };
}

export type NewAttempt = Omit<StoredAttempt, "id" | "submittedAt"> & {
  userId: string;
  batchSize: number;
};

/**
 * Stores the attempt, drops the item's draft and completes the batch with its last item, in
 * one transaction. Returns null when the submission id or the batch item already has an
 * attempt (a retry, a second tab): the caller decides which it was.
 */
export async function recordAttempt(
  db: Kysely<Database>,
  attempt: NewAttempt,
  now: string,
): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    const id = randomUUID();
    const inserted = await trx
      .insertInto("practice_attempt")
      .values({
        id,
        batch_id: attempt.batchId,
        item_id: attempt.itemId,
        user_id: attempt.userId,
        submission_id: attempt.submissionId,
        answer: JSON.stringify(attempt.answer),
        score: attempt.score,
        breakdown: JSON.stringify(attempt.breakdown),
        feedback: JSON.stringify(attempt.feedback),
        active_seconds: attempt.activeSeconds,
        submitted_at: now,
      })
      // Either unique key (submission id, batch item) may be the one taken.
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return null;
    await trx
      .deleteFrom("practice_draft")
      .where("batch_id", "=", attempt.batchId)
      .where("item_id", "=", attempt.itemId)
      .execute();
    const { submitted } = await trx
      .selectFrom("practice_attempt")
      .select((eb) => eb.fn.countAll().as("submitted"))
      .where("batch_id", "=", attempt.batchId)
      .executeTakeFirstOrThrow();
    if (Number(submitted) >= attempt.batchSize) {
      await trx
        .updateTable("practice_batch")
        .set({ completed_at: now })
        .where("id", "=", attempt.batchId)
        .where("completed_at", "is", null)
        .execute();
    }
    return id;
  });
}

/** Per task type: how many distinct items the worker has answered, and their mean score. */
export async function attemptFiguresByType(db: Kysely<Database>, userId: string) {
  const rows = await db
    .selectFrom("practice_attempt as a")
    .innerJoin("practice_batch as b", "b.id", "a.batch_id")
    .select((eb) => [
      "b.task_type",
      eb.fn.count("a.item_id").distinct().as("attempted"),
      eb.fn.avg("a.score").as("mean"),
    ])
    .where("a.user_id", "=", userId)
    .groupBy("b.task_type")
    .execute();
  return new Map(
    rows.map((row) => [
      row.task_type,
      { attempted: Number(row.attempted), meanScore: row.mean === null ? null : Number(row.mean) },
    ]),
  );
}

/** The worker's latest batches with how far each got. */
export async function recentBatches(db: Kysely<Database>, userId: string, limit: number) {
  const batches = await db
    .selectFrom("practice_batch")
    .select(["id", "task_type", "size", "created_at", "completed_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  if (batches.length === 0) return [];
  const figures = await db
    .selectFrom("practice_attempt")
    .select((eb) => ["batch_id", eb.fn.countAll().as("submitted"), eb.fn.avg("score").as("mean")])
    .where(
      "batch_id",
      "in",
      batches.map((batch) => batch.id),
    )
    .groupBy("batch_id")
    .execute();
  const byBatch = new Map(figures.map((row) => [row.batch_id, row]));
  return batches.map((batch) => {
    const figure = byBatch.get(batch.id);
    return {
      id: batch.id,
      taskType: batch.task_type as TaskType,
      createdAt: batch.created_at,
      completedAt: batch.completed_at,
      size: batch.size,
      submitted: Number(figure?.submitted ?? 0),
      meanScore: figure?.mean == null ? null : Number(figure.mean),
    };
  });
}
