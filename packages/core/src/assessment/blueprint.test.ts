import { describe, expect, it } from "vitest";
import { CATEGORIES, DOMAINS } from "../categories/categories.ts";
import { TASK_TYPE_CATEGORY, TASK_TYPES } from "../tasks/enums.ts";
import {
  type AssessmentBlueprintInput,
  assessmentBlueprintSchema,
  CORE_ASSESSMENT_BLUEPRINT,
  CORE_ASSESSMENT_SECTIONS,
  QUALIFICATION_TEST_LAYOUTS,
  qualificationBlueprint,
  type TestedCategory,
} from "./blueprint.ts";

const TESTED = CATEGORIES.filter((c): c is TestedCategory => c !== "basic_annotation");

describe("the core assessment blueprint", () => {
  it("has the six sections in order, weights adding up to 1, and a 24 h cooldown", () => {
    expect(CORE_ASSESSMENT_BLUEPRINT.sections.map((s) => s.id)).toEqual([
      ...CORE_ASSESSMENT_SECTIONS,
    ]);
    const weights = CORE_ASSESSMENT_BLUEPRINT.sections.reduce((sum, s) => sum + s.weight, 0);
    expect(weights).toBeCloseTo(1, 12);
    expect(CORE_ASSESSMENT_BLUEPRINT.retakeCooldownHours).toBe(24);
    expect(CORE_ASSESSMENT_BLUEPRINT.passMark).toBe(0.7);
  });
  it("fits its sections inside the overall time limit", () => {
    const sectionMinutes = CORE_ASSESSMENT_BLUEPRINT.sections.reduce(
      (sum, s) => sum + s.timeLimitMinutes,
      0,
    );
    expect(sectionMinutes).toBeLessThanOrEqual(CORE_ASSESSMENT_BLUEPRINT.timeLimitMinutes);
  });
});

describe("assessmentBlueprintSchema", () => {
  const base: AssessmentBlueprintInput = {
    id: "x",
    kind: "core",
    category: null,
    domain: null,
    label: "X",
    sections: [
      { id: "a", label: "A", itemCount: 2, timeLimitMinutes: 5, weight: 0.5, minScore: 0.5 },
      { id: "b", label: "B", itemCount: 2, timeLimitMinutes: 5, weight: 0.5, minScore: 0.5 },
    ],
    timeLimitMinutes: 10,
    passMark: 0.7,
  };
  it("defaults the retake cooldown to 24 hours", () => {
    expect(assessmentBlueprintSchema.parse(base).retakeCooldownHours).toBe(24);
  });
  it("refuses weights that do not add up to 1, on the sections", () => {
    const result = assessmentBlueprintSchema.safeParse({
      ...base,
      sections: base.sections.map((s) => ({ ...s, weight: 0.4 })),
    });
    expect(result.error?.issues[0]?.path).toEqual(["sections"]);
  });
  it("refuses a repeated section id and a section longer than the whole", () => {
    const [a] = base.sections;
    const result = assessmentBlueprintSchema.safeParse({
      ...base,
      sections: [a, { ...a, timeLimitMinutes: 11 }],
    });
    const paths = result.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths).toContain("sections.1.id");
    expect(paths).toContain("sections.1.timeLimitMinutes");
  });
  it("refuses a domain outside domain-expert tests", () => {
    const result = assessmentBlueprintSchema.safeParse({ ...base, domain: "law" });
    expect(result.error?.issues[0]?.path).toEqual(["domain"]);
  });
});

describe("qualification blueprints", () => {
  it("exist for every category but basic annotation and draw on that category's task types", () => {
    expect(Object.keys(QUALIFICATION_TEST_LAYOUTS).sort()).toEqual([...TESTED].sort());
    for (const category of TESTED) {
      for (const s of QUALIFICATION_TEST_LAYOUTS[category].sections) {
        expect(TASK_TYPES).toContain(s.id);
        expect(TASK_TYPE_CATEGORY[s.id as keyof typeof TASK_TYPE_CATEGORY]).toBe(category);
      }
    }
  });
  it("take the pass mark and cooldown they are given", () => {
    const blueprint = qualificationBlueprint({
      category: "rewriting",
      passMark: 0.75,
      retakeCooldownHours: 48,
    });
    expect(blueprint).toMatchObject({
      id: "qualification:rewriting",
      kind: "qualification",
      category: "rewriting",
      domain: null,
      passMark: 0.75,
      retakeCooldownHours: 48,
      label: "Response rewriting qualification test",
    });
  });
  it("build one domain-expert test per domain and refuse one without a domain", () => {
    for (const domain of DOMAINS) {
      const blueprint = qualificationBlueprint({
        category: "domain_expert",
        domain,
        passMark: 0.8,
      });
      expect(blueprint.id).toBe(`qualification:domain_expert:${domain}`);
      expect(blueprint.domain).toBe(domain);
    }
    expect(() => qualificationBlueprint({ category: "domain_expert", passMark: 0.8 })).toThrow();
    expect(() =>
      qualificationBlueprint({ category: "code_evaluation", domain: "law", passMark: 0.8 }),
    ).toThrow();
  });
});
