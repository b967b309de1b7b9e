import type { Domain } from "../categories/categories.ts";
import { TASK_TYPES, type TaskType } from "../tasks/enums.ts";
import type { AssessmentBlueprint, CoreAssessmentSection } from "./blueprint.ts";
import {
  type AssessmentDraw,
  type DrawnSection,
  drawAssessmentItems,
  InsufficientItemsError,
  type PoolShortage,
} from "./draw.ts";
import type { RandomSource } from "./random.ts";

/** Drill material an assessment can use as items besides the task library. */
export const DRILL_ITEM_KINDS = ["proofreading", "typing", "transcription"] as const;
export type DrillItemKind = (typeof DRILL_ITEM_KINDS)[number];

/** What an assessment item is: a task item of one type, or a piece of drill material. */
export type AssessmentItemKind = TaskType | DrillItemKind;
export const ASSESSMENT_ITEM_KINDS: readonly AssessmentItemKind[] = [
  ...TASK_TYPES,
  ...DRILL_ITEM_KINDS,
];

export function isDrillItemKind(kind: AssessmentItemKind): kind is DrillItemKind {
  return (DRILL_ITEM_KINDS as readonly string[]).includes(kind);
}

/**
 * How an attempt names an item: "<kind>:<id>" ("pairwise:pw-004", "typing:prose-03"). Task
 * ids and drill ids come from different libraries, so the kind keeps them apart.
 */
export function itemRef(kind: AssessmentItemKind, id: string): string {
  return `${kind}:${id}`;
}

export function parseItemRef(ref: string): { kind: AssessmentItemKind; id: string } | null {
  const at = ref.indexOf(":");
  if (at <= 0) return null;
  const kind = ref.slice(0, at) as AssessmentItemKind;
  const id = ref.slice(at + 1);
  if (!ASSESSMENT_ITEM_KINDS.includes(kind) || id === "") return null;
  return { kind, id };
}

/** One item the library offers, with what the pools filter on. */
export interface PoolCandidate {
  kind: AssessmentItemKind;
  id: string;
  domain: Domain | null;
  difficulty: 1 | 2 | 3 | null;
  /** Red-team items either judge a reply ("classify") or ask for a written prompt ("write"). */
  redTeamMode?: "classify" | "write";
}

/** Which candidates one stratum of a section draws from. */
export interface PoolSource {
  kinds: readonly AssessmentItemKind[];
  /** Leave out red-team items that ask for writing: the section judges replies. */
  judgingOnly?: boolean;
  maxDifficulty?: 1 | 2 | 3;
  domain?: Domain;
}

/**
 * Where each core section draws its items. A section with several sources takes its items
 * from each in turn, so the typing and transcription check always has one of each.
 * - Guideline application: rating against criteria and classifying a reply against the
 *   safety policy, both reading a guideline onto a single response.
 * - Short rewrite: easy and medium rewrites, which fit two to a twenty-minute section.
 */
export const CORE_SECTION_SOURCES: Readonly<Record<CoreAssessmentSection, readonly PoolSource[]>> =
  {
    guideline_application: [{ kinds: ["rating", "red_team"], judgingOnly: true }],
    attention_to_detail: [{ kinds: ["proofreading"] }],
    pairwise_judgment: [{ kinds: ["pairwise"] }],
    fact_checking: [{ kinds: ["fact_check"] }],
    short_rewrite: [{ kinds: ["rewrite"], maxDifficulty: 2 }],
    typing_transcription: [{ kinds: ["typing"] }, { kinds: ["transcription"] }],
  };

/**
 * The sources of a blueprint's sections. Qualification test sections are named after the
 * task type they draw, from the test's domain when it has one.
 */
export function sectionSources(
  blueprint: AssessmentBlueprint,
): Readonly<Record<string, readonly PoolSource[]>> {
  if (blueprint.kind === "core") return CORE_SECTION_SOURCES;
  return Object.fromEntries(
    blueprint.sections.map((section) => {
      if (!(TASK_TYPES as readonly string[]).includes(section.id)) {
        throw new RangeError(`Section "${section.id}" of ${blueprint.id} is not a task type.`);
      }
      const source: PoolSource = {
        kinds: [section.id as TaskType],
        ...(blueprint.domain === null ? {} : { domain: blueprint.domain }),
      };
      return [section.id, [source]];
    }),
  );
}

