import { guidelineSections } from "@rubric/content";
import { CATEGORIES, CATEGORY_LABELS, categorySchema } from "@rubric/core";
import { z } from "zod";
import { findGuideline, guidelineVersions, latestGuidelines } from "../../db/guidelines.ts";
import { renderMarkdown } from "../../guidelines/markdown.ts";
import { searchGuidelines } from "../../guidelines/search.ts";
import { notFound } from "../errors.ts";
import { authedProcedure, router } from "../procedures.ts";

const SEARCH_RESULTS = 20;

/** Current guidelines in ladder order, the order a reader meets the categories in. */
async function currentGuidelines(ctx: Parameters<typeof latestGuidelines>[0]) {
  const guidelines = await latestGuidelines(ctx);
  return guidelines.sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
}

export const guidelinesRouter = router({
  list: authedProcedure.query(async ({ ctx }) =>
    (await currentGuidelines(ctx.db)).map((g) => ({
      category: g.category,
      label: CATEGORY_LABELS[g.category],
      title: g.title,
      version: g.version,
      updatedAt: g.createdAt,
      sections: guidelineSections(g.markdown),
    })),
  ),

  /** One guideline, the current version unless an earlier one is asked for. */
  get: authedProcedure
    .input(z.object({ category: categorySchema, version: z.int().min(1).optional() }))
    .query(async ({ ctx, input }) => {
      const guideline = await findGuideline(ctx.db, input.category, input.version);
      if (!guideline) throw notFound("There is no such guideline version.");
      return {
        category: guideline.category,
        title: guideline.title,
        version: guideline.version,
        html: renderMarkdown(guideline.markdown),
        markdown: guideline.markdown,
        sections: guidelineSections(guideline.markdown),
        versions: await guidelineVersions(ctx.db, input.category),
      };
    }),

  search: authedProcedure
    .input(z.object({ query: z.string().trim().min(2).max(100) }))
    .query(async ({ ctx, input }) =>
      searchGuidelines(await currentGuidelines(ctx.db), input.query, SEARCH_RESULTS),
    ),
});
