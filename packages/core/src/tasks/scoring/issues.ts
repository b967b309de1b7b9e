import type { IssueTag } from "../enums.ts";
import { humanize, type ScoredPart, type TaskFeedback } from "../feedback.ts";
import { pickGuidelineRef } from "../guideline-sections.ts";
import { f1, precision, recall } from "../matching.ts";

/** The general-evaluation section that explains each kind of flaw. */
const ISSUE_SECTION: Record<IssueTag, string> = {
  factual_error: "general_evaluation#accuracy",
  reasoning_error: "general_evaluation#accuracy",
  ignores_instruction: "general_evaluation#helpfulness",
  missing_information: "general_evaluation#completeness",
  verbosity: "general_evaluation#clarity",
  formatting: "general_evaluation#clarity",
  tone: "general_evaluation#helpfulness",
  unsafe_content: "general_evaluation#harmlessness",
  over_refusal: "general_evaluation#helpfulness",
  unsupported_claim: "general_evaluation#honesty",
  language_quality: "general_evaluation#clarity",
};

export function issueRef(tag: IssueTag, itemRefs: readonly string[]): string {
  return pickGuidelineRef(itemRefs, [ISSUE_SECTION[tag], "general_evaluation#issue-taxonomy"]);
}

export interface IssueGroup {
  /** How feedback names what was tagged ("Response A", "the response"). */
  name: string;
  gold: readonly IssueTag[];
  worker: readonly IssueTag[];
}

/**
 * Issue tags scored by F1 over (response, tag) pairs pooled across responses: each planted
 * flaw found is a true positive, each tag the expert did not plant a false positive.
 */
export function scoreIssues(
  groups: readonly IssueGroup[],
  itemRefs: readonly string[],
  weight: number,
): ScoredPart {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const feedback: TaskFeedback[] = [];
  for (const group of groups) {
    for (const tag of group.gold) {
      if (group.worker.includes(tag)) {
        truePositives += 1;
        feedback.push({
          kind: "good",
          message: `You tagged the ${humanize(tag)} in ${group.name}.`,
          guidelineRef: issueRef(tag, itemRefs),
        });
      } else {
        falseNegatives += 1;
        feedback.push({
          kind: "missed",
          message: `${capitalize(group.name)} has a ${humanize(tag)} you did not tag.`,
          guidelineRef: issueRef(tag, itemRefs),
        });
      }
    }
    for (const tag of group.worker) {
      if (group.gold.includes(tag)) continue;
      falsePositives += 1;
      feedback.push({
        kind: "extra",
        message: `You tagged ${humanize(tag)} in ${group.name}, which the expert did not find.`,
        guidelineRef: issueRef(tag, itemRefs),
      });
    }
  }
  const p = precision(truePositives, falsePositives);
  const r = recall(truePositives, falseNegatives);
  return {
    component: {
      id: "issues",
      label: "Issues found",
      score: f1(truePositives, falsePositives, falseNegatives),
      weight,
      detail: `precision ${percent(p)}, recall ${percent(r)}`,
    },
    feedback,
  };
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
