import { describe, expect, it } from "vitest";
import { CORE_ASSESSMENT_BLUEPRINT, qualificationBlueprint } from "../assessment/blueprint.ts";
import { CATEGORIES } from "../categories/categories.ts";
import { ladderHistorySchema } from "./history.ts";
import {
  DEFAULT_LADDER_RULES,
  type LadderRulesInput,
  ladderRulesSchema,
  ruleFor,
} from "./rules.ts";

const input = (): LadderRulesInput => structuredClone(DEFAULT_LADDER_RULES);
const issuePaths = (rules: LadderRulesInput) =>
  ladderRulesSchema.safeParse(rules).error?.issues.map((i) => i.path.join(".")) ?? [];

describe("DEFAULT_LADDER_RULES", () => {
  it("has one rule per category, in ladder order", () => {
    expect(DEFAULT_LADDER_RULES.categories.map((r) => r.category)).toEqual([...CATEGORIES]);
  });

  it("opens basic annotation on the core assessment alone", () => {
    expect(ruleFor(DEFAULT_LADDER_RULES, "basic_annotation")).toEqual({
      category: "basic_annotation",
      requiresCoreAssessment: true,
      prerequisites: [],
      quality: null,
      qualificationTest: null,
      maintenance: null,
    });
  });

  it("follows the ladder of the design", () => {
    const below = Object.fromEntries(
      DEFAULT_LADDER_RULES.categories.map((r) => [r.category, r.prerequisites]),
    );
    expect(below).toEqual({
      basic_annotation: [],
      general_evaluation: ["basic_annotation"],
      rewriting: ["general_evaluation"],
      prompt_creation: ["general_evaluation"],
      fact_checking: ["rewriting"],
      red_teaming: ["prompt_creation"],
      domain_expert: ["fact_checking"],
      code_evaluation: ["fact_checking"],
    });
  });

  it("raises the bars up the ladder and keeps maintenance under the unlock bar", () => {
    const tested = DEFAULT_LADDER_RULES.categories.filter((r) => r.quality);
    for (const rule of tested) {
      for (const prerequisite of rule.prerequisites) {
        const lower = ruleFor(DEFAULT_LADDER_RULES, prerequisite);
        if (!lower.quality || !rule.quality) continue;
        expect(rule.quality.minLowerBound).toBeGreaterThan(lower.quality.minLowerBound);
        expect(rule.quality.minGoldItems).toBeGreaterThan(lower.quality.minGoldItems);
      }
      expect(rule.maintenance?.minLowerBound).toBeCloseTo(
        (rule.quality?.minLowerBound ?? 0) - 0.1,
        12,
      );
      expect(rule.qualificationTest?.retakeCooldownHours).toBe(24);
    }
  });

  it("agrees with the core assessment blueprint on the retake cooldown", () => {
    expect(DEFAULT_LADDER_RULES.coreAssessment.retakeCooldownHours).toBe(
      CORE_ASSESSMENT_BLUEPRINT.retakeCooldownHours,
    );
  });

  it("gives every tested category a valid qualification test blueprint", () => {
    for (const rule of DEFAULT_LADDER_RULES.categories) {
      if (!rule.qualificationTest || rule.category === "basic_annotation") continue;
      const domain = rule.category === "domain_expert" ? "medicine" : null;
      const blueprint = qualificationBlueprint({
        category: rule.category,
        domain,
        ...rule.qualificationTest,
      });
      expect(blueprint.passMark).toBe(rule.qualificationTest.passMark);
    }
  });
});

describe("ladderRulesSchema", () => {
  it("refuses a prerequisite that comes later on the ladder", () => {
    const rules = input();
    const general = rules.categories[1];
    if (general) general.prerequisites = ["rewriting"];
    expect(issuePaths(rules)).toContain("categories.1.prerequisites.0");
  });

  it("refuses quality evidence from work that is not a prerequisite", () => {
    const rules = input();
    const rewriting = rules.categories[2];
    if (rewriting?.quality) rewriting.quality.evidenceFrom = "basic_annotation";
    expect(issuePaths(rules)).toContain("categories.2.quality.evidenceFrom");
  });

  it("refuses a maintenance bar above the unlock bar", () => {
    const rules = input();
    const rewriting = rules.categories[2];
    if (rewriting?.maintenance) rewriting.maintenance.minLowerBound = 0.9;
    expect(issuePaths(rules)).toContain("categories.2.maintenance.minLowerBound");
  });

  it("refuses a window so short that perfect work cannot reach its bar", () => {
    const rules = input();
    const rewriting = rules.categories[2];
    if (rewriting?.maintenance) rewriting.maintenance.lastItems = 5;
    expect(issuePaths(rules)).toContain("categories.2.maintenance.lastItems");
  });

  it("refuses a rule set missing a category or naming one twice", () => {
    const rules = input();
    rules.categories = rules.categories.slice(0, -1);
    expect(issuePaths(rules)).toContain("categories");
    const twice = input();
    twice.categories.push(structuredClone(twice.categories[1]!));
    expect(issuePaths(twice)).toContain("categories.8.category");
  });

  it("refuses domain-expert evaluation as a prerequisite", () => {
    const rules = input();
    const code = rules.categories[7];
    if (code) code.prerequisites = ["domain_expert"];
    expect(issuePaths(rules)).toContain("categories.7.prerequisites.0");
  });
});

describe("ladderHistorySchema", () => {
  const at = new Date("2025-01-01T00:00:00Z");
  it("fills empty lists and accepts records in any order", () => {
    expect(ladderHistorySchema.parse({})).toEqual({
      coreAssessment: [],
      qualificationTests: [],
      gold: [],
      qualifications: [],
    });
  });
  it("requires a domain on domain-expert records and refuses it elsewhere", () => {
    const parse = (record: object) => ladderHistorySchema.safeParse({ gold: [record] }).success;
    expect(parse({ category: "domain_expert", domain: "law", score: true, at })).toBe(true);
    expect(parse({ category: "domain_expert", score: true, at })).toBe(false);
    expect(parse({ category: "rewriting", domain: "law", score: 0.5, at })).toBe(false);
  });
});
