import {
  type AssessmentOutcome,
  type Category,
  type Domain,
  type DrillKind,
  type LadderRows,
  type ScoredGoldItem,
  type StoredQualification,
  type SubmittedDrill,
  stepKey,
} from "@rubric/core";
import type { Kysely } from "kysely";
import type { AssessmentKind } from "./assessments.ts";
import type { Database } from "./schema.ts";

/**
 * What the ladder decides from, read from the tables other features write: assessment
 * attempts, practice attempts, drills, and the qualifications stored here.
 */

/**
 * Most results read per ladder step and source: every window the rules use is shorter
 * (the default rules read at most the latest 100), so older results cannot change a state.
 */
export const RESULTS_PER_STEP = 500;

const date = (iso: string) => new Date(iso);

async function assessmentOutcomes(db: Kysely<Database>, userId: string) {
  const rows = await db
    .selectFrom("assessment_attempt")
    .select(["kind", "category", "domain", "passed", "overall", "submitted_at"])
    .where("user_id", "=", userId)
    .where("submitted_at", "is not", null)
    .orderBy("submitted_at", "desc")
    .limit(RESULTS_PER_STEP)
    .execute();
  return rows.map(
    (row): AssessmentOutcome => ({
      kind: row.kind as AssessmentKind,
      category: row.category as Category | null,
      domain: row.domain as Domain | null,
      passed: row.passed === 1,
      score: row.overall ?? 0,
      at: date(row.submitted_at ?? ""),
    }),
  );
}

/** Scored practice attempts, the latest per category and domain. */
async function practiceGold(db: Kysely<Database>, userId: string): Promise<ScoredGoldItem[]> {
  const ranked = db
    .selectFrom("practice_attempt as a")
    .innerJoin("task_item as i", "i.id", "a.item_id")
    .select(["i.category", "i.domain", "a.score", "a.submitted_at"])
    .select((eb) =>
      eb.fn
        .agg<number>("row_number")
        .over((over) =>
          over.partitionBy(["i.category", "i.domain"]).orderBy("a.submitted_at", "desc"),
        )
        .as("place"),
    )
    .where("a.user_id", "=", userId);
  const rows = await db
    .selectFrom(ranked.as("ranked"))
    .selectAll()
    .where("place", "<=", RESULTS_PER_STEP)
    .execute();
  return rows.map((row) => ({
    category: row.category as Category,
    domain: row.domain as Domain | null,
    score: row.score,
    at: date(row.submitted_at),
  }));
}

/** Answered items of graded assessments; an item left unanswered is no evidence of accuracy. */
async function assessmentGold(db: Kysely<Database>, userId: string): Promise<ScoredGoldItem[]> {
  const rows = await db
    .selectFrom("assessment_item as i")
    .innerJoin("assessment_attempt as a", "a.id", "i.attempt_id")
    .select(["i.category", "i.domain", "i.score", "a.submitted_at"])
    .where("a.user_id", "=", userId)
    .where("a.submitted_at", "is not", null)
    .where("i.score", "is not", null)
    .orderBy("a.submitted_at", "desc")
    .limit(RESULTS_PER_STEP)
    .execute();
  return rows.map((row) => ({
    category: row.category as Category,
    domain: row.domain as Domain | null,
    score: row.score ?? 0,
    at: date(row.submitted_at ?? ""),
  }));
}

async function submittedDrills(db: Kysely<Database>, userId: string): Promise<SubmittedDrill[]> {
  const rows = await db
    .selectFrom("drill")
    .select(["kind", "accuracy", "f1", "flagged", "submitted_at"])
    .where("user_id", "=", userId)
    .where("submitted_at", "is not", null)
    .orderBy("submitted_at", "desc")
    .limit(RESULTS_PER_STEP)
    .execute();
  return rows.map((row) => ({
    kind: row.kind as DrillKind,
    accuracy: row.accuracy,
    f1: row.f1,
    flagged: row.flagged === 1,
    at: date(row.submitted_at ?? ""),
  }));
}

async function storedQualifications(
  db: Kysely<Database>,
  userId: string,
): Promise<StoredQualification[]> {
  const rows = await db
    .selectFrom("qualification")
    .select(["category", "domain", "qualified_at"])
    .where("user_id", "=", userId)
    .execute();
  return rows.map((row) => ({
    category: row.category as Category,
    domain: row.domain as Domain | null,
    at: date(row.qualified_at),
  }));
}

/** Everything the ladder reads about one worker, as rows for `assembleLadderHistory`. */
export async function ladderRows(db: Kysely<Database>, userId: string): Promise<LadderRows> {
  const [assessments, practice, tested, drills, qualifications] = await Promise.all([
    assessmentOutcomes(db, userId),
    practiceGold(db, userId),
    assessmentGold(db, userId),
    submittedDrills(db, userId),
    storedQualifications(db, userId),
  ]);
  return { assessments, gold: [...practice, ...tested], drills, qualifications };
}

/**
 * Stores qualifications the ladder granted. A step already stored keeps its first date:
 * two processes granting the same step at once store it once.
 */
export async function recordQualifications(
  db: Kysely<Database>,
  userId: string,
  granted: readonly (StoredQualification & { evidence: unknown })[],
): Promise<void> {
  if (granted.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const q of granted) {
      await trx
        .insertInto("qualification")
        .values({
          user_id: userId,
          step_key: stepKey({ category: q.category, domain: q.domain }),
          category: q.category,
          domain: q.domain,
          qualified_at: q.at.toISOString(),
          evidence: JSON.stringify(q.evidence),
        })
        .onConflict((oc) => oc.columns(["user_id", "step_key"]).doNothing())
        .execute();
    }
  });
}

/** The worker's latest practice attempts and drills, newest first, `limit` of each. */
export async function recentWork(db: Kysely<Database>, userId: string, limit: number) {
  const [practice, drills] = await Promise.all([
    db
      .selectFrom("practice_attempt as a")
      .innerJoin("task_item as i", "i.id", "a.item_id")
      .select(["a.id", "i.title", "a.score", "a.submitted_at"])
      .where("a.user_id", "=", userId)
      .orderBy("a.submitted_at", "desc")
      .limit(limit)
      .execute(),
    db
      .selectFrom("drill")
      .select(["id", "kind", "set_id", "accuracy", "f1", "flagged", "submitted_at"])
      .where("user_id", "=", userId)
      .where("submitted_at", "is not", null)
      .orderBy("submitted_at", "desc")
      .limit(limit)
      .execute(),
  ]);
  return {
    practice: practice.map((row) => ({ ...row, at: row.submitted_at })),
    drills: drills.map((row) => ({
      id: row.id,
      kind: row.kind as DrillKind,
      set: row.set_id,
      accuracy: row.accuracy,
      f1: row.f1,
      flagged: row.flagged === 1,
      at: row.submitted_at ?? "",
    })),
  };
}
