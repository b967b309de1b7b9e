import type { Migration } from "kysely";
import type { Dialect } from "../connect.ts";
import { accountsMigration } from "./0001_accounts.ts";
import { drillsMigration } from "./0002_drills.ts";
import { practiceMigration } from "./0003_practice.ts";
import { ladderMigration } from "./0004_ladder.ts";
import { migrationContext } from "./context.ts";

/** Numbered migrations, in order; each runs unchanged on SQLite and PostgreSQL. */
export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  const context = migrationContext(dialect);
  return {
    "0001_accounts": accountsMigration(context),
    "0002_drills": drillsMigration,
    "0003_practice": practiceMigration,
    "0004_ladder": ladderMigration,
  };
}
