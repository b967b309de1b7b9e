import { findPersonalData } from "./personal-data.ts";
import { NEAR_COPY_THRESHOLD, nearCopySimilarity } from "./similarity.ts";

/** Checks every written prompt must pass whatever its brief says. */
export interface AutomaticCheckResult {
  id: "no-personal-data" | "original";
  description: string;
  passed: boolean;
  detail: string;
}

export function automaticPromptChecks(
  text: string,
  examples: readonly string[],
): AutomaticCheckResult[] {
  const findings = findPersonalData(text);
  const similarity = Math.max(0, ...examples.map((example) => nearCopySimilarity(text, example)));
  return [
    {
      id: "no-personal-data",
      description:
        "Contains no personal data (emails, phone numbers, addresses, ID or card numbers)",
      passed: findings.length === 0,
      detail:
        findings.length === 0
          ? "no personal data found"
          : `found ${findings.map((f) => `${f.kind.replace("_", " ")} "${f.text}"`).join(", ")}`,
    },
    {
      id: "original",
      description: "Is original, not a near-copy of the brief's example prompts",
      passed: similarity < NEAR_COPY_THRESHOLD,
      detail: `${Math.round(similarity * 100)}% overlap with the closest example (limit ${Math.round(
        NEAR_COPY_THRESHOLD * 100,
      )}%)`,
    },
  ];
}
