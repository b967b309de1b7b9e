import type { Kysely } from "kysely";
import type { MigrationContext } from "./context.ts";

/** Profiles, organizations and earned capabilities; better-auth's tables exist already. */
export function accountsMigration({ idColumn }: MigrationContext) {
  return {
    async up(db: Kysely<unknown>) {
      // Secrets every API process must agree on (session signing) live here, not in memory.
      await db.schema
        .createTable("platform_secret")
        .addColumn("name", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("worker_profile")
        .addColumn("user_id", "text", (c) =>
          c.primaryKey().references("user.id").onDelete("cascade"),
        )
        .addColumn("display_name", "text", (c) => c.notNull())
        .addColumn("headline", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("years_experience", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("weekly_hours", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("timezone", "text", (c) => c.notNull().defaultTo("UTC"))
        .addColumn("goals", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("visible_to_recruiters", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("onboarded_at", "text")
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();

      for (const [table, column] of [
        ["worker_domain", "domain"],
        ["worker_language", "language"],
      ] as const) {
        await db.schema
          .createTable(table)
          .addColumn("user_id", "text", (c) =>
            c.notNull().references("user.id").onDelete("cascade"),
          )
          .addColumn(column, "text", (c) => c.notNull())
          .addPrimaryKeyConstraint(`${table}_pk`, ["user_id", column])
          .execute();
        // Recruiter search filters by the value, so it needs its own index.
        await db.schema.createIndex(`${table}_${column}_idx`).on(table).column(column).execute();
      }

      await db.schema
        .createTable("worker_capability")
        .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
        .addColumn("capability", "text", (c) => c.notNull())
        .addColumn("granted_at", "text", (c) => c.notNull())
        .addColumn("reason", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("worker_capability_pk", ["user_id", "capability"])
        .execute();

      await db.schema
        .createTable("recruiter_organization")
        .addColumn("id", idColumn, (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) =>
          c.notNull().unique().references("user.id").onDelete("cascade"),
        )
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("website", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("size", "text")
        .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        "recruiter_organization",
        "worker_capability",
        "worker_language",
        "worker_domain",
        "worker_profile",
        "platform_secret",
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
