import type { Kysely, Migration } from "kysely";

/**
 * The practice workspace. Scores are double precision: PostgreSQL's `real` would round a
 * score such as 0.8333 on the way in. SQLite gives that type name the same 8-byte REAL.
 */
export const practiceMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("guideline_version")
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("markdown", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null"))
      .addPrimaryKeyConstraint("guideline_version_pk", ["category", "version"])
      .execute();

    await db.schema
      .createTable("task_item")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("task_type", "text", (c) => c.notNull())
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("domain", "text")
      // The programming language of a code item, so a batch can be filtered by it.
      .addColumn("language", "text")
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("difficulty", "integer", (c) => c.notNull())
      .addColumn("expected_minutes", "double precision", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("task_item_task_type_idx")
      .on("task_item")
      .columns(["task_type", "id"])
      .execute();

    await db.schema
      .createTable("practice_batch")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
      .addColumn("task_type", "text", (c) => c.notNull())
      .addColumn("size", "integer", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("completed_at", "text")
      .execute();
    await db.schema
      .createIndex("practice_batch_user_idx")
      .on("practice_batch")
      .columns(["user_id", "created_at"])
      .execute();

    await db.schema
      .createTable("practice_batch_item")
      .addColumn("batch_id", "text", (c) =>
        c.notNull().references("practice_batch.id").onDelete("cascade"),
      )
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("item_id", "text", (c) => c.notNull().references("task_item.id"))
      .addColumn("item_version", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("practice_batch_item_pk", ["batch_id", "position"])
      .addUniqueConstraint("practice_batch_item_item_uq", ["batch_id", "item_id"])
      .execute();

    await db.schema
      .createTable("practice_attempt")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("batch_id", "text", (c) =>
        c.notNull().references("practice_batch.id").onDelete("cascade"),
      )
      .addColumn("item_id", "text", (c) => c.notNull().references("task_item.id"))
      .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
      .addColumn("submission_id", "text", (c) => c.notNull().unique())
      .addColumn("answer", "text", (c) => c.notNull())
      .addColumn("score", "double precision", (c) => c.notNull())
      .addColumn("breakdown", "text", (c) => c.notNull())
      .addColumn("feedback", "text", (c) => c.notNull())
      .addColumn("active_seconds", "integer", (c) => c.notNull())
      .addColumn("submitted_at", "text", (c) => c.notNull())
      // One answer per batch item: a second, different submission is a conflict, not a retry.
      .addUniqueConstraint("practice_attempt_item_uq", ["batch_id", "item_id"])
      .execute();
    await db.schema
      .createIndex("practice_attempt_user_idx")
      .on("practice_attempt")
      .columns(["user_id", "submitted_at"])
      .execute();

    await db.schema
      .createTable("practice_draft")
      .addColumn("batch_id", "text", (c) =>
        c.notNull().references("practice_batch.id").onDelete("cascade"),
      )
      .addColumn("item_id", "text", (c) => c.notNull())
      .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
      .addColumn("answer", "text", (c) => c.notNull())
      .addColumn("active_seconds", "integer", (c) => c.notNull())
      .addColumn("saved_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("practice_draft_pk", ["batch_id", "item_id"])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      "practice_draft",
      "practice_attempt",
      "practice_batch_item",
      "practice_batch",
      "task_item",
      "guideline_version",
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