function fits(candidate: PoolCandidate, source: PoolSource): boolean {
  if (!source.kinds.includes(candidate.kind)) return false;
  if (source.judgingOnly && candidate.redTeamMode === "write") return false;
  if (source.maxDifficulty !== undefined && (candidate.difficulty ?? 1) > source.maxDifficulty) {
    return false;
  }
  return source.domain === undefined || candidate.domain === source.domain;
}

/** Item refs by section, one list per source of the section. */
export interface StratifiedPools {
  bySection: Readonly<Record<string, readonly (readonly string[])[]>>;
  /** Refs of the worker's previous attempt, drawn again only when a pool runs short. */
  avoid?: Iterable<string>;
}

/** Sorts the library into the blueprint's pools, by ref, in a stable order. */
export function buildItemPools(
  blueprint: AssessmentBlueprint,
  candidates: readonly PoolCandidate[],
  avoid: Iterable<string> = [],
): StratifiedPools {
  const sources = sectionSources(blueprint);
  const sorted = [...candidates].sort((x, y) =>
    itemRef(x.kind, x.id).localeCompare(itemRef(y.kind, y.id)),
  );
  return {
    bySection: Object.fromEntries(
      blueprint.sections.map((section) => [
        section.id,
        (sources[section.id] ?? []).map((source) =>
          sorted.filter((c) => fits(c, source)).map((c) => itemRef(c.kind, c.id)),
        ),
      ]),
    ),
    avoid,
  };
}

/** Items of a section with `count` items over `strata` sources: the first sources take the extra ones. */
function stratumCounts(count: number, strata: number): number[] {
  return Array.from(
    { length: strata },
    (_, k) => Math.floor(count / strata) + (k < count % strata ? 1 : 0),
  );
}

const STRATUM_MARK = "~";

/**
 * Draws an attempt from stratified pools with `drawAssessmentItems`: each stratum of a
 * section is drawn as a section of its own, so every rule of the plain draw (no repeats,
 * previous items only as a fallback, shortages listed) holds per stratum, and the strata
 * are joined back in source order.
 */
export function drawStratified(
  blueprint: AssessmentBlueprint,
  pools: StratifiedPools,
  random: RandomSource,
): AssessmentDraw {
  const parts: { sectionId: string; partId: string; itemCount: number }[] = [];
  const bySection: Record<string, readonly string[]> = {};
  for (const section of blueprint.sections) {
    const strata = pools.bySection[section.id] ?? [[]];
    const counts = stratumCounts(section.itemCount, Math.max(1, strata.length));
    counts.forEach((itemCount, k) => {
      const partId = strata.length > 1 ? `${section.id}${STRATUM_MARK}${k}` : section.id;
      parts.push({ sectionId: section.id, partId, itemCount });
      bySection[partId] = strata[k] ?? [];
    });
  }
  const flat: AssessmentBlueprint = {
    ...blueprint,
    sections: parts
      .filter((p) => p.itemCount > 0)
      .map((p) => {
        const section = blueprint.sections.find((s) => s.id === p.sectionId);
        if (!section) throw new RangeError(`No section ${p.sectionId}.`);
        return { ...section, id: p.partId, itemCount: p.itemCount };
      }),
  };
  let draw: AssessmentDraw;
  try {
    draw = drawAssessmentItems(flat, { bySection, avoid: pools.avoid }, random);
  } catch (error) {
    if (!(error instanceof InsufficientItemsError)) throw error;
    const merged = new Map<string, PoolShortage>();
    for (const s of error.shortages) {
      const sectionId = s.sectionId.split(STRATUM_MARK)[0] ?? s.sectionId;
      const seen = merged.get(sectionId);
      merged.set(sectionId, {
        sectionId,
        needed: (seen?.needed ?? 0) + s.needed,
        available: (seen?.available ?? 0) + s.available,
      });
    }
    throw new InsufficientItemsError([...merged.values()]);
  }
  const sections: DrawnSection[] = blueprint.sections.map((section) => {
    const own = draw.sections.filter(
      (d) => (d.sectionId.split(STRATUM_MARK)[0] ?? d.sectionId) === section.id,
    );
    return {
      sectionId: section.id,
      itemIds: own.flatMap((d) => d.itemIds),
      reused: own.flatMap((d) => d.reused),
    };
  });
  return { blueprintId: blueprint.id, sections };
}
