import { z } from "zod";
import {
  CATEGORIES,
  type Category,
  categorySchema,
  DOMAINS,
  domainSchema,
} from "../categories/categories.ts";
import { wilsonInterval } from "../quality/interval.ts";

/**
 * Quality needed to unlock a category, read from the gold items of the work below it
 * (`evidenceFrom`, always one of its prerequisites): at least `minGoldItems` results, and a
 * lower confidence bound of at least `minLowerBound` over the latest `lastItems` results
 * (all of them when null). The count matters as much as the bound: ten perfect answers
 * give a Wilson lower bound of 0.72, which would clear a 0.70 bar on luck alone.
 */
export const unlockQualityRuleSchema = z.object({
  evidenceFrom: categorySchema,
  minGoldItems: z.int().positive(),
  minLowerBound: z.number().gt(0).lt(1),
  lastItems: z.int().positive().nullable(),
});
export type UnlockQualityRule = z.infer<typeof unlockQualityRuleSchema>;

/**
 * Quality needed to keep a category once qualified, read from the category's own gold
 * items: the lower bound over the latest `lastItems` must stay at or above `minLowerBound`.
 * It sits below the unlock bar so that ordinary ups and downs do not flip access on and off.
 */
export const maintenanceRuleSchema = z.object({
  lastItems: z.int().positive(),
  minLowerBound: z.number().gt(0).lt(1),
});
export type MaintenanceRule = z.infer<typeof maintenanceRuleSchema>;

export const qualificationTestRuleSchema = z.object({
  passMark: z.number().gt(0).max(1),
  retakeCooldownHours: z.number().min(0).default(24),
});
export type QualificationTestRule = z.infer<typeof qualificationTestRuleSchema>;

/** What one rung of the ladder asks for; a null part asks for nothing. */
export const categoryRuleSchema = z.object({
  category: categorySchema,
  requiresCoreAssessment: z.boolean(),
  /** Categories the worker must currently hold (qualified, not suspended) to unlock this one. */
  prerequisites: z.array(categorySchema),
  quality: unlockQualityRuleSchema.nullable(),
  qualificationTest: qualificationTestRuleSchema.nullable(),
  maintenance: maintenanceRuleSchema.nullable(),
});
export type CategoryRule = z.infer<typeof categoryRuleSchema>;

function perfectReaches(items: number, bar: number, confidence: number): boolean {
  return wilsonInterval(items, items, confidence).lower >= bar;
}

/** The one category qualified separately per domain. */
export const DOMAIN_CATEGORY = "domain_expert" satisfies Category;

/**
 * The whole ladder. `categories` lists every category once, in ladder order: each
 * category's prerequisites come before it, which rules out cycles and lets the ladder be
 * evaluated in one pass. Domain-expert evaluation is one rung per domain in `domains`.
 */
export const ladderRulesSchema = z
  .object({
    /** Two-sided confidence of every interval the ladder reads. */
    confidence: z.number().gt(0).lt(1).default(0.95),
    coreAssessment: z.object({ retakeCooldownHours: z.number().min(0).default(24) }),
    domains: z.array(domainSchema).min(1),
    categories: z.array(categoryRuleSchema),
  })
  .superRefine((rules, ctx) => {
    const seen = new Set<Category>();
    rules.categories.forEach((rule, i) => {
      const at = (...path: (string | number)[]) => ["categories", i, ...path];
      if (seen.has(rule.category)) {
        ctx.addIssue({
          code: "custom",
          message: `${rule.category} appears twice.`,
          path: at("category"),
        });
      }
      rule.prerequisites.forEach((prerequisite, j) => {
        if (!seen.has(prerequisite)) {
          ctx.addIssue({
            code: "custom",
            message: `${prerequisite} must come before ${rule.category} on the ladder.`,
            path: at("prerequisites", j),
          });
        }
        if (prerequisite === DOMAIN_CATEGORY) {
          ctx.addIssue({
            code: "custom",
            message: "Domain-expert evaluation is held per domain and cannot be a prerequisite.",
            path: at("prerequisites", j),
          });
        }
      });
      if (rule.quality && !rule.prerequisites.includes(rule.quality.evidenceFrom)) {
        ctx.addIssue({
          code: "custom",
          message: "Quality evidence must come from one of the category's prerequisites.",
          path: at("quality", "evidenceFrom"),
        });
      }
      if (
        rule.quality &&
        rule.maintenance &&
        rule.maintenance.minLowerBound > rule.quality.minLowerBound
      ) {
        ctx.addIssue({
          code: "custom",
          message: "Keeping a category cannot ask for more than unlocking it.",
          path: at("maintenance", "minLowerBound"),
        });
      }
      if (rule.quality?.lastItems != null && rule.quality.minGoldItems > rule.quality.lastItems) {
        ctx.addIssue({
          code: "custom",
          message: "The evidence window must hold at least the minimum number of gold items.",
          path: at("quality", "lastItems"),
        });
      }
      // A window so short that even perfect work cannot reach its bar would lock or suspend
      // everyone for good.
      if (
        rule.quality?.lastItems != null &&
        !perfectReaches(rule.quality.lastItems, rule.quality.minLowerBound, rules.confidence)
      ) {
        ctx.addIssue({
          code: "custom",
          message: "Even a perfect window of this size cannot reach the bar; lengthen it.",
          path: at("quality", "lastItems"),
        });
      }
      if (
        rule.maintenance &&
        !perfectReaches(
          rule.maintenance.lastItems,
          rule.maintenance.minLowerBound,
          rules.confidence,
        )
      ) {
        ctx.addIssue({
          code: "custom",
          message: "Even a perfect window of this size cannot reach the bar; lengthen it.",
          path: at("maintenance", "lastItems"),
        });
      }
      if (!rule.requiresCoreAssessment && rule.prerequisites.length === 0) {
        ctx.addIssue({
          code: "custom",
          message: "A category needs the core assessment or a prerequisite.",
          path: at("prerequisites"),
        });
      }
      seen.add(rule.category);
    });
    const missing = CATEGORIES.filter((c) => !seen.has(c));
    if (missing.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `Every category needs a rule; missing: ${missing.join(", ")}.`,
        path: ["categories"],
      });
    }
  });
