import { z } from "zod";
import {
  type Category,
  categorySchema,
  type Domain,
  domainSchema,
} from "../categories/categories.ts";
import { stepTitle } from "../ladder/messages.ts";

/**
 * One timed part of an assessment. Its items come from the pool with the same `id`; its
 * score is the mean item score in [0, 1], and the attempt fails if it lands under `minScore`
 * whatever the overall result, so one strong section cannot hide a missing skill.
 */
export const assessmentSectionSchema = z.object({
  id: z.string().regex(/^[a-z][a-z_]*$/, "Use lowercase words joined by underscores."),
  label: z.string().min(1),
  itemCount: z.int().positive(),
  timeLimitMinutes: z.number().positive(),
  weight: z.number().positive(),
  minScore: z.number().min(0).max(1),
});
export type AssessmentSection = z.infer<typeof assessmentSectionSchema>;

/**
 * What an assessment is made of: the core assessment every newcomer takes, or one
 * category's qualification test (the same machinery). Section weights sum to 1; the whole
 * attempt has its own time limit, which caps every section's.
 */
export const assessmentBlueprintSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(["core", "qualification"]),
    category: categorySchema.nullable(),
    domain: domainSchema.nullable(),
    label: z.string().min(1),
    sections: z.array(assessmentSectionSchema).min(1),
    timeLimitMinutes: z.number().positive(),
    passMark: z.number().gt(0).max(1),
    retakeCooldownHours: z.number().min(0).default(24),
  })
  .superRefine((blueprint, ctx) => {
    const ids = new Set<string>();
    blueprint.sections.forEach((section, i) => {
      if (ids.has(section.id)) {
        ctx.addIssue({
          code: "custom",
          message: `Section "${section.id}" appears twice.`,
          path: ["sections", i, "id"],
        });
      }
      ids.add(section.id);
      if (section.timeLimitMinutes > blueprint.timeLimitMinutes) {
        ctx.addIssue({
          code: "custom",
          message: "A section cannot last longer than the whole assessment.",
          path: ["sections", i, "timeLimitMinutes"],
        });
      }
    });
    const weights = blueprint.sections.reduce((sum, s) => sum + s.weight, 0);
    if (Math.abs(weights - 1) > 1e-9) {
      ctx.addIssue({
        code: "custom",
        message: `Section weights must add up to 1; they add up to ${weights}.`,
        path: ["sections"],
      });
    }
    if (blueprint.kind === "core" && blueprint.category !== null) {
      ctx.addIssue({
        code: "custom",
        message: "The core assessment belongs to no category.",
        path: ["category"],
      });
    }
    if (blueprint.kind === "qualification" && blueprint.category === null) {
      ctx.addIssue({
        code: "custom",
        message: "A qualification test names its category.",
        path: ["category"],
      });
    }
    if ((blueprint.category === "domain_expert") !== (blueprint.domain !== null)) {
      ctx.addIssue({
        code: "custom",
        message: "Domain-expert tests name a domain; no other assessment does.",
        path: ["domain"],
      });
    }
  });
export type AssessmentBlueprint = z.infer<typeof assessmentBlueprintSchema>;
export type AssessmentBlueprintInput = z.input<typeof assessmentBlueprintSchema>;

export const CORE_ASSESSMENT_SECTIONS = [
  "guideline_application",
  "attention_to_detail",
  "pairwise_judgment",
  "fact_checking",
  "short_rewrite",
  "typing_transcription",
] as const;
export type CoreAssessmentSection = (typeof CORE_ASSESSMENT_SECTIONS)[number];

/**
 * The core assessment. Times follow the typical task lengths (a pairwise judgment takes
 * 2–3 minutes, a short rewrite about 10); the overall limit leaves ten minutes for reading
 * instructions between sections. The written sections have lower minimums because they
 * are rubric-scored and partial credit is the norm there.
 */
