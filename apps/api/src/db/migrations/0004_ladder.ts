import { type Kysely, type Migration, sql } from "kysely";

/**
 * Assessments, qualifications, pay bands and the simulated earnings ledger, plus platform
 * settings every API process must agree on (the ladder rules, a test clock's offset).
 */
export const ladderMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("platform_setting")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("pay_band")
      .addColumn("category", "text", (c) => c.primaryKey())
      .addColumn("min_usd_per_hour", "double precision", (c) => c.notNull())
      .addColumn("max_usd_per_hour", "double precision", (c) => c.notNull())
      .addColumn("premium_note", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("updated_by", "text", (c) => c.references("user.id").onDelete("set null"))
      .execute();

    await db.schema
      .createTable("assessment_attempt")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("category", "text")
      .addColumn("domain", "text")
      // The blueprint as it stood at the start: later rule changes never regrade an attempt.
      .addColumn("blueprint", "text", (c) => c.notNull())
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("submitted_at", "text")
      .addColumn("overall", "double precision")
      .addColumn("passed", "integer")
      .execute();
    await db.schema
      .createIndex("assessment_attempt_user_idx")
      .on("assessment_attempt")
      .columns(["user_id", "started_at"])
      .execute();
    // One open attempt per worker, held by the database so two racing starts cannot both land.
    await db.schema
      .createIndex("assessment_attempt_open_uq")
      .on("assessment_attempt")
      .column("user_id")
      .unique()
      .where(sql.ref("submitted_at"), "is", null)
      .execute();

    await db.schema
      .createTable("assessment_section")
      .addColumn("attempt_id", "text", (c) =>
        c.notNull().references("assessment_attempt.id").onDelete("cascade"),
      )
      .addColumn("section_id", "text", (c) => c.notNull())
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("opened_at", "text")
      .addColumn("closed_at", "text")
      .addPrimaryKeyConstraint("assessment_section_pk", ["attempt_id", "section_id"])
      .execute();

    await db.schema
      .createTable("assessment_item")
      .addColumn("attempt_id", "text", (c) =>
        c.notNull().references("assessment_attempt.id").onDelete("cascade"),
      )
      .addColumn("item_ref", "text", (c) => c.notNull())
      .addColumn("section_id", "text", (c) => c.notNull())
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      // Where the item's result counts on the ladder once graded.
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("domain", "text")
      .addColumn("score", "double precision")
      .addPrimaryKeyConstraint("assessment_item_pk", ["attempt_id", "item_ref"])
      .execute();

    await db.schema
      .createTable("assessment_answer")
      .addColumn("attempt_id", "text", (c) =>
        c.notNull().references("assessment_attempt.id").onDelete("cascade"),
      )
      .addColumn("item_ref", "text", (c) => c.notNull())
      .addColumn("answer", "text", (c) => c.notNull())
      .addColumn("saved_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("assessment_answer_pk", ["attempt_id", "item_ref"])
      .execute();

    await db.schema
      .createTable("qualification")
      .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
      // "rewriting" or "domain_expert:law": one key per ladder step, so a domain can be held apart.
      .addColumn("step_key", "text", (c) => c.notNull())
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("domain", "text")
      .addColumn("qualified_at", "text", (c) => c.notNull())
      .addColumn("evidence", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("qualification_pk", ["user_id", "step_key"])
      .execute();

    await db.schema
      .createTable("earnings_ledger")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
      // One line per practice batch, kept up to date as its items are submitted.
      .addColumn("batch_id", "text", (c) =>
        c.notNull().unique().references("practice_batch.id").onDelete("cascade"),
      )
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("description", "text", (c) => c.notNull())
      .addColumn("minutes", "double precision", (c) => c.notNull())
      .addColumn("rate_usd_per_hour", "double precision", (c) => c.notNull())
      .addColumn("amount_cents", "integer", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("earnings_ledger_user_idx")
      .on("earnings_ledger")
      .columns(["user_id", "at", "id"])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      "earnings_ledger",
      "qualification",
      "assessment_answer",
      "assessment_item",
      "assessment_section",
      "assessment_attempt",
      "pay_band",
      "platform_setting",
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
