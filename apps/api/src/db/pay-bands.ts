import { type Category, type PayBand, payBandSchema } from "@rubric/core";
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** The platform's pay bands: seeded from the reference bands, then edited by admins. */

export interface StoredPayBand extends PayBand {
  updatedAt: string;
}

type Row = Database["pay_band"];

/** The one place a band row is read back; a row the schema refuses is a server fault. */
function decodeBand(row: Row): StoredPayBand {
  return {
    ...payBandSchema.parse({
      category: row.category,
      minUsdPerHour: row.min_usd_per_hour,
      maxUsdPerHour: row.max_usd_per_hour,
      ...(row.premium_note === null ? {} : { premiumNote: row.premium_note }),
    }),
    updatedAt: row.updated_at,
  };
}

/** Every band; one row per category, so the table bounds the list. */
export async function listPayBands(db: Kysely<Database>): Promise<StoredPayBand[]> {
  const rows = await db.selectFrom("pay_band").selectAll().orderBy("category").execute();
  return rows.map(decodeBand);
}

export async function payBandsByCategory(
  db: Kysely<Database>,
): Promise<Map<Category, StoredPayBand>> {
  return new Map((await listPayBands(db)).map((band) => [band.category, band]));
}

/**
 * Adds the bands the table lacks and leaves the others alone, so an admin's edit survives a
 * restart; safe when several processes seed at once.
 */
export async function insertMissingPayBands(
  db: Kysely<Database>,
  bands: readonly PayBand[],
  now: string,
): Promise<number> {
  if (bands.length === 0) return 0;
  const result = await db
    .insertInto("pay_band")
    .values(
      bands.map((band) => ({
        category: band.category,
        min_usd_per_hour: band.minUsdPerHour,
        max_usd_per_hour: band.maxUsdPerHour,
        premium_note: band.premiumNote ?? null,
        updated_at: now,
        updated_by: null,
      })),
    )
    .onConflict((oc) => oc.column("category").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Saves a band; a category the seed has not reached yet is created rather than lost. */
export async function savePayBand(
  db: Kysely<Database>,
  band: PayBand,
  adminId: string,
  now: string,
): Promise<StoredPayBand> {
  const values = {
    min_usd_per_hour: band.minUsdPerHour,
    max_usd_per_hour: band.maxUsdPerHour,
    premium_note: band.premiumNote ?? null,
    updated_at: now,
    updated_by: adminId,
  };
  const row = await db
    .insertInto("pay_band")
    .values({ category: band.category, ...values })
    .onConflict((oc) => oc.column("category").doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return decodeBand(row);
}
