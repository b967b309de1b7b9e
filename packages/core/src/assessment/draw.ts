import type { AssessmentBlueprint } from "./blueprint.ts";
import type { RandomSource } from "./random.ts";

/**
 * The item ids an assessment can draw from, grouped by section id, and the ids the worker
 * saw in their previous attempt, which are used only when a section has too few others.
 */
export interface ItemPools {
  bySection: Readonly<Record<string, readonly string[]>>;
  avoid?: Iterable<string>;
}

export interface DrawnSection {
  sectionId: string;
  itemIds: string[];
  /** Items from the previous attempt drawn again because the pool ran short of new ones. */
  reused: string[];
}

export interface AssessmentDraw {
  blueprintId: string;
  sections: DrawnSection[];
}

export interface PoolShortage {
  sectionId: string;
  needed: number;
  available: number;
}

/** A pool holds fewer distinct items than its section needs: content to add, not a user error. */
export class InsufficientItemsError extends Error {
  readonly shortages: readonly PoolShortage[];
  constructor(shortages: readonly PoolShortage[]) {
    super(
      `Not enough items to draw this assessment: ${shortages
        .map((s) => `${s.sectionId} needs ${s.needed}, has ${s.available}`)
        .join("; ")}.`,
    );
    this.name = "InsufficientItemsError";
    this.shortages = shortages;
  }
}

/** Takes `count` items from `ids` uniformly without replacement (a partial Fisher–Yates shuffle). */
function sample(ids: readonly string[], count: number, random: RandomSource): string[] {
  const pool = [...ids];
  const taken = Math.min(count, pool.length);
  for (let i = 0; i < taken; i++) {
    const j = Math.min(pool.length - 1, i + Math.floor(random() * (pool.length - i)));
    const held = pool[i] as string;
    pool[i] = pool[j] as string;
    pool[j] = held;
  }
  return pool.slice(0, taken);
}

/**
 * Draws each section's items without replacement, in blueprint order, never the same item
 * twice in one attempt. Items the worker saw last time are avoided while the pool has enough
 * others, then drawn as a fallback and listed in `reused`. The result depends only on the
 * inputs and the random source, so a seeded source (see `mulberry32`) makes it replayable.
 * Throws `InsufficientItemsError` listing every short section.
 */
export function drawAssessmentItems(
  blueprint: AssessmentBlueprint,
  pools: ItemPools,
  random: RandomSource,
): AssessmentDraw {
  const avoid = new Set(pools.avoid ?? []);
  const used = new Set<string>();
  const shortages: PoolShortage[] = [];
  const sections: DrawnSection[] = [];
  for (const section of blueprint.sections) {
    const candidates = [...new Set(pools.bySection[section.id] ?? [])].filter(
      (id) => !used.has(id),
    );
    if (candidates.length < section.itemCount) {
      shortages.push({
        sectionId: section.id,
        needed: section.itemCount,
        available: candidates.length,
      });
      continue;
    }
    const fresh = sample(
      candidates.filter((id) => !avoid.has(id)),
      section.itemCount,
      random,
    );
    const reused = sample(
      candidates.filter((id) => avoid.has(id)),
      section.itemCount - fresh.length,
      random,
    );
    // Shuffle once more so that reused items are not always the last of a section.
    const itemIds = sample([...fresh, ...reused], section.itemCount, random);
    for (const id of itemIds) used.add(id);
    sections.push({ sectionId: section.id, itemIds, reused });
  }
  if (shortages.length > 0) throw new InsufficientItemsError(shortages);
  return { blueprintId: blueprint.id, sections };
}
