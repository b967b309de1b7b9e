import {
  type AssessmentBlueprint,
  type AssessmentItemKind,
  assessmentBlueprintSchema,
  type Category,
  type Domain,
  type SectionTiming,
} from "@rubric/core";
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/**
 * Assessment attempts: the items drawn, when each section opened and closed, the answers
 * saved, and the grade. Every read that starts from an attempt id takes the owner's id too,
 * so another worker's attempt reads as missing.
 */

export type AssessmentKind = "core" | "qualification";

export interface DrawnItem {
  ref: string;
  sectionId: string;
  position: number;
  kind: AssessmentItemKind;
  title: string;
  category: Category;
  domain: Domain | null;
  /** Set when graded, for answered items only. */
  score: number | null;
}

export interface AttemptSummary {
  id: string;
  kind: AssessmentKind;
  category: Category | null;
  domain: Domain | null;
  blueprint: AssessmentBlueprint;
  startedAt: Date;
  submittedAt: Date | null;
  overall: number | null;
  passed: boolean | null;
}

export interface StoredAttempt extends AttemptSummary {
  sections: SectionTiming[];
  items: DrawnItem[];
}

type AttemptRow = Database["assessment_attempt"];

const at = (iso: string | null) => (iso === null ? null : new Date(iso));

/** The one place an attempt row is read back; its blueprint was written by this module. */
function decodeAttempt(row: AttemptRow): AttemptSummary {
  return {
    id: row.id,
    kind: row.kind as AssessmentKind,
    category: row.category as Category | null,
    domain: row.domain as Domain | null,
    blueprint: assessmentBlueprintSchema.parse(JSON.parse(row.blueprint)),
    startedAt: new Date(row.started_at),
    submittedAt: at(row.submitted_at),
    overall: row.overall,
    passed: row.passed === null ? null : row.passed === 1,
  };
}

export async function findAttempt(
  db: Kysely<Database>,
  userId: string,
  attemptId: string,
): Promise<StoredAttempt | undefined> {
  const row = await db
    .selectFrom("assessment_attempt")
    .selectAll()
    .where("id", "=", attemptId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return undefined;
  const [sections, items] = await Promise.all([
    db
      .selectFrom("assessment_section")
      .selectAll()
      .where("attempt_id", "=", row.id)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("assessment_item")
      .selectAll()
      .where("attempt_id", "=", row.id)
      .orderBy("position")
      .execute(),
  ]);
  return {
    ...decodeAttempt(row),
    sections: sections.map((s) => ({
      id: s.section_id,
      openedAt: at(s.opened_at),
      closedAt: at(s.closed_at),
    })),
    items: items.map((i) => ({
      ref: i.item_ref,
      sectionId: i.section_id,
      position: i.position,
      kind: i.kind as AssessmentItemKind,
      title: i.title,
      category: i.category as Category,
      domain: i.domain as Domain | null,
      score: i.score,
    })),
  };
}

/** Most attempts a worker's list shows; far beyond what cooldowns allow anyone to take. */
export const ATTEMPT_LIST_LIMIT = 200;

/** The worker's attempts, newest first. */
export async function listAttempts(
  db: Kysely<Database>,
  userId: string,
): Promise<AttemptSummary[]> {
  const rows = await db
    .selectFrom("assessment_attempt")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("started_at", "desc")
    .orderBy("id", "desc")
    .limit(ATTEMPT_LIST_LIMIT)
    .execute();
  return rows.map(decodeAttempt);
}

export interface NewAttempt {
  id: string;
  userId: string;
  kind: AssessmentKind;
  category: Category | null;
  domain: Domain | null;
  blueprint: AssessmentBlueprint;
  startedAt: Date;
  sections: readonly SectionTiming[];
  items: readonly Omit<DrawnItem, "score">[];
}

/**
 * Stores a new attempt with its sections and items in one transaction. Returns false,
 * writing nothing, when the worker already has an open attempt (the database's one-open-
 * attempt index decides, so two racing starts cannot both land).
 */
export async function createAttempt(db: Kysely<Database>, attempt: NewAttempt): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("assessment_attempt")
      .values({
        id: attempt.id,
        user_id: attempt.userId,
        kind: attempt.kind,
        category: attempt.category,
        domain: attempt.domain,
        blueprint: JSON.stringify(attempt.blueprint),
        started_at: attempt.startedAt.toISOString(),
        submitted_at: null,
        overall: null,
        passed: null,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
    await trx
      .insertInto("assessment_section")
      .values(
        attempt.sections.map((s, position) => ({
          attempt_id: attempt.id,
          section_id: s.id,
          position,
          opened_at: s.openedAt?.toISOString() ?? null,
          closed_at: s.closedAt?.toISOString() ?? null,
        })),
      )
      .execute();
    await trx
      .insertInto("assessment_item")
      .values(
        attempt.items.map((item) => ({
          attempt_id: attempt.id,
          item_ref: item.ref,
          section_id: item.sectionId,
          position: item.position,
          kind: item.kind,
          title: item.title,
          category: item.category,
          domain: item.domain,
          score: null,
        })),
      )
      .execute();
    return true;
  });
}

