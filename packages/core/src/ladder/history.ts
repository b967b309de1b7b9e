import { z } from "zod";
import {
  type Category,
  categorySchema,
  type Domain,
  domainSchema,
} from "../categories/categories.ts";
import { goldResultSchema } from "../quality/estimate.ts";
import { DOMAIN_CATEGORY } from "./rules.ts";

/**
 * Where a record sits on the ladder: a category, plus the domain for domain-expert work
 * (required there, refused elsewhere).
 */
const placement = { category: categorySchema, domain: domainSchema.optional() };
const domainWhereNeeded: [
  (r: { category: Category; domain?: Domain | undefined }) => boolean,
  { message: string; path: string[] },
] = [
  (r) => (r.category === DOMAIN_CATEGORY) === (r.domain !== undefined),
  { message: "Domain-expert records name a domain; no other category does.", path: ["domain"] },
];

/** One graded attempt at the core assessment; `at` is when it was submitted. */
export const coreAssessmentAttemptSchema = z.object({
  passed: z.boolean(),
  score: z.number().min(0).max(1).optional(),
  at: z.date(),
});
export type CoreAssessmentAttempt = z.infer<typeof coreAssessmentAttemptSchema>;

/** One graded attempt at a category's qualification test, as the grade decided it. */
export const qualificationTestAttemptSchema = z
  .object({
    ...placement,
    score: z.number().min(0).max(1),
    passed: z.boolean(),
    at: z.date(),
  })
  .refine(...domainWhereNeeded);
export type QualificationTestAttempt = z.infer<typeof qualificationTestAttemptSchema>;

/**
 * One scored gold item in a category (`true`/`false` or partial credit in [0, 1]). Gold
 * results of basic annotation are the worker's drills scored against their answer keys.
 */
export const ladderGoldResultSchema = z
  .object({ ...placement, ...goldResultSchema.shape })
  .refine(...domainWhereNeeded);
export type LadderGoldResult = z.infer<typeof ladderGoldResultSchema>;

/**
 * A qualification the platform has stored: the category was unlocked at `at`. From then on
 * only maintenance decides whether the worker holds it; the unlock gates are not re-judged.
 */
export const qualificationRecordSchema = z
  .object({ ...placement, at: z.date() })
  .refine(...domainWhereNeeded);
export type QualificationRecord = z.infer<typeof qualificationRecordSchema>;

/**
 * Everything about one worker the ladder decides from. The lists may come in any order;
 * records dated after the evaluation's `now` are ignored, so a past state can be replayed.
 */
export const ladderHistorySchema = z.object({
  coreAssessment: z.array(coreAssessmentAttemptSchema).default([]),
  qualificationTests: z.array(qualificationTestAttemptSchema).default([]),
  gold: z.array(ladderGoldResultSchema).default([]),
  qualifications: z.array(qualificationRecordSchema).default([]),
});
export type LadderHistory = z.infer<typeof ladderHistorySchema>;
export type LadderHistoryInput = z.input<typeof ladderHistorySchema>;

/** A rung of the ladder: a category, and for domain-expert evaluation, its domain. */
export interface LadderStep {
  category: Category;
  domain: Domain | null;
}

/** Whether a record belongs to a step. */
export function isOnStep(
  record: { category: Category; domain?: Domain | undefined },
  step: LadderStep,
): boolean {
  return record.category === step.category && (record.domain ?? null) === step.domain;
}

/** A short key for a step, "rewriting" or "domain_expert:law", for maps and list keys. */
export function stepKey(step: LadderStep): string {
  return step.domain === null ? step.category : `${step.category}:${step.domain}`;
}
