import type { Kysely, Migration } from "kysely";

/** Precision drills as issued and scored, and each worker's running skill profile. */
export const drillsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("drill")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("set_id", "text")
      .addColumn("mode", "text")
      .addColumn("duration_sec", "integer")
      .addColumn("precision", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("content_ref", "text", (c) => c.notNull())
      .addColumn("target", "text", (c) => c.notNull())
      .addColumn("issued_at", "text", (c) => c.notNull())
      .addColumn("submitted_at", "text")
      .addColumn("result", "text")
      .addColumn("flagged", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("flags", "text", (c) => c.notNull().defaultTo("[]"))
      // Headline numbers as columns so bests and history never decode result JSON.
      .addColumn("net_wpm", "double precision")
      .addColumn("accuracy", "double precision")
      .addColumn("cer", "double precision")
      .addColumn("f1", "double precision")
      .execute();
    await db.schema
      .createIndex("drill_user_issued_idx")
      .on("drill")
      .columns(["user_id", "issued_at"])
      .execute();
    await db.schema
      .createIndex("drill_user_kind_flagged_idx")
      .on("drill")
      .columns(["user_id", "kind", "flagged"])
      .execute();

    await db.schema
      .createTable("skill_profile")
      .addColumn("user_id", "text", (c) => c.primaryKey().references("user.id").onDelete("cascade"))
      .addColumn("profile", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("skill_profile").execute();
    await db.schema.dropTable("drill").execute();
  },
};
