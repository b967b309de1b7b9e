import { randomBytes } from "node:crypto";
import { getMigrations } from "better-auth/db/migration";
import { Migrator } from "kysely";
import { type AuthOptions, authConfig } from "../auth/auth.ts";
import type { DatabaseHandle } from "./connect.ts";
import { migrationsFor } from "./migrations/index.ts";

/**
 * Brings the schema up to date: better-auth's tables first, because ours reference
 * `user.id`, then our numbered migrations through Kysely's Migrator (which holds a lock,
 * so several processes starting at once migrate once).
 */
export async function migrateDatabase(
  handle: DatabaseHandle,
  authOptions: Omit<AuthOptions, "secret">,
): Promise<void> {
  const { runMigrations } = await getMigrations(
    authConfig(handle, { ...authOptions, secret: "schema-inspection-only" }),
  );
  await runMigrations();
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => migrationsFor(handle.dialect) },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ""} failed: ${String(error)}`);
  }
}

/** The session-signing secret: from the environment, else generated once and stored. */
export async function authSecret(handle: DatabaseHandle, fromEnv: string | undefined) {
  if (fromEnv) return fromEnv;
  await handle.db
    .insertInto("platform_secret")
    .values({ name: "auth", value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await handle.db
    .selectFrom("platform_secret")
    .select("value")
    .where("name", "=", "auth")
    .executeTakeFirstOrThrow();
  return row.value;
}
