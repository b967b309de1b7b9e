import { z } from "zod";
import type { Category } from "../categories/categories.ts";

/** The forms a task item takes (drills are separate and live with the drills). */
export const TASK_TYPES = [
  "pairwise",
  "ranking",
  "rating",
  "rewrite",
  "prompt",
  "red_team",
  "fact_check",
  "domain_review",
  "code_review",
] as const;
export const taskTypeSchema = z.enum(TASK_TYPES);
export type TaskType = z.infer<typeof taskTypeSchema>;

/** Each task type belongs to exactly one category; an item's `category` must agree. */
export const TASK_TYPE_CATEGORY = {
  pairwise: "general_evaluation",
  ranking: "general_evaluation",
  rating: "general_evaluation",
  rewrite: "rewriting",
  prompt: "prompt_creation",
  red_team: "red_teaming",
  fact_check: "fact_checking",
  domain_review: "domain_expert",
  code_review: "code_evaluation",
} as const satisfies Record<TaskType, Category>;

/** Item ids are `<prefix>-<3 digits>`, the prefix naming the type. */
export const TASK_ID_PREFIXES = {
  pairwise: "pw",
  ranking: "rk",
  rating: "rt",
  rewrite: "rw",
  prompt: "pc",
  red_team: "rd",
  fact_check: "fc",
  domain_review: "dm",
  code_review: "cd",
} as const satisfies Record<TaskType, string>;

/**
 * What an experienced worker needs per item, in minutes (inclusive bounds). Items outside
 * their type's range would distort time-on-task flags, so the schema enforces them.
 */
export const EXPECTED_MINUTES = {
  pairwise: { min: 2, max: 4 },
  ranking: { min: 4, max: 8 },
  rating: { min: 2, max: 4 },
  rewrite: { min: 10, max: 15 },
  prompt: { min: 6, max: 10 },
  red_team: { min: 3, max: 8 },
  fact_check: { min: 6, max: 12 },
  domain_review: { min: 6, max: 12 },
  code_review: { min: 6, max: 12 },
} as const satisfies Record<TaskType, { min: number; max: number }>;

/** Quality dimensions a response is rated on, each 1 (very poor) to 5 (excellent). */
export const RATING_DIMENSIONS = [
  "accuracy",
  "helpfulness",
  "harmlessness",
  "honesty",
  "clarity",
  "completeness",
] as const;
export const ratingDimensionSchema = z.enum(RATING_DIMENSIONS);
export type RatingDimension = z.infer<typeof ratingDimensionSchema>;

export const ISSUE_TAGS = [
  "factual_error",
  "reasoning_error",
  "ignores_instruction",
  "missing_information",
  "verbosity",
  "formatting",
  "tone",
  "unsafe_content",
  "over_refusal",
  "unsupported_claim",
  "language_quality",
] as const;
export const issueTagSchema = z.enum(ISSUE_TAGS);
export type IssueTag = z.infer<typeof issueTagSchema>;

export const RED_TEAM_MODES = ["classify", "write"] as const;
export type RedTeamMode = (typeof RED_TEAM_MODES)[number];

export const RED_TEAM_VERDICTS = [
  "compliant",
  "safe_refusal",
  "over_refusal",
  "policy_violation",
] as const;
export const redTeamVerdictSchema = z.enum(RED_TEAM_VERDICTS);
export type RedTeamVerdict = z.infer<typeof redTeamVerdictSchema>;

export const RED_TEAM_TACTICS = [
  "role_play",
  "hypothetical_framing",
  "obfuscation",
  "prompt_injection",
  "gradual_escalation",
  "authority_claim",
  "payload_splitting",
  "refusal_suppression",
  "none",
] as const;
export const redTeamTacticSchema = z.enum(RED_TEAM_TACTICS);
export type RedTeamTactic = z.infer<typeof redTeamTacticSchema>;

/** 0 none, 1 low, 2 moderate, 3 high, 4 critical: the harm if the reply were used. */
export const harmSeveritySchema = z.int().min(0).max(4);
export type HarmSeverity = z.infer<typeof harmSeveritySchema>;

export const CLAIM_VERDICTS = ["supported", "unsupported", "contradicted"] as const;
export const claimVerdictSchema = z.enum(CLAIM_VERDICTS);
export type ClaimVerdict = z.infer<typeof claimVerdictSchema>;

export const DOMAIN_VERDICTS = ["correct", "minor_issues", "major_issues"] as const;
export const domainVerdictSchema = z.enum(DOMAIN_VERDICTS);
export type DomainVerdict = z.infer<typeof domainVerdictSchema>;

/** Severity of a planted error in a domain answer or of a bug in code. */
export const ERROR_SEVERITIES = ["minor", "major"] as const;
export const errorSeveritySchema = z.enum(ERROR_SEVERITIES);
export type ErrorSeverity = z.infer<typeof errorSeveritySchema>;

export const CODE_VERDICTS = ["correct", "incorrect"] as const;
export const codeVerdictSchema = z.enum(CODE_VERDICTS);
export type CodeVerdict = z.infer<typeof codeVerdictSchema>;

export const CODE_LANGUAGES = [
  "python",
  "typescript",
  "javascript",
  "go",
  "java",
  "sql",
  "rust",
] as const;
export const codeLanguageSchema = z.enum(CODE_LANGUAGES);
export type CodeLanguage = z.infer<typeof codeLanguageSchema>;

export const PROMPT_DIFFICULTIES = ["easy", "medium", "hard"] as const;
export const promptDifficultySchema = z.enum(PROMPT_DIFFICULTIES);
export type PromptDifficulty = z.infer<typeof promptDifficultySchema>;

export const CHECK_KINDS = [
  "mustInclude",
  "mustNotInclude",
  "minWords",
  "maxWords",
  "regex",
  "notRegex",
  "format",
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const CHECK_FORMATS = ["bullets", "numbered", "no_markdown", "paragraphs", "table"] as const;
export const checkFormatSchema = z.enum(CHECK_FORMATS);
export type CheckFormat = z.infer<typeof checkFormatSchema>;
