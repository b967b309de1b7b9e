import { REFERENCE_PAY_BANDS } from "@rubric/core";
import type { Kysely } from "kysely";
import { insertMissingPayBands } from "../db/pay-bands.ts";
import type { Database } from "../db/schema.ts";

/**
 * Gives every category its reference pay band unless it has one, so admins' edits survive
 * restarts. Runs on every start; safe from several processes at once.
 */
export async function seedPayBands(db: Kysely<Database>): Promise<number> {
  return insertMissingPayBands(db, REFERENCE_PAY_BANDS, new Date().toISOString());
}
