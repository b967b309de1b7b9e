import {
  emptyPracticeTotals,
  emptySkillProfile,
  type PracticeTotals,
  practiceTotalsSchema,
  type SkillProfile,
  skillProfileSchema,
} from "@rubric/core";
import type { Kysely, Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "./schema.ts";

/** A worker's skill profile (what adaptive drills aim at) and their running tallies. */
export interface StoredSkill {
  skill: SkillProfile;
  totals: PracticeTotals;
}

function emptyStoredSkill(): StoredSkill {
  return { skill: emptySkillProfile(), totals: emptyPracticeTotals() };
}

// A profile that no longer parses (a schema change) starts over rather than failing drills.
const storedSkillColumn = z
  .object({ skill: skillProfileSchema, totals: practiceTotalsSchema })
  .catch(() => emptyStoredSkill());

function decode(text: string | undefined): StoredSkill {
  if (text === undefined) return emptyStoredSkill();
  try {
    return storedSkillColumn.parse(JSON.parse(text));
  } catch {
    return emptyStoredSkill();
  }
}

export async function findSkillProfile(db: Kysely<Database>, userId: string): Promise<StoredSkill> {
  const row = await db
    .selectFrom("skill_profile")
    .select("profile")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return decode(row?.profile);
}

/**
 * Applies `change` to the stored profile inside the caller's transaction. The row is
 * written (created or touched) before it is read, so a concurrent submission by the same
 * worker waits for this one to commit and then folds its drill into the result, on
 * PostgreSQL as on SQLite.
 */
export async function changeSkillProfile(
  trx: Transaction<Database>,
  userId: string,
  now: string,
  change: (current: StoredSkill) => StoredSkill,
): Promise<void> {
  await trx
    .insertInto("skill_profile")
    .values({ user_id: userId, profile: JSON.stringify(emptyStoredSkill()), updated_at: now })
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ updated_at: now }))
    .execute();
  const row = await trx
    .selectFrom("skill_profile")
    .select("profile")
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  await trx
    .updateTable("skill_profile")
    .set({ profile: JSON.stringify(change(decode(row.profile))), updated_at: now })
    .where("user_id", "=", userId)
    .execute();
}
