import { type GuidelineSection, guidelineSections } from "@rubric/content";
import { type Category, parseGuidelineRef } from "@rubric/core";
import type { Kysely } from "kysely";
import { latestGuidelines } from "../db/guidelines.ts";
import type { Database } from "../db/schema.ts";

/**
 * The sections of the current guideline versions, which is what a `<category>#<slug>` reference
 * in an item or in feedback points at.
 */
export async function currentSections(
  db: Kysely<Database>,
  categories?: readonly Category[],
): Promise<Map<Category, GuidelineSection[]>> {
  const guidelines = await latestGuidelines(db, categories);
  return new Map(guidelines.map((g) => [g.category, guidelineSections(g.markdown)]));
}

/** The categories a list of references points into. */
export function refCategories(refs: Iterable<string>): Category[] {
  const categories = new Set<Category>();
  for (const ref of refs) {
    const parsed = parseGuidelineRef(ref);
    if (parsed) categories.add(parsed.category);
  }
  return [...categories];
}

/** The section title a reference resolves to, or null when it lands on no heading. */
export function sectionTitle(
  ref: string,
  sections: ReadonlyMap<Category, readonly GuidelineSection[]>,
): string | null {
  const parsed = parseGuidelineRef(ref);
  if (!parsed) return null;
  return sections.get(parsed.category)?.find((s) => s.slug === parsed.slug)?.title ?? null;
}