export type LadderRules = z.infer<typeof ladderRulesSchema>;
export type LadderRulesInput = z.input<typeof ladderRulesSchema>;

function rung(
  category: Category,
  below: Category,
  minGoldItems: number,
  unlockBound: number,
  passMark: number,
): z.input<typeof categoryRuleSchema> {
  return {
    category,
    requiresCoreAssessment: false,
    prerequisites: [below],
    quality: { evidenceFrom: below, minGoldItems, minLowerBound: unlockBound, lastItems: 100 },
    qualificationTest: { passMark, retakeCooldownHours: 24 },
    // Ten points of slack below the unlock bar, over the latest 30 gold items.
    maintenance: { lastItems: 30, minLowerBound: Math.round((unlockBound - 0.1) * 100) / 100 },
  };
}

/**
 * The default ladder: core assessment → basic annotation → general evaluation → rewriting /
 * prompt creation → fact-checking (after rewriting) / red teaming (after prompt creation)
 * → domain-expert and code evaluation (after fact-checking).
 *
 * - Basic annotation opens on the core assessment alone; drills are its practice and their
 *   gold results are the evidence for general evaluation.
 * - Fact-checking follows rewriting because fact-checked work is delivered as corrected
 *   rewrites; red teaming follows prompt creation because it is adversarial prompt writing.
 * - Domain-expert and code evaluation follow fact-checking: both are judging whether
 *   specialised content is correct, which is what fact-checking proves at general level.
 *   The domain itself is proven by the domain's own qualification test.
 * - Bars rise up the ladder: more gold items and a higher lower bound for premium work.
 */
export const DEFAULT_LADDER_RULES: LadderRules = ladderRulesSchema.parse({
  confidence: 0.95,
  coreAssessment: { retakeCooldownHours: 24 },
  domains: [...DOMAINS],
  categories: [
    {
      category: "basic_annotation",
      requiresCoreAssessment: true,
      prerequisites: [],
      quality: null,
      qualificationTest: null,
      maintenance: null,
    },
    rung("general_evaluation", "basic_annotation", 20, 0.7, 0.7),
    rung("rewriting", "general_evaluation", 30, 0.75, 0.75),
    rung("prompt_creation", "general_evaluation", 30, 0.75, 0.75),
    rung("fact_checking", "rewriting", 40, 0.8, 0.8),
    rung("red_teaming", "prompt_creation", 40, 0.8, 0.8),
    rung("domain_expert", "fact_checking", 50, 0.85, 0.8),
    rung("code_evaluation", "fact_checking", 50, 0.85, 0.8),
  ],
} satisfies LadderRulesInput);

/** The rule for a category; every valid rule set has one. */
export function ruleFor(rules: LadderRules, category: Category): CategoryRule {
  const rule = rules.categories.find((r) => r.category === category);
  if (!rule) throw new Error(`The ladder rules have no rule for ${category}.`);
  return rule;
}
