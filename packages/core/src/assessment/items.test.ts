import { describe, expect, it } from "vitest";
import { CORE_ASSESSMENT_BLUEPRINT, qualificationBlueprint } from "./blueprint.ts";
import { InsufficientItemsError } from "./draw.ts";
import {
  buildItemPools,
  drawStratified,
  itemRef,
  type PoolCandidate,
  parseItemRef,
} from "./items.ts";
import { mulberry32 } from "./random.ts";

function candidates(
  kind: PoolCandidate["kind"],
  count: number,
  extra: Partial<PoolCandidate> = {},
) {
  return Array.from({ length: count }, (_, i) => ({
    kind,
    id: `${kind}-${String(i).padStart(2, "0")}`,
    domain: null,
    difficulty: 1 as const,
    ...extra,
  }));
}

/** A library with enough of every kind the core assessment draws. */
function coreLibrary(): PoolCandidate[] {
  return [
    ...candidates("rating", 6),
    ...candidates("red_team", 4, { redTeamMode: "classify" }),
    ...candidates("red_team", 3, { redTeamMode: "write" }).map((c) => ({ ...c, id: `w${c.id}` })),
    ...candidates("proofreading", 8),
    ...candidates("pairwise", 12),
    ...candidates("fact_check", 4),
    ...candidates("rewrite", 3),
    ...candidates("rewrite", 3, { difficulty: 3 }).map((c) => ({ ...c, id: `hard-${c.id}` })),
    ...candidates("typing", 5),
    ...candidates("transcription", 3),
  ];
}

describe("item refs", () => {
  it("name the kind and the id, and read back", () => {
    expect(itemRef("pairwise", "pw-004")).toBe("pairwise:pw-004");
    expect(parseItemRef("typing:prose-03")).toEqual({ kind: "typing", id: "prose-03" });
  });
  it("refuse unknown kinds and empty ids", () => {
    expect(parseItemRef("essay:e-1")).toBeNull();
    expect(parseItemRef("pairwise:")).toBeNull();
    expect(parseItemRef("pw-001")).toBeNull();
  });
});

describe("buildItemPools", () => {
  it("fills each core section from its sources only", () => {
    const pools = buildItemPools(CORE_ASSESSMENT_BLUEPRINT, coreLibrary());
    const guideline = pools.bySection.guideline_application?.[0] ?? [];
    expect(guideline).toHaveLength(10);
    expect(guideline.some((ref) => ref.startsWith("red_team:wred"))).toBe(false);
    expect(pools.bySection.short_rewrite?.[0]).toHaveLength(3);
    expect(pools.bySection.typing_transcription?.map((s) => s.length)).toEqual([5, 3]);
  });

  it("keeps a domain-expert test to its domain", () => {
    const blueprint = qualificationBlueprint({
      category: "domain_expert",
      domain: "law",
      passMark: 0.8,
    });
    const pools = buildItemPools(blueprint, [
      ...candidates("domain_review", 6, { domain: "law" }),
      ...candidates("domain_review", 6, { domain: "medicine" }).map((c) => ({
        ...c,
        id: `m${c.id}`,
      })),
    ]);
    expect(pools.bySection.domain_review?.[0]).toHaveLength(6);
    expect(pools.bySection.domain_review?.[0]?.every((ref) => !ref.includes(":m"))).toBe(true);
  });
});

describe("drawStratified", () => {
  it("draws one typing passage and one clip for the typing and transcription check", () => {
    for (let seed = 0; seed < 20; seed++) {
      const draw = drawStratified(
        CORE_ASSESSMENT_BLUEPRINT,
        buildItemPools(CORE_ASSESSMENT_BLUEPRINT, coreLibrary()),
        mulberry32(seed),
      );
      const check = draw.sections.find((s) => s.sectionId === "typing_transcription");
      expect(check?.itemIds.map((ref) => ref.split(":")[0])).toEqual(["typing", "transcription"]);
      expect(draw.sections.map((s) => s.sectionId)).toEqual(
        CORE_ASSESSMENT_BLUEPRINT.sections.map((s) => s.id),
      );
      const all = draw.sections.flatMap((s) => s.itemIds);
      expect(new Set(all).size).toBe(all.length);
    }
  });

  it("avoids the previous attempt's items while others remain", () => {
    const library = coreLibrary();
    const first = drawStratified(
      CORE_ASSESSMENT_BLUEPRINT,
      buildItemPools(CORE_ASSESSMENT_BLUEPRINT, library),
      mulberry32(1),
    );
    const seen = first.sections.flatMap((s) => s.itemIds);
    const second = drawStratified(
      CORE_ASSESSMENT_BLUEPRINT,
      buildItemPools(CORE_ASSESSMENT_BLUEPRINT, library, seen),
      mulberry32(2),
    );
    const pairwise = second.sections.find((s) => s.sectionId === "pairwise_judgment");
    expect(pairwise?.reused).toEqual([]);
    expect(pairwise?.itemIds.some((ref) => seen.includes(ref))).toBe(false);
  });

  it("names a short section by its own id, summing its strata", () => {
    const library = coreLibrary().filter((c) => c.kind !== "transcription");
    expect(() =>
      drawStratified(
        CORE_ASSESSMENT_BLUEPRINT,
        buildItemPools(CORE_ASSESSMENT_BLUEPRINT, library),
        mulberry32(3),
      ),
    ).toThrow(InsufficientItemsError);
    try {
      drawStratified(
        CORE_ASSESSMENT_BLUEPRINT,
        buildItemPools(CORE_ASSESSMENT_BLUEPRINT, library),
        mulberry32(3),
      );
    } catch (error) {
      expect((error as InsufficientItemsError).shortages).toEqual([
        { sectionId: "typing_transcription", needed: 1, available: 0 },
      ]);
    }
  });
});
