import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CORE_ASSESSMENT_BLUEPRINT } from "./blueprint.ts";
import { drawAssessmentItems, InsufficientItemsError, type ItemPools } from "./draw.ts";
import { mulberry32, seedFromText } from "./random.ts";

/** A pool of `size` ids per core section, e.g. "fact_checking-07". */
function corePools(size: number): ItemPools["bySection"] {
  return Object.fromEntries(
    CORE_ASSESSMENT_BLUEPRINT.sections.map((s) => [
      s.id,
      Array.from({ length: size }, (_, i) => `${s.id}-${String(i).padStart(2, "0")}`),
    ]),
  );
}

describe("mulberry32", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });
  it("spreads its values roughly evenly", () => {
    const random = mulberry32(7);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) buckets[Math.floor(random() * 10)]++;
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
  it("takes seeds from text that differ from attempt to attempt", () => {
    expect(seedFromText("worker-1:core:1")).toBe(seedFromText("worker-1:core:1"));
    expect(seedFromText("worker-1:core:1")).not.toBe(seedFromText("worker-1:core:2"));
  });
});

describe("drawAssessmentItems", () => {
  it("draws each section's item count from its own pool, without repeats", () => {
    const draw = drawAssessmentItems(
      CORE_ASSESSMENT_BLUEPRINT,
      { bySection: corePools(20) },
      mulberry32(1),
    );
    expect(draw.blueprintId).toBe("core");
    for (const [i, section] of CORE_ASSESSMENT_BLUEPRINT.sections.entries()) {
      const drawn = draw.sections[i];
      expect(drawn?.sectionId).toBe(section.id);
      expect(drawn?.itemIds).toHaveLength(section.itemCount);
      expect(new Set(drawn?.itemIds).size).toBe(section.itemCount);
      expect(drawn?.itemIds.every((id) => id.startsWith(`${section.id}-`))).toBe(true);
    }
  });

  it("gives the same draw for the same seed and another for another seed", () => {
    const pools = { bySection: corePools(30) };
    const first = drawAssessmentItems(CORE_ASSESSMENT_BLUEPRINT, pools, mulberry32(99));
    expect(drawAssessmentItems(CORE_ASSESSMENT_BLUEPRINT, pools, mulberry32(99))).toEqual(first);
    expect(drawAssessmentItems(CORE_ASSESSMENT_BLUEPRINT, pools, mulberry32(100))).not.toEqual(
      first,
    );
  });

  it("avoids items seen last attempt while the pool has enough others", () => {
    const pools = corePools(20);
    const previous = drawAssessmentItems(
      CORE_ASSESSMENT_BLUEPRINT,
      { bySection: pools },
      mulberry32(5),
    );
    const seen = previous.sections.flatMap((s) => s.itemIds);
    const next = drawAssessmentItems(
      CORE_ASSESSMENT_BLUEPRINT,
      { bySection: pools, avoid: seen },
      mulberry32(6),
    );
    const again = next.sections.flatMap((s) => s.itemIds).filter((id) => seen.includes(id));
    expect(again).toEqual([]);
    expect(next.sections.every((s) => s.reused.length === 0)).toBe(true);
  });

  it("reuses seen items only to fill a section whose pool is short of new ones", () => {
    const pools = { ...corePools(20), short_rewrite: ["rw-1", "rw-2", "rw-3"] };
    const draw = drawAssessmentItems(
      CORE_ASSESSMENT_BLUEPRINT,
      { bySection: pools, avoid: ["rw-1", "rw-2"] },
      mulberry32(3),
    );
    const rewrite = draw.sections.find((s) => s.sectionId === "short_rewrite");
    expect(rewrite?.itemIds).toContain("rw-3");
    expect(rewrite?.reused).toHaveLength(1);
  });

  it("never uses one item in two sections, even when pools overlap", () => {
    const shared = ["x-1", "x-2", "x-3", "x-4", "x-5"];
    const pools = { ...corePools(20), fact_checking: shared, short_rewrite: shared };
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const draw = drawAssessmentItems(
          CORE_ASSESSMENT_BLUEPRINT,
          { bySection: pools },
          mulberry32(seed),
        );
        const all = draw.sections.flatMap((s) => s.itemIds);
        expect(new Set(all).size).toBe(all.length);
      }),
    );
  });

  it("reports every short section at once", () => {
    const pools = { ...corePools(20), fact_checking: ["fc-1"], short_rewrite: [] };
    try {
      drawAssessmentItems(CORE_ASSESSMENT_BLUEPRINT, { bySection: pools }, mulberry32(1));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InsufficientItemsError);
      expect((error as InsufficientItemsError).shortages).toEqual([
        { sectionId: "fact_checking", needed: 3, available: 1 },
        { sectionId: "short_rewrite", needed: 2, available: 0 },
      ]);
    }
  });

  it("draws every item of a pool about equally often", () => {
    const random = mulberry32(11);
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const pools = { ...corePools(20), fact_checking: corePools(6).fact_checking ?? [] };
      const draw = drawAssessmentItems(CORE_ASSESSMENT_BLUEPRINT, { bySection: pools }, random);
      for (const id of draw.sections.find((s) => s.sectionId === "fact_checking")?.itemIds ?? []) {
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    // 3 of 6 drawn each time: each item expected 1500 times.
    for (const count of counts.values()) expect(Math.abs(count - 1500)).toBeLessThan(150);
  });
});
