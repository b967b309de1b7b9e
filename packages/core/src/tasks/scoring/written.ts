import { automaticPromptChecks } from "../automatic-checks.ts";
import { type Check, type CheckResult, runChecks } from "../checks.ts";
import {
  combineScore,
  type ScoreComponent,
  type TaskFeedback,
  type TaskScore,
} from "../feedback.ts";
import { pickGuidelineRef } from "../guideline-sections.ts";
import type { PromptCreationAnswer, PromptCreationItem } from "../schemas/prompt.ts";
import {
  isRedTeamWriteItem,
  type RedTeamItem,
  type RedTeamWriteAnswer,
} from "../schemas/red-team.ts";
import type { RewriteAnswer, RewriteItem } from "../schemas/rewrite.ts";

/**
 * Written work (rewrites, prompts, adversarial prompts) is scored by its checks alone: each
 * check passes or fails and counts by its weight (1 unless the item says otherwise), because
 * the checks are the brief's requirements made objective.
 */

type SectionsFor = (check: Check) => readonly [string, ...string[]];

function feedbackFor(result: CheckResult, ref: string): TaskFeedback {
  const { check } = result;
  if (result.passed) return { kind: "good", message: `${check.description}.`, guidelineRef: ref };
  const kind =
    check.kind === "mustNotInclude" || check.kind === "notRegex" || check.kind === "format"
      ? "wrong"
      : check.kind === "maxWords"
        ? "extra"
        : "missed";
  return { kind, message: `Not met: ${check.description} (${result.detail}).`, guidelineRef: ref };
}

function scoreChecks(
  text: string,
  checks: readonly Check[],
  itemRefs: readonly string[],
  sectionsFor: SectionsFor,
  extra: { components: ScoreComponent[]; feedback: TaskFeedback[] } = {
    components: [],
    feedback: [],
  },
): TaskScore {
  const results = runChecks(text, checks);
  const components: ScoreComponent[] = results.map((result) => ({
    id: `check:${result.check.id}`,
    label: result.check.description,
    score: result.passed ? 1 : 0,
    weight: result.check.weight,
    detail: result.detail,
  }));
  const feedback = results.map((result) =>
    feedbackFor(result, pickGuidelineRef(itemRefs, sectionsFor(result.check))),
  );
  // Failures first: they are what the worker needs to read.
  const ordered = [...extra.feedback, ...feedback].sort(
    (a, b) => Number(a.kind === "good") - Number(b.kind === "good"),
  );
  return combineScore([...components, ...extra.components], ordered);
}

const REWRITE_SECTIONS: Record<Check["kind"], readonly [string, ...string[]]> = {
  mustInclude: ["rewriting#factual-corrections", "rewriting#what-to-fix"],
  mustNotInclude: ["rewriting#what-to-fix", "rewriting#factual-corrections"],
  minWords: ["rewriting#format-and-length"],
  maxWords: ["rewriting#format-and-length"],
  regex: ["rewriting#what-to-fix"],
  notRegex: ["rewriting#what-to-fix"],
  format: ["rewriting#format-and-length"],
};

export function scoreRewrite(item: RewriteItem, answer: RewriteAnswer): TaskScore {
  return scoreChecks(
    answer.text,
    item.gold.checks,
    item.guidelineRefs,
    (check) => REWRITE_SECTIONS[check.kind],
  );
}

/**
 * Each automatic check weighs twice a default check: a prompt with personal data or a copied
 * example cannot be used however well it meets the brief, so either failure must cost more
 * than missing one constraint.
 */
export const AUTOMATIC_CHECK_WEIGHT = 2;

const AUTOMATIC_SECTIONS = {
  "no-personal-data": "prompt_creation#personal-data",
  original: "prompt_creation#originality",
} as const;

export function scorePromptCreation(
  item: PromptCreationItem,
  answer: PromptCreationAnswer,
): TaskScore {
  const automatic = automaticPromptChecks(answer.text, item.prompt.examples);
  return scoreChecks(
    answer.text,
    item.gold.checks,
    item.guidelineRefs,
    (check) =>
      check.kind === "format" || check.kind === "minWords" || check.kind === "maxWords"
        ? ["prompt_creation#constraints", "prompt_creation#anatomy-of-a-good-prompt"]
        : ["prompt_creation#constraints", "prompt_creation#difficulty"],
    {
      components: automatic.map((result) => ({
        id: `check:${result.id}`,
        label: result.description,
        score: result.passed ? 1 : 0,
        weight: AUTOMATIC_CHECK_WEIGHT,
        detail: result.detail,
      })),
      feedback: automatic.map((result) => ({
        kind: result.passed ? "good" : "wrong",
        message: result.passed
          ? `${result.description}.`
          : `Not met: ${result.description} (${result.detail}).`,
        guidelineRef: AUTOMATIC_SECTIONS[result.id],
      })),
    },
  );
}

export function scoreRedTeamWrite(item: RedTeamItem, answer: RedTeamWriteAnswer): TaskScore {
  if (!isRedTeamWriteItem(item)) throw new Error(`${item.id} is not a writing item`);
  return scoreChecks(answer.text, item.gold.checks, item.guidelineRefs, () => [
    "red_teaming#writing-adversarial-prompts",
    "red_teaming#tactics",
  ]);
}
