import type { ColumnDataType, Expression } from "kysely";
import { sql } from "kysely";
import type { Dialect } from "../connect.ts";

/** The few column types that differ between SQLite and PostgreSQL. */
export interface MigrationContext {
  dialect: Dialect;
  idColumn: ColumnDataType | Expression<unknown>;
}

export function migrationContext(dialect: Dialect): MigrationContext {
  return {
    dialect,
    // SQLite's INTEGER PRIMARY KEY is already an auto-incrementing rowid alias.
    idColumn: dialect === "postgres" ? "serial" : sql`integer`,
  };
}