export const CORE_ASSESSMENT_BLUEPRINT: AssessmentBlueprint = assessmentBlueprintSchema.parse({
  id: "core",
  kind: "core",
  category: null,
  domain: null,
  label: "Core assessment",
  sections: [
    {
      id: "guideline_application",
      label: "Guideline application",
      itemCount: 8,
      timeLimitMinutes: 12,
      weight: 0.2,
      minScore: 0.6,
    },
    {
      id: "attention_to_detail",
      label: "Attention to detail (proofreading)",
      itemCount: 6,
      timeLimitMinutes: 8,
      weight: 0.15,
      minScore: 0.6,
    },
    {
      id: "pairwise_judgment",
      label: "Pairwise judgment",
      itemCount: 6,
      timeLimitMinutes: 15,
      weight: 0.2,
      minScore: 0.6,
    },
    {
      id: "fact_checking",
      label: "Fact-checking",
      itemCount: 3,
      timeLimitMinutes: 18,
      weight: 0.15,
      minScore: 0.5,
    },
    {
      id: "short_rewrite",
      label: "Short rewrite",
      itemCount: 2,
      timeLimitMinutes: 20,
      weight: 0.15,
      minScore: 0.5,
    },
    {
      id: "typing_transcription",
      label: "Typing and transcription check",
      itemCount: 2,
      timeLimitMinutes: 7,
      weight: 0.15,
      minScore: 0.5,
    },
  ],
  timeLimitMinutes: 90,
  passMark: 0.7,
  retakeCooldownHours: 24,
} satisfies AssessmentBlueprintInput);

/** The categories that have a qualification test; basic annotation opens with the core assessment. */
export type TestedCategory = Exclude<Category, "basic_annotation">;

/** Sections and time of a qualification test; the pass mark and cooldown come from the ladder rules. */
export interface QualificationTestLayout {
  sections: readonly AssessmentSection[];
  timeLimitMinutes: number;
}

function section(
  id: string,
  label: string,
  itemCount: number,
  timeLimitMinutes: number,
  weight = 1,
): AssessmentSection {
  return { id, label, itemCount, timeLimitMinutes, weight, minScore: 0.5 };
}

/**
 * Qualification tests by category. Section ids are task types, so the pools are the
 * category's test items of that type (for domain-expert tests, of the test's domain).
 * Item counts × typical minutes per item fit inside each section's limit with room to read.
 */
export const QUALIFICATION_TEST_LAYOUTS: Readonly<Record<TestedCategory, QualificationTestLayout>> =
  {
    general_evaluation: {
      sections: [
        section("pairwise", "Pairwise comparison", 6, 20, 0.375),
        section("ranking", "Ranking responses", 3, 20, 0.375),
        section("rating", "Rating against criteria", 4, 15, 0.25),
      ],
      timeLimitMinutes: 55,
    },
    rewriting: {
      sections: [section("rewrite", "Response rewriting", 4, 55)],
      timeLimitMinutes: 60,
    },
    prompt_creation: {
      sections: [section("prompt", "Prompt creation", 5, 45)],
      timeLimitMinutes: 50,
    },
    fact_checking: {
      sections: [section("fact_check", "Fact-checking", 5, 50)],
      timeLimitMinutes: 55,
    },
    red_teaming: {
      sections: [section("red_team", "Red teaming and safety", 8, 45)],
      timeLimitMinutes: 50,
    },
    domain_expert: {
      sections: [section("domain_review", "Domain review", 5, 55)],
      timeLimitMinutes: 60,
    },
    code_evaluation: {
      sections: [section("code_review", "Code review", 5, 55)],
      timeLimitMinutes: 60,
    },
  };

export interface QualificationBlueprintRequest {
  category: TestedCategory;
  /** Required for domain-expert tests, refused for every other category. */
  domain?: Domain | null;
  passMark: number;
  retakeCooldownHours?: number;
}

/**
 * The full blueprint of one category's qualification test. Pass mark and cooldown are passed
 * in (from the ladder rules' `qualificationTest`) so that the ladder stays the one place that
 * decides what passing a category means.
 */
export function qualificationBlueprint(
  request: QualificationBlueprintRequest,
): AssessmentBlueprint {
  const layout = QUALIFICATION_TEST_LAYOUTS[request.category];
  const domain = request.domain ?? null;
  const label = `${stepTitle({ category: request.category, domain })} qualification test`;
  return assessmentBlueprintSchema.parse({
    id:
      domain === null
        ? `qualification:${request.category}`
        : `qualification:${request.category}:${domain}`,
    kind: "qualification",
    category: request.category,
    domain,
    label,
    sections: layout.sections.map((s) => ({ ...s })),
    timeLimitMinutes: layout.timeLimitMinutes,
    passMark: request.passMark,
    retakeCooldownHours: request.retakeCooldownHours ?? 24,
  } satisfies AssessmentBlueprintInput);
}
