import type { DrillKind, DrillResult, PlausibilityFlag } from "@rubric/core";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database, DrillRow } from "./schema.ts";
import { changeSkillProfile, type StoredSkill } from "./skill-profiles.ts";

/** What a drill was built from, so it can be traced back to the content. */
export const contentRefSchema = z.object({
  passageIds: z.array(z.string()).optional(),
  clipId: z.string().optional(),
  itemId: z.string().optional(),
  /** The random seed a generated drill was built with. */
  seed: z.number().int().optional(),
});
export type ContentRef = z.infer<typeof contentRefSchema>;

export interface NewDrill {
  id: string;
  userId: string;
  kind: DrillKind;
  setId: string | null;
  mode: string | null;
  durationSec: number | null;
  precision: boolean;
  contentRef: ContentRef;
  target: string;
  issuedAt: string;
}

export interface StoredDrill extends NewDrill {
  submittedAt: string | null;
  result: DrillResult | null;
}

/** The numbers bests and history are ranked by, kept as columns. */
export interface HeadlineMetrics {
  netWpm: number | null;
  accuracy: number | null;
  cer: number | null;
  f1: number | null;
}

/** Results are written by this module only, so their JSON is trusted on the way back. */
function decodeDrill(row: DrillRow): StoredDrill {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind as DrillKind,
    setId: row.set_id,
    mode: row.mode,
    durationSec: row.duration_sec,
    precision: row.precision === 1,
    contentRef: contentRefSchema.catch({}).parse(JSON.parse(row.content_ref)),
    target: row.target,
    issuedAt: row.issued_at,
    submittedAt: row.submitted_at,
    result: row.result === null ? null : (JSON.parse(row.result) as DrillResult),
  };
}

export async function insertDrill(db: Kysely<Database>, drill: NewDrill): Promise<void> {
  await db
    .insertInto("drill")
    .values({
      id: drill.id,
      user_id: drill.userId,
      kind: drill.kind,
      set_id: drill.setId,
      mode: drill.mode,
      duration_sec: drill.durationSec,
      precision: drill.precision ? 1 : 0,
      content_ref: JSON.stringify(drill.contentRef),
      target: drill.target,
      issued_at: drill.issuedAt,
    })
    .execute();
}

/** The worker's own drill; another worker's id reads as unknown. */
export async function findDrill(
  db: Kysely<Database>,
  userId: string,
  drillId: string,
): Promise<StoredDrill | null> {
  const row = await db
    .selectFrom("drill")
    .selectAll()
    .where("id", "=", drillId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row ? decodeDrill(row) : null;
}

/** When the worker last submitted any drill, for the overlap check. */
export async function lastSubmissionAt(
  db: Kysely<Database>,
  userId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("drill")
    .select("submitted_at")
    .where("user_id", "=", userId)
    .where("submitted_at", "is not", null)
    .orderBy("submitted_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.submitted_at ?? null;
}

export interface Submission {
  result: DrillResult;
  metrics: HeadlineMetrics;
  /** Folds the drill into the worker's profile; null when the result must not teach it. */
  learn: ((current: StoredSkill) => StoredSkill) | null;
}

/**
 * Stores a drill's result and what the profile learns from it, in one transaction.
 * Returns false, writing nothing, when the drill was already submitted: the guard is in
 * the update itself, so two submissions racing each other cannot both land.
 */
export async function recordSubmission(
  db: Kysely<Database>,
  userId: string,
  drillId: string,
  submission: Submission,
): Promise<boolean> {
  const { result, metrics } = submission;
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("drill")
      .set({
        submitted_at: result.submittedAt,
        result: JSON.stringify(result),
        flagged: result.flagged ? 1 : 0,
        flags: JSON.stringify(result.flags satisfies PlausibilityFlag[]),
        net_wpm: metrics.netWpm,
        accuracy: metrics.accuracy,
        cer: metrics.cer,
        f1: metrics.f1,
      })
      .where("id", "=", drillId)
      .where("user_id", "=", userId)
      .where("submitted_at", "is", null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    if (submission.learn)
      await changeSkillProfile(trx, userId, result.submittedAt, submission.learn);
    return true;
  });
}

/** Most drills the history returns; also a bound on the bests query's groups. */
export const HISTORY_LIMIT = 200;

export interface HistoryEntry extends HeadlineMetrics {
  drillId: string;
  kind: DrillKind;
  set: string | null;
  mode: string | null;
  at: string;
  flagged: boolean;
}

/** The worker's last submitted drills, oldest first. */
export async function drillHistory(db: Kysely<Database>, userId: string): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom("drill")
    .select([
      "id",
      "kind",
      "set_id",
      "mode",
      "submitted_at",
      "net_wpm",
      "accuracy",
      "cer",
      "f1",
      "flagged",
    ])
    .where("user_id", "=", userId)
    .where("submitted_at", "is not", null)
    .orderBy("issued_at", "desc")
    .orderBy("id")
    .limit(HISTORY_LIMIT)
    .execute();
  return rows.reverse().map((row) => ({
    drillId: row.id,
    kind: row.kind as DrillKind,
    set: row.set_id,
    mode: row.mode,
    at: row.submitted_at ?? "",
    netWpm: row.net_wpm,
    accuracy: row.accuracy,
    cer: row.cer,
    f1: row.f1,
    flagged: row.flagged === 1,
  }));
}

export interface BestEntry {
  kind: DrillKind;
  mode: string | null;
  set: string | null;
  durationSec: number | null;
  netWpm: number | null;
  accuracy: number | null;
  f1: number | null;
  drillId: string;
  at: string;
}

/**
 * The best unflagged result per kind, mode, set and duration: by net WPM for typing, F1
 * for proofreading, accuracy for transcription; the earliest wins a tie.
 */
export async function drillBests(db: Kysely<Database>, userId: string): Promise<BestEntry[]> {
  const ranked = db
    .selectFrom("drill")
    .select([
      "id",
      "kind",
      "mode",
      "set_id",
      "duration_sec",
      "net_wpm",
      "accuracy",
      "f1",
      "submitted_at",
    ])
    .select((eb) =>
      eb.fn
        .agg<number>("row_number")
        .over((over) =>
          over
            .partitionBy(["kind", "mode", "set_id", "duration_sec"])
            .orderBy(
              eb
                .case()
                .when("kind", "in", ["typing", "typing_weak_spots"])
                .then(eb.ref("net_wpm"))
                .when("kind", "=", "proofreading")
                .then(eb.ref("f1"))
                .else(eb.ref("accuracy"))
                .end(),
              "desc",
            )
            .orderBy("submitted_at", "asc"),
        )
        .as("place"),
    )
    .where("user_id", "=", userId)
    .where("flagged", "=", 0)
    .where("submitted_at", "is not", null);
  const rows = await db
    .selectFrom(ranked.as("ranked"))
    .selectAll()
    .where("place", "=", 1)
    .orderBy("kind")
    .orderBy("set_id")
    .orderBy("mode")
    .orderBy("duration_sec")
    .limit(HISTORY_LIMIT)
    .execute();
  return rows.map((row) => ({
    kind: row.kind as DrillKind,
    mode: row.mode,
    set: row.set_id,
    durationSec: row.duration_sec,
    netWpm: row.net_wpm,
    accuracy: row.accuracy,
    f1: row.f1,
    drillId: row.id,
    at: row.submitted_at ?? "",
  }));
}
