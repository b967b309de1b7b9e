import { DEFAULT_LADDER_RULES, evaluateLadder, type LadderEvaluation } from "@rubric/core";
import { describe, expect, it } from "vitest";
import { bestState, ladderTiers, STATE_LOOK, unlockProgress } from "./layout.ts";

const now = new Date("2026-03-01T10:00:00Z");
const fresh: LadderEvaluation = evaluateLadder(
  { coreAssessment: [], qualificationTests: [], gold: [], qualifications: [] },
  DEFAULT_LADDER_RULES,
  now,
);

describe("the ladder drawn as a path", () => {
  const tiers = ladderTiers(DEFAULT_LADDER_RULES.categories, fresh.entries);
  const shape = tiers.map((t) => t.groups.map((g) => g.category));

  it("puts categories that open in parallel side by side, in the published order", () => {
    expect(shape).toEqual([
      ["basic_annotation"],
      ["general_evaluation"],
      ["rewriting", "prompt_creation"],
      ["fact_checking", "red_teaming"],
      ["domain_expert", "code_evaluation"],
    ]);
  });

  it("keeps one entry per domain under domain-expert evaluation", () => {
    const domain = tiers[4]?.groups.find((g) => g.category === "domain_expert");
    expect(domain?.entries.map((e) => e.domain)).toEqual(DEFAULT_LADDER_RULES.domains);
    expect(domain?.after).toEqual(["fact-checking"]);
  });

  it("places a category under the column of what it follows", () => {
    // Red teaming follows prompt creation (the second column); put it first in the rules'
    // tier and it still lands under prompt creation.
    const rules = DEFAULT_LADDER_RULES.categories.map((r) =>
      r.category === "red_teaming" ? { ...r, prerequisites: ["prompt_creation" as const] } : r,
    );
    const reordered = [
      ...rules.filter((r) => r.category !== "fact_checking"),
      ...rules.filter((r) => r.category === "fact_checking"),
    ];
    const tier = ladderTiers(reordered, fresh.entries).find((t) => t.depth === 4);
    expect(tier?.groups.map((g) => g.category)).toEqual(["fact_checking", "red_teaming"]);
  });

  it("derives depth from prerequisites, so a changed rule redraws the path", () => {
    const rules = DEFAULT_LADDER_RULES.categories.map((r) =>
      r.category === "code_evaluation"
        ? { ...r, prerequisites: ["general_evaluation" as const] }
        : r,
    );
    const code = ladderTiers(rules, fresh.entries).find((t) =>
      t.groups.some((g) => g.category === "code_evaluation"),
    );
    expect(code?.depth).toBe(3);
  });
});

describe("step states", () => {
  it("each has a word and an icon besides its colour", () => {
    for (const look of Object.values(STATE_LOOK)) {
      expect(look.label).not.toBe("");
      expect(look.icon).not.toBe("");
    }
    expect(new Set(Object.values(STATE_LOOK).map((l) => l.icon)).size).toBe(4);
  });

  it("a group reads as its best domain", () => {
    expect(bestState(["locked", "available", "qualified"])).toBe("qualified");
    expect(bestState(["locked", "suspended"])).toBe("suspended");
    expect(bestState([])).toBe("locked");
  });
});

describe("progress toward an unlock", () => {
  it("counts gold items, the bound and the test as parts", () => {
    const progress = unlockProgress({
      state: "available",
      quality: { unlock: { count: 8, minGoldItems: 20, lower: 0.35, minLowerBound: 0.7 } },
      test: { passed: false },
    });
    expect(progress.parts.map((p) => [p.label, p.detail, p.done])).toEqual([
      ["Gold items", "8 of 20", false],
      ["Quality lower bound", "0.35 of 0.70", false],
      ["Qualification test", "not passed yet", false],
    ]);
    expect(progress.fraction).toBeCloseTo((0.4 + 0.5 + 0) / 3);
  });

  it("never prints a bound just under the bar as reaching it", () => {
    const progress = unlockProgress({
      state: "available",
      quality: { unlock: { count: 30, minGoldItems: 20, lower: 0.7996, minLowerBound: 0.8 } },
      test: null,
    });
    expect(progress.parts[1]).toMatchObject({ detail: "0.79 of 0.80", done: false });
    expect(progress.parts[0]).toMatchObject({ detail: "20 of 20", done: true });
  });

  it("is full once the step is qualified", () => {
    const progress = unlockProgress({
      state: "qualified",
      quality: { unlock: null },
      test: { passed: true },
    });
    expect(progress.fraction).toBe(1);
  });
});
