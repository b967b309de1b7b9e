import { assembleLadderHistory } from "@rubric/core";
import type { Kysely } from "kysely";
import { ladderRows } from "../db/ladder-history.ts";
import { syncBatchEarnings } from "../db/ledger.ts";
import type { Database } from "../db/schema.ts";
import { rateInputs, workerRate } from "./dashboard.ts";
import { ladderRules } from "./standing.ts";

/**
 * Brings the ledger line of a practice batch up to date after one of its items was
 * submitted. A new line is priced at the worker's projected rate in the batch's category,
 * read from all their gold results there.
 */
export async function accruePracticeEarnings(
  db: Kysely<Database>,
  userId: string,
  batchId: string,
): Promise<void> {
  await syncBatchEarnings(db, { userId, batchId }, async (category) => {
    const [rules, rows, inputs] = await Promise.all([
      ladderRules(db),
      ladderRows(db, userId),
      rateInputs(db, userId),
    ]);
    const gold = assembleLadderHistory(rows).gold.filter((g) => g.category === category);
    return workerRate(inputs, category, gold, rules.confidence).projection.rateUsdPerHour;
  });
}
