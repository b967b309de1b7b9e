import { type WorkerProfile, workerGoalSchema } from "@rubric/core";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "./schema.ts";

export interface StoredWorkerProfile extends WorkerProfile {
  onboardedAt: string | null;
  updatedAt: string;
  capabilities: string[];
}

const goalsColumn = z.array(workerGoalSchema).catch([]);

export async function findWorkerProfile(
  db: Kysely<Database>,
  userId: string,
): Promise<StoredWorkerProfile | null> {
  const row = await db
    .selectFrom("worker_profile")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return null;
  const [domains, languages, capabilities] = await Promise.all([
    db
      .selectFrom("worker_domain")
      .select("domain")
      .where("user_id", "=", userId)
      .orderBy("domain")
      .execute(),
    db
      .selectFrom("worker_language")
      .select("language")
      .where("user_id", "=", userId)
      .orderBy("language")
      .execute(),
    db.selectFrom("worker_capability").select("capability").where("user_id", "=", userId).execute(),
  ]);
  return {
    displayName: row.display_name,
    headline: row.headline,
    domains: domains.map((d) => d.domain) as WorkerProfile["domains"],
    yearsExperience: row.years_experience,
    languages: languages.map((l) => l.language),
    weeklyHours: row.weekly_hours,
    timezone: row.timezone,
    goals: goalsColumn.parse(safeJson(row.goals)),
    visibleToRecruiters: row.visible_to_recruiters === 1,
    onboardedAt: row.onboarded_at,
    updatedAt: row.updated_at,
    capabilities: capabilities.map((c) => c.capability),
  };
}

/**
 * Writes the whole profile, its domains and its languages in one transaction, so a
 * failure leaves the previous profile intact. `onboard` stamps the first completion.
 */
export async function saveWorkerProfile(
  db: Kysely<Database>,
  userId: string,
  profile: WorkerProfile,
  options: { onboard: boolean },
): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("worker_profile")
      .select("onboarded_at")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    const onboardedAt = existing?.onboarded_at ?? (options.onboard ? now : null);
    const values = {
      display_name: profile.displayName,
      headline: profile.headline,
      years_experience: profile.yearsExperience,
      weekly_hours: profile.weeklyHours,
      timezone: profile.timezone,
      goals: JSON.stringify(profile.goals),
      visible_to_recruiters: profile.visibleToRecruiters ? 1 : 0,
      onboarded_at: onboardedAt,
      updated_at: now,
    };
    await trx
      .insertInto("worker_profile")
      .values({ ...values, user_id: userId })
      .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
      .execute();
    // Lists are replaced wholesale: simpler than diffing, and both are at most ten rows.
    await trx.deleteFrom("worker_domain").where("user_id", "=", userId).execute();
    await trx.deleteFrom("worker_language").where("user_id", "=", userId).execute();
    const domains = [...new Set(profile.domains)].map((domain) => ({ user_id: userId, domain }));
    const languages = [...new Set(profile.languages)].map((language) => ({
      user_id: userId,
      language,
    }));
    if (domains.length > 0) await trx.insertInto("worker_domain").values(domains).execute();
    if (languages.length > 0) await trx.insertInto("worker_language").values(languages).execute();
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
