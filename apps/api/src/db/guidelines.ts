import type { Category } from "@rubric/core";
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** Guidelines, one row per version: a save adds a version and never rewrites an old one. */

export interface StoredGuideline {
  category: Category;
  version: number;
  title: string;
  markdown: string;
  createdAt: string;
}

type Row = Database["guideline_version"];

function fromRow(row: Pick<Row, "category" | "version" | "title" | "markdown" | "created_at">) {
  return {
    category: row.category as Category,
    version: row.version,
    title: row.title,
    markdown: row.markdown,
    createdAt: row.created_at,
  } satisfies StoredGuideline;
}

/**
 * Adds the library's guideline versions the table lacks. An admin's later version stays the
 * current one until the library ships a version number above it.
 */
export async function insertMissingGuidelines(
  db: Kysely<Database>,
  guidelines: readonly { category: Category; version: number; title: string; markdown: string }[],
  now: string,
): Promise<void> {
  if (guidelines.length === 0) return;
  await db
    .insertInto("guideline_version")
    .values(
      guidelines.map((g) => ({
        category: g.category,
        version: g.version,
        title: g.title,
        markdown: g.markdown,
        created_at: now,
        created_by: null,
      })),
    )
    .onConflict((oc) => oc.columns(["category", "version"]).doNothing())
    .execute();
}

/** The current version of each guideline (or of the given categories). */
export async function latestGuidelines(
  db: Kysely<Database>,
  categories?: readonly Category[],
): Promise<StoredGuideline[]> {
  if (categories?.length === 0) return [];
  let query = db
    .selectFrom("guideline_version as g")
    .select(["g.category", "g.version", "g.title", "g.markdown", "g.created_at"])
    .where("g.version", "=", (eb) =>
      eb
        .selectFrom("guideline_version as h")
        .select((h) => h.fn.max("h.version").as("latest"))
        .whereRef("h.category", "=", "g.category"),
    )
    .orderBy("g.category");
  if (categories) query = query.where("g.category", "in", [...categories]);
  return (await query.execute()).map(fromRow);
}

/** One version of a guideline, the current one when no version is given. */
export async function findGuideline(
  db: Kysely<Database>,
  category: Category,
  version?: number,
): Promise<StoredGuideline | undefined> {
  let query = db
    .selectFrom("guideline_version")
    .select(["category", "version", "title", "markdown", "created_at"])
    .where("category", "=", category)
    .orderBy("version", "desc")
    .limit(1);
  if (version !== undefined) query = query.where("version", "=", version);
  const row = await query.executeTakeFirst();
  return row && fromRow(row);
}

/** A guideline's versions, newest first; a guideline has a handful, the limit is a guard. */
export async function guidelineVersions(db: Kysely<Database>, category: Category) {
  const rows = await db
    .selectFrom("guideline_version")
    .select(["version", "created_at"])
    .where("category", "=", category)
    .orderBy("version", "desc")
    .limit(200)
    .execute();
  return rows.map((row) => ({ version: row.version, createdAt: row.created_at }));
}

/**
 * Stores the next version. Returns null when another save took that version number first,
 * so the editor can reload rather than overwrite work it has not seen.
 */
export async function saveGuidelineVersion(
  db: Kysely<Database>,
  guideline: { category: Category; title: string; markdown: string; createdBy: string },
  now: string,
): Promise<number | null> {
  const current = await findGuideline(db, guideline.category);
  const version = (current?.version ?? 0) + 1;
  const result = await db
    .insertInto("guideline_version")
    .values({
      category: guideline.category,
      version,
      title: guideline.title,
      markdown: guideline.markdown,
      created_at: now,
      created_by: guideline.createdBy,
    })
    .onConflict((oc) => oc.columns(["category", "version"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? version : null;
}
