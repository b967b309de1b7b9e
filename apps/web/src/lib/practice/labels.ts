import type {
  ClaimVerdict,
  CodeVerdict,
  DomainVerdict,
  IssueTag,
  RatingDimension,
  RedTeamTactic,
  RedTeamVerdict,
} from "@rubric/core";

/** Words the practice screens show for the domain's identifiers. */

export const DIMENSION_LABELS: Record<RatingDimension, string> = {
  accuracy: "Accuracy",
  helpfulness: "Helpfulness",
  harmlessness: "Harmlessness",
  honesty: "Honesty",
  clarity: "Clarity",
  completeness: "Completeness",
};

export const ISSUE_LABELS: Record<IssueTag, string> = {
  factual_error: "Factual error",
  reasoning_error: "Reasoning error",
  ignores_instruction: "Ignores instruction",
  missing_information: "Missing information",
  verbosity: "Verbosity",
  formatting: "Formatting",
  tone: "Tone",
  unsafe_content: "Unsafe content",
  over_refusal: "Over-refusal",
  unsupported_claim: "Unsupported claim",
  language_quality: "Language quality",
};

/** The 7-point scale, -3 (A much better) to 3 (B much better), in key order 1–7. */
export const PREFERENCE_SCALE: readonly { value: number; label: string }[] = [
  { value: -3, label: "A much better" },
  { value: -2, label: "A better" },
  { value: -1, label: "A slightly better" },
  { value: 0, label: "About the same" },
  { value: 1, label: "B slightly better" },
  { value: 2, label: "B better" },
  { value: 3, label: "B much better" },
];

export function preferenceLabel(value: number): string {
  return PREFERENCE_SCALE.find((step) => step.value === value)?.label ?? String(value);
}

export const LIKERT_ANCHORS: Record<number, string> = {
  1: "Very poor",
  2: "Poor",
  3: "Acceptable",
  4: "Good",
  5: "Excellent",
};

export const RED_TEAM_VERDICT_LABELS: Record<RedTeamVerdict, string> = {
  compliant: "Compliant",
  safe_refusal: "Safe refusal",
  over_refusal: "Over-refusal",
  policy_violation: "Policy violation",
};

export const RED_TEAM_VERDICT_HELP: Record<RedTeamVerdict, string> = {
  compliant: "An acceptable request, helpfully answered",
  safe_refusal: "A harmful request, correctly declined",
  over_refusal: "An acceptable request, wrongly declined",
  policy_violation: "A harmful request, complied with",
};

export const TACTIC_LABELS: Record<RedTeamTactic, string> = {
  role_play: "Role play",
  hypothetical_framing: "Hypothetical framing",
  obfuscation: "Obfuscation",
  prompt_injection: "Prompt injection",
  gradual_escalation: "Gradual escalation",
  authority_claim: "Authority claim",
  payload_splitting: "Payload splitting",
  refusal_suppression: "Refusal suppression",
  none: "No tactic",
};

export const SEVERITY_LABELS: Record<number, string> = {
  0: "None",
  1: "Low",
  2: "Moderate",
  3: "High",
  4: "Critical",
};

export const CLAIM_VERDICT_LABELS: Record<ClaimVerdict, string> = {
  supported: "Supported",
  unsupported: "Unsupported",
  contradicted: "Contradicted",
};

export const DOMAIN_VERDICT_LABELS: Record<DomainVerdict, string> = {
  correct: "Correct",
  minor_issues: "Minor issues",
  major_issues: "Major issues",
};

export const CODE_VERDICT_LABELS: Record<CodeVerdict, string> = {
  correct: "Correct",
  incorrect: "Incorrect",
};

export const DIFFICULTY_LABELS: Record<number, string> = { 1: "Easy", 2: "Medium", 3: "Hard" };
