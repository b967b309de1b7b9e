import {
  guidelineSections,
  parseTaskItemYaml,
  sectionProblems,
  taskItemYaml,
} from "@rubric/content";
import { categorySchema, parseGuidelineRef, taskTypeSchema } from "@rubric/core";
import { z } from "zod";
import { saveGuidelineVersion } from "../../db/guidelines.ts";
import {
  findTaskItem,
  guidelineRefsByItem,
  listTaskItems,
  saveTaskItem,
} from "../../db/task-items.ts";
import { currentSections, refCategories, sectionTitle } from "../../guidelines/sections.ts";
import { badInput, conflict, notFound } from "../errors.ts";
import { adminProcedure, router } from "../procedures.ts";

const MAX_ITEM_YAML_BYTES = 100 * 1024;
const MAX_GUIDELINE_BYTES = 200 * 1024;

function maxBytes(limit: number) {
  return z.string().refine((text) => Buffer.byteLength(text, "utf8") <= limit, {
    message: `must be at most ${limit / 1024} KB`,
  });
}

const itemIdSchema = z.string().min(1).max(40);

/** How many item ids to name in a message before "and N more". */
const NAMED_ITEMS = 5;

function itemList(ids: readonly string[]): string {
  const named = ids.slice(0, NAMED_ITEMS).join(", ");
  return ids.length > NAMED_ITEMS ? `${named} and ${ids.length - NAMED_ITEMS} more` : named;
}

export const contentAdminRouter = router({
  items: adminProcedure
    .input(
      z.object({
        taskType: taskTypeSchema.optional(),
        search: z.string().trim().max(100).optional(),
        /** The id to continue after. */
        after: itemIdSchema.optional(),
        limit: z.int().min(1).max(100).default(50),
      }),
    )
    .query(({ ctx, input }) => listTaskItems(ctx.db, input)),

  /** One item in full, gold included, with the YAML an editor starts from. */
  item: adminProcedure.input(z.object({ id: itemIdSchema })).query(async ({ ctx, input }) => {
    const stored = await findTaskItem(ctx.db, input.id);
    if (!stored) throw notFound("There is no such item.");
    return {
      item: stored.item,
      version: stored.version,
      updatedAt: stored.updatedAt,
      yaml: taskItemYaml(stored.item),
    };
  }),

  /**
   * Creates or updates an item from YAML. It must pass the same schema the library's files do,
   * and its guideline references must land on sections of the current guidelines.
   */
  saveItem: adminProcedure
    .input(z.object({ yaml: maxBytes(MAX_ITEM_YAML_BYTES) }))
    .mutation(async ({ ctx, input }) => {
      const parsed = parseTaskItemYaml(input.yaml);
      if (!parsed.item) throw badInput({ yaml: parsed.problems });
      const item = parsed.item;
      const sections = await currentSections(ctx.db, refCategories(item.guidelineRefs));
      const dangling = item.guidelineRefs.filter((ref) => sectionTitle(ref, sections) === null);
      if (dangling.length > 0) {
        throw badInput({
          yaml: dangling.map(
            (ref) => `guidelineRefs: ${ref} is not a section of the current guideline`,
          ),
        });
      }
      const version = await saveTaskItem(ctx.db, item, ctx.now().toISOString());
      return { id: item.id, version };
    }),

  /**
   * Stores a new version of a guideline; earlier versions stay readable. Refused while any
   * item links a section the new text no longer has.
   */
  saveGuideline: adminProcedure
    .input(
      z.object({
        category: categorySchema,
        title: z.string().trim().min(1).max(100),
        markdown: maxBytes(MAX_GUIDELINE_BYTES),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const sections = guidelineSections(input.markdown);
      const duplicates = sectionProblems(sections);
      if (duplicates.length > 0) throw badInput({ markdown: duplicates });
      const slugs = new Set(sections.map((section) => section.slug));
      const missing = new Map<string, string[]>();
      for (const { id, refs } of await guidelineRefsByItem(ctx.db)) {
        for (const ref of refs) {
          const parsed = parseGuidelineRef(ref);
          if (parsed?.category !== input.category || slugs.has(parsed.slug)) continue;
          missing.set(parsed.slug, [...(missing.get(parsed.slug) ?? []), id]);
        }
      }
      if (missing.size > 0) {
        throw badInput({
          markdown: [...missing].map(
            ([slug, ids]) =>
              `Section "${slug}" is linked from ${itemList(ids)}; keep a "## " heading for it.`,
          ),
        });
      }
      const version = await saveGuidelineVersion(
        ctx.db,
        { ...input, createdBy: ctx.user.id },
        ctx.now().toISOString(),
      );
      if (version === null)
        throw conflict("Someone saved this guideline a moment ago; reload it first.");
      return { version };
    }),
});
