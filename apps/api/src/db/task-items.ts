import type { CodeLanguage, Domain, TaskItem, TaskType } from "@rubric/core";
import { taskItemSchema } from "@rubric/core";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "./schema.ts";
import { containsIgnoringCase } from "./text-search.ts";

/** The item library as stored: one row per item, the whole item (gold included) as JSON. */

export interface StoredTaskItem {
  item: TaskItem;
  version: number;
  updatedAt: string;
}

/** The one place an item's JSON is read back; a row that fails the schema is a server fault. */
function decodeItem(body: string): TaskItem {
  return taskItemSchema.parse(JSON.parse(body));
}

function columnsOf(item: TaskItem) {
  return {
    task_type: item.taskType,
    category: item.category,
    domain: item.domain ?? null,
    language: item.taskType === "code_review" ? item.prompt.language : null,
    title: item.title,
    difficulty: item.difficulty,
    expected_minutes: item.expectedMinutes,
    body: JSON.stringify(item),
  };
}

/** Rows per statement when seeding: well under either database's bound-parameter limit. */
const INSERT_CHUNK = 100;

/**
 * Adds the items the table lacks and leaves the others alone, so an admin's edit survives
 * the next start. Conflicts are ignored: another process may be seeding at the same moment.
 */
export async function insertMissingTaskItems(
  db: Kysely<Database>,
  items: readonly TaskItem[],
  now: string,
): Promise<number> {
  const existing = new Set(
    (await db.selectFrom("task_item").select("id").execute()).map((row) => row.id),
  );
  const missing = items.filter((item) => !existing.has(item.id));
  for (let start = 0; start < missing.length; start += INSERT_CHUNK) {
    await db
      .insertInto("task_item")
      .values(
        missing.slice(start, start + INSERT_CHUNK).map((item) => ({
          id: item.id,
          ...columnsOf(item),
          version: 1,
          updated_at: now,
        })),
      )
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
  }
  return missing.length;
}

export async function findTaskItems(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, StoredTaskItem>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("task_item")
    .select(["id", "body", "version", "updated_at"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      { item: decodeItem(row.body), version: row.version, updatedAt: row.updated_at },
    ]),
  );
}

export async function findTaskItem(db: Kysely<Database>, id: string) {
  return (await findTaskItems(db, [id])).get(id);
}

export interface CandidateFilter {
  taskType: TaskType;
  domain?: Domain;
  language?: CodeLanguage;
}

/** Ids and versions of the items a batch may draw from; bounded by the library's size. */
export async function candidateItems(db: Kysely<Database>, filter: CandidateFilter) {
  let query = db
    .selectFrom("task_item")
    .select(["id", "version"])
    .where("task_type", "=", filter.taskType);
  if (filter.domain) query = query.where("domain", "=", filter.domain);
  if (filter.language) query = query.where("language", "=", filter.language);
  return query.orderBy("id").execute();
}

/** Items and their mean expected minutes per task type. */
export async function libraryFigures(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("task_item")
    .select((eb) => [
      "task_type",
      eb.fn.countAll().as("items"),
      eb.fn.avg("expected_minutes").as("minutes"),
    ])
    .groupBy("task_type")
    .execute();
  return new Map(
    rows.map((row) => [
      row.task_type,
      { itemCount: Number(row.items), meanMinutes: Number(row.minutes) },
    ]),
  );
}

/** Each item's guideline references, to check a guideline edit leaves no link dangling. */
export async function guidelineRefsByItem(db: Kysely<Database>) {
  const refs = z.object({ guidelineRefs: z.array(z.string()) });
  const rows = await db.selectFrom("task_item").select(["id", "body"]).execute();
  return rows.map((row) => ({ id: row.id, refs: refs.parse(JSON.parse(row.body)).guidelineRefs }));
}

export interface ItemListFilter {
  taskType?: TaskType;
  search?: string;
  after?: string;
  limit: number;
}

/** A page of the library for the content editor, by id (keyset: stable while items are added). */
export async function listTaskItems(db: Kysely<Database>, filter: ItemListFilter) {
  let query = db
    .selectFrom("task_item")
    .select(["id", "task_type", "category", "title", "difficulty", "version", "updated_at"])
    .orderBy("id")
    .limit(filter.limit + 1);
  if (filter.taskType) query = query.where("task_type", "=", filter.taskType);
  if (filter.after) query = query.where("id", ">", filter.after);
  if (filter.search) query = query.where(containsIgnoringCase(["id", "title"], filter.search));
  const rows = await query.execute();
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map((row) => ({
      id: row.id,
      taskType: row.task_type as TaskType,
      category: row.category,
      title: row.title,
      difficulty: row.difficulty,
      version: row.version,
      updatedAt: row.updated_at,
    })),
    next: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** Creates the item at version 1 or replaces it with the next version, in one statement. */
export async function saveTaskItem(db: Kysely<Database>, item: TaskItem, now: string) {
  const columns = { ...columnsOf(item), updated_at: now };
  const row = await db
    .insertInto("task_item")
    .values({ id: item.id, ...columns, version: 1 })
    .onConflict((oc) =>
      oc.column("id").doUpdateSet((eb) => ({
        ...columns,
        version: eb(eb.ref("task_item.version"), "+", 1),
      })),
    )
    .returning("version")
    .executeTakeFirstOrThrow();
  return row.version;
}
