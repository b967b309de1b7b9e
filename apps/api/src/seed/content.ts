import { type Guideline, loadGuidelines, loadTaskItems } from "@rubric/content";
import type { TaskItem } from "@rubric/core";
import type { Kysely } from "kysely";
import { insertMissingGuidelines } from "../db/guidelines.ts";
import type { Database } from "../db/schema.ts";
import { insertMissingTaskItems } from "../db/task-items.ts";

let library: { items: TaskItem[]; guidelines: Guideline[] } | null = null;

/** The content package, read and validated once per process (it does not change while running). */
export function contentLibrary() {
  library ??= { items: loadTaskItems(), guidelines: loadGuidelines() };
  return library;
}

/**
 * Puts the library's items and guidelines into the database, adding only what is missing so
 * that admins' edits survive restarts. Runs on every start; safe to run from several
 * processes at once.
 */
export async function seedContent(db: Kysely<Database>): Promise<{ items: number }> {
  const { items, guidelines } = contentLibrary();
  const now = new Date().toISOString();
  await insertMissingGuidelines(db, guidelines, now);
  return { items: await insertMissingTaskItems(db, items, now) };
}
