import { randomUUID } from "node:crypto";
import {
  type Category,
  ledgerLine,
  TASK_TYPE_CATEGORY,
  TASK_TYPE_LABELS,
  type TaskType,
} from "@rubric/core";
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/**
 * The simulated earnings ledger: one line per practice batch, worth the expected minutes of
 * its submitted items at the rate projected when the batch's first item was submitted (a
 * rate agreed for a batch, like a rate agreed for a project, does not move under it).
 */

export interface LedgerEntry {
  id: string;
  batchId: string;
  category: Category;
  description: string;
  minutes: number;
  rateUsdPerHour: number;
  amountUsd: number;
  at: string;
}

type Row = Database["earnings_ledger"];

function decodeLine(row: Row): LedgerEntry {
  return {
    id: row.id,
    batchId: row.batch_id,
    category: row.category as Category,
    description: row.description,
    minutes: row.minutes,
    rateUsdPerHour: row.rate_usd_per_hour,
    amountUsd: row.amount_cents / 100,
    at: row.at,
  };
}

/**
 * Brings a batch's ledger line up to date with its submitted attempts. It recomputes the
 * line from the attempts rather than adding to it, so a retried or concurrent call cannot
 * count an item twice. `rateFor` is asked only when the line is new.
 */
export async function syncBatchEarnings(
  db: Kysely<Database>,
  owner: { userId: string; batchId: string },
  rateFor: (category: Category) => Promise<number>,
): Promise<LedgerEntry | null> {
  const batch = await db
    .selectFrom("practice_batch")
    .select("task_type")
    .where("id", "=", owner.batchId)
    .where("user_id", "=", owner.userId)
    .executeTakeFirst();
  if (!batch) return null;
  const figures = await db
    .selectFrom("practice_attempt as a")
    .innerJoin("task_item as i", "i.id", "a.item_id")
    .select((eb) => [
      eb.fn.count("a.id").as("items"),
      eb.fn.sum("i.expected_minutes").as("minutes"),
      eb.fn.max("a.submitted_at").as("last"),
    ])
    .where("a.batch_id", "=", owner.batchId)
    .executeTakeFirstOrThrow();
  const items = Number(figures.items);
  if (items === 0 || figures.last === null) return null;
  const taskType = batch.task_type as TaskType;
  const category = TASK_TYPE_CATEGORY[taskType];
  const existing = await db
    .selectFrom("earnings_ledger")
    .select("rate_usd_per_hour")
    .where("batch_id", "=", owner.batchId)
    .executeTakeFirst();
  const line = ledgerLine({
    description: `${TASK_TYPE_LABELS[taskType]} × ${items}`,
    minutes: Number(figures.minutes),
    rateUsdPerHour: existing?.rate_usd_per_hour ?? (await rateFor(category)),
  });
  const values = {
    description: line.description,
    minutes: line.minutes,
    amount_cents: line.amountCents,
    at: String(figures.last),
  };
  const row = await db
    .insertInto("earnings_ledger")
    .values({
      id: randomUUID(),
      user_id: owner.userId,
      batch_id: owner.batchId,
      category,
      rate_usd_per_hour: line.rateUsdPerHour,
      ...values,
    })
    .onConflict((oc) => oc.column("batch_id").doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return decodeLine(row);
}

const CURSOR_MARK = "|";

/** A page of the worker's ledger, newest first; `after` is the `next` of the page before. */
export async function ledgerPage(
  db: Kysely<Database>,
  userId: string,
  page: { after?: string; limit: number },
): Promise<{ lines: LedgerEntry[]; next: string | null }> {
  let query = db
    .selectFrom("earnings_ledger")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(page.limit + 1);
  if (page.after) {
    const split = page.after.lastIndexOf(CURSOR_MARK);
    const at = page.after.slice(0, split);
    const id = page.after.slice(split + 1);
    query = query.where((eb) =>
      eb.or([eb("at", "<", at), eb.and([eb("at", "=", at), eb("id", "<", id)])]),
    );
  }
  const rows = await query.execute();
  const lines = rows.slice(0, page.limit).map(decodeLine);
  const last = lines.at(-1);
  return {
    lines,
    next: rows.length > page.limit && last ? `${last.at}${CURSOR_MARK}${last.id}` : null,
  };
}

/** The worker's ledger total in cents, and minutes per category (the hours a rate counts). */
export async function ledgerTotals(db: Kysely<Database>, userId: string) {
  const rows = await db
    .selectFrom("earnings_ledger")
    .select((eb) => [
      "category",
      eb.fn.sum("amount_cents").as("cents"),
      eb.fn.sum("minutes").as("minutes"),
    ])
    .where("user_id", "=", userId)
    .groupBy("category")
    .execute();
  return {
    totalCents: rows.reduce((sum, row) => sum + Number(row.cents), 0),
    minutesByCategory: new Map(rows.map((row) => [row.category as Category, Number(row.minutes)])),
  };
}
