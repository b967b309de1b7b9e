import type { Category, Domain } from "../categories/categories.ts";
import type { LadderGoldResult, LadderHistory, LadderStep } from "./history.ts";
import { DEFAULT_LADDER_RULES, type LadderRules } from "./rules.ts";

/** Histories for the ladder's tests: a fixed clock and small builders. */
export const NOW = new Date("2025-06-30T12:00:00Z");
export const HOUR = 3_600_000;
export const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * HOUR);

export function emptyHistory(): LadderHistory {
  return { coreAssessment: [], qualificationTests: [], gold: [], qualifications: [] };
}

/** Gold results one minute apart, the last `endHoursAgo` hours before now, oldest first. */
export function gold(
  category: Category,
  scores: readonly (boolean | number)[],
  options: { domain?: Domain; endHoursAgo?: number } = {},
): LadderGoldResult[] {
  const end = NOW.getTime() - (options.endHoursAgo ?? 1) * HOUR;
  return scores.map((score, i) => ({
    category,
    ...(options.domain ? { domain: options.domain } : {}),
    score,
    at: new Date(end - (scores.length - 1 - i) * 60_000),
  }));
}

/** `right` correct then `wrong` incorrect results, oldest first. */
export function rightThenWrong(right: number, wrong: number): boolean[] {
  return [...Array<boolean>(right).fill(true), ...Array<boolean>(wrong).fill(false)];
}

export function stepOf(category: Category, domain: Domain | null = null): LadderStep {
  return { category, domain };
}

function place(step: LadderStep) {
  return step.domain === null
    ? { category: step.category }
    : { category: step.category, domain: step.domain };
}

/**
 * A worker who passed the core assessment and holds, as stored qualifications, every
 * step below `target` on its prerequisite chain.
 */
export function holdingBelow(
  target: Category,
  rules: LadderRules = DEFAULT_LADDER_RULES,
): LadderHistory {
  const history = emptyHistory();
  history.coreAssessment.push({ passed: true, at: hoursAgo(2000) });
  const chain: Category[] = [];
  const visit = (category: Category) => {
    const rule = rules.categories.find((r) => r.category === category);
    for (const p of rule?.prerequisites ?? []) {
      if (!chain.includes(p)) {
        visit(p);
        chain.push(p);
      }
    }
  };
  visit(target);
  for (const category of chain) {
    history.qualifications.push({ category, at: hoursAgo(1000) });
  }
  return history;
}

export function passedTest(
  step: LadderStep,
  hours = 100,
): LadderHistory["qualificationTests"][number] {
  return { ...place(step), score: 0.9, passed: true, at: hoursAgo(hours) };
}

export function failedTest(
  step: LadderStep,
  hours: number,
): LadderHistory["qualificationTests"][number] {
  return { ...place(step), score: 0.5, passed: false, at: hoursAgo(hours) };
}

export function qualification(
  step: LadderStep,
  hours = 500,
): LadderHistory["qualifications"][number] {
  return { ...place(step), at: hoursAgo(hours) };
}
