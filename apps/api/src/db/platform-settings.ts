import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** Named platform-wide values every API process reads from the database, never from memory. */

export async function readSetting(db: Kysely<Database>, name: string): Promise<string | null> {
  const row = await db
    .selectFrom("platform_setting")
    .select("value")
    .where("name", "=", name)
    .executeTakeFirst();
  return row?.value ?? null;
}

export async function writeSetting(
  db: Kysely<Database>,
  name: string,
  value: string,
  now: string,
): Promise<void> {
  await db
    .insertInto("platform_setting")
    .values({ name, value, updated_at: now })
    .onConflict((oc) => oc.column("name").doUpdateSet({ value, updated_at: now }))
    .execute();
}
