import type { Migration } from "kysely";
import { accountsMigration } from "./0001_accounts.ts";
import { migrationContext } from "./context.ts";
import type { Dialect } from "../connect.ts";

/** Numbered migrations, in order; each runs unchanged on SQLite and PostgreSQL. */
export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  const context = migrationContext(dialect);
  return {
    "0001_accounts": accountsMigration(context),
  };
}