/** The refs drawn in the worker's latest attempt at the same assessment, to avoid next time. */
export async function previousItemRefs(
  db: Kysely<Database>,
  userId: string,
  placement: { kind: AssessmentKind; category: Category | null; domain: Domain | null },
): Promise<string[]> {
  let query = db
    .selectFrom("assessment_attempt")
    .select("id")
    .where("user_id", "=", userId)
    .where("kind", "=", placement.kind);
  query =
    placement.category === null
      ? query.where("category", "is", null)
      : query.where("category", "=", placement.category);
  query =
    placement.domain === null
      ? query.where("domain", "is", null)
      : query.where("domain", "=", placement.domain);
  const latest = await query.orderBy("started_at", "desc").limit(1).executeTakeFirst();
  if (!latest) return [];
  const rows = await db
    .selectFrom("assessment_item")
    .select("item_ref")
    .where("attempt_id", "=", latest.id)
    .execute();
  return rows.map((row) => row.item_ref);
}

/** Saved answers of an attempt, by item ref; the caller has checked the attempt is the worker's. */
export async function attemptAnswers(
  db: Kysely<Database>,
  attemptId: string,
): Promise<Map<string, { answer: unknown; savedAt: string }>> {
  const rows = await db
    .selectFrom("assessment_answer")
    .select(["item_ref", "answer", "saved_at"])
    .where("attempt_id", "=", attemptId)
    .execute();
  return new Map(
    rows.map((row) => [row.item_ref, { answer: JSON.parse(row.answer), savedAt: row.saved_at }]),
  );
}

/**
 * Saves an answer while its section is still the open one. The section's state is checked
 * inside the write's transaction, so an answer racing an advance or a submit cannot land in
 * a closed section. Returns false, writing nothing, when it would have.
 */
export async function saveAnswer(
  db: Kysely<Database>,
  answer: { attemptId: string; sectionId: string; itemRef: string; answer: unknown },
  now: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const open = await trx
      .selectFrom("assessment_section as s")
      .innerJoin("assessment_attempt as a", "a.id", "s.attempt_id")
      .select("s.section_id")
      .where("s.attempt_id", "=", answer.attemptId)
      .where("s.section_id", "=", answer.sectionId)
      .where("s.opened_at", "is not", null)
      .where("s.closed_at", "is", null)
      .where("a.submitted_at", "is", null)
      .executeTakeFirst();
    if (!open) return false;
    const values = { answer: JSON.stringify(answer.answer), saved_at: now };
    await trx
      .insertInto("assessment_answer")
      .values({ attempt_id: answer.attemptId, item_ref: answer.itemRef, ...values })
      .onConflict((oc) => oc.columns(["attempt_id", "item_ref"]).doUpdateSet(values))
      .execute();
    return true;
  });
}

/**
 * Closes the open section and opens the next one, in one transaction. Returns false when
 * the section was no longer open (a second tab moved on first).
 */
export async function advanceSection(
  db: Kysely<Database>,
  attemptId: string,
  move: { close: string; open: string },
  now: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const closed = await trx
      .updateTable("assessment_section")
      .set({ closed_at: now })
      .where("attempt_id", "=", attemptId)
      .where("section_id", "=", move.close)
      .where("closed_at", "is", null)
      .executeTakeFirst();
    if (Number(closed.numUpdatedRows) !== 1) return false;
    await trx
      .updateTable("assessment_section")
      .set({ opened_at: now })
      .where("attempt_id", "=", attemptId)
      .where("section_id", "=", move.open)
      .where("opened_at", "is", null)
      .execute();
    return true;
  });
}

export interface Grade {
  submittedAt: Date;
  overall: number;
  passed: boolean;
  /** Scores of the answered items, by ref. */
  scores: ReadonlyMap<string, number>;
}

/**
 * Stores the grade, the item scores and the closing of the open section in one
 * transaction. Returns false, writing nothing, when the attempt was already submitted.
 */
export async function recordGrade(
  db: Kysely<Database>,
  attemptId: string,
  grade: Grade,
): Promise<boolean> {
  const submittedAt = grade.submittedAt.toISOString();
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("assessment_attempt")
      .set({ submitted_at: submittedAt, overall: grade.overall, passed: grade.passed ? 1 : 0 })
      .where("id", "=", attemptId)
      .where("submitted_at", "is", null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    for (const [ref, score] of grade.scores) {
      await trx
        .updateTable("assessment_item")
        .set({ score })
        .where("attempt_id", "=", attemptId)
        .where("item_ref", "=", ref)
        .execute();
    }
    await trx
      .updateTable("assessment_section")
      .set({ closed_at: submittedAt })
      .where("attempt_id", "=", attemptId)
      .where("opened_at", "is not", null)
      .where("closed_at", "is", null)
      .execute();
    return true;
  });
}

/** The worker's attempts still open, oldest first: at most one, by the open-attempt index. */
export async function openAttemptIds(db: Kysely<Database>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("assessment_attempt")
    .select("id")
    .where("user_id", "=", userId)
    .where("submitted_at", "is", null)
    .orderBy("started_at")
    .limit(10)
    .execute();
  return rows.map((row) => row.id);
}
