import { formatWait } from "../assessment/timing.ts";
import type { Category, Domain } from "../categories/categories.ts";
import { chronological, goldCredit, type QualitySummary } from "../quality/estimate.ts";
import { wilsonInterval } from "../quality/interval.ts";
import { isOnStep, type LadderHistory, type LadderStep, stepKey } from "./history.ts";
import { formatBar, formatBound, goldItems, moreGoldItems, stepLabel } from "./messages.ts";
import {
  type CategoryRule,
  DEFAULT_LADDER_RULES,
  DOMAIN_CATEGORY,
  type LadderRules,
} from "./rules.ts";

const HOUR = 3_600_000;
// Interval ends computed from decimals can land a hair under a bar they meet on paper.
const TOLERANCE = 1e-12;

/**
 * Where a worker stands on one step:
 * - `locked`: the core assessment or a prerequisite is missing;
 * - `available`: prerequisites held, so the worker can practise and take the test, but the
 *   test, the quality evidence or the recent quality is not yet enough;
 * - `qualified`: everything met, and recent quality holds;
 * - `suspended`: a stored qualification whose recent quality fell under the maintenance bar;
 *   it comes back by itself once recent quality recovers.
 */
export type LadderState = "locked" | "available" | "qualified" | "suspended";

/** Orders states from worst to best; suspended is worse than qualified. */
export const LADDER_STATE_RANK: Readonly<Record<LadderState, number>> = {
  locked: 0,
  available: 1,
  suspended: 2,
  qualified: 3,
};

/** One thing a step still needs, with a message in the worker's terms. */
export type Requirement =
  | { kind: "core_assessment"; retakeAvailableAt: Date | null; message: string }
  | { kind: "prerequisite"; category: Category; suspended: boolean; message: string }
  | { kind: "gold_items"; category: Category; have: number; need: number; message: string }
  | {
      kind: "quality_bound";
      category: Category;
      lower: number;
      needed: number;
      /** Further gold items, all correct, that would lift the bound to the bar. */
      correctNeeded: number | null;
      message: string;
    }
  | { kind: "qualification_test"; retakeAvailableAt: Date | null; message: string }
  | {
      kind: "maintenance";
      category: Category;
      domain: Domain | null;
      /** The judged bound: over the window, with items not yet done counted as correct. */
      lower: number;
      needed: number;
      count: number;
      lastItems: number;
      correctNeeded: number | null;
      message: string;
    };
export type RequirementKind = Requirement["kind"];

/** Quality of the work below, as the unlock gate reads it. */
export interface UnlockQuality extends QualitySummary {
  category: Category;
  minGoldItems: number;
  minLowerBound: number;
  lastItems: number | null;
  met: boolean;
}

/**
 * The step's own recent quality. `count` and the interval are over the gold items actually
 * in the window; `judgedLower` is what maintenance compares to the bar, with the window's
 * empty places counted as correct so that a newly qualified worker is not suspended for
 * lack of evidence, while early misses still count.
 */
export interface MaintenanceQuality extends QualitySummary {
  lastItems: number;
  minLowerBound: number;
  judgedLower: number;
  met: boolean;
}

export interface TestStatus {
  passMark: number;
  retakeCooldownHours: number;
  attempts: number;
  lastAttempt: { score: number; passed: boolean; at: Date } | null;
  passed: boolean;
  passedAt: Date | null;
  /** When the next attempt is allowed; null when no wait applies. */
  retakeAvailableAt: Date | null;
  canTakeNow: boolean;
}

export interface LadderEntry extends LadderStep {
  /** "rewriting", "domain_expert:law". */
  key: string;
  /** The step's name inside a sentence. */
  label: string;
  state: LadderState;
  /** Everything still needed, in the order a worker would meet them. */
  missing: Requirement[];
  quality: { unlock: UnlockQuality | null; maintenance: MaintenanceQuality | null };
  /** Null for steps without a qualification test. */
  test: TestStatus | null;
  /** When the stored qualification was granted; null without one. */
  qualifiedAt: Date | null;
  /** Qualified by the evidence but not yet stored: the caller should store a qualification. */
  recordQualification: boolean;
}

export interface CoreAssessmentStatus {
  passed: boolean;
  passedAt: Date | null;
  attempts: number;
  lastAttemptAt: Date | null;
  retakeAvailableAt: Date | null;
}

export interface LadderEvaluation {
  now: Date;
  coreAssessment: CoreAssessmentStatus;
  /** One entry per category in ladder order, domain-expert evaluation once per domain. */
  entries: LadderEntry[];
}

/** The credits of gold results, oldest first, with prefix sums for window arithmetic. */
class CreditSeries {
  readonly credits: number[];
  private readonly prefix: number[];
  constructor(results: readonly { score: boolean | number; at: Date }[]) {
    this.credits = chronological(results).map((r) => goldCredit(r.score));
    this.prefix = [0];
    for (const c of this.credits) this.prefix.push((this.prefix.at(-1) ?? 0) + c);
  }
  /** Sum of the latest `m` credits. */
  private latest(m: number): number {
    const n = this.credits.length;
    return (this.prefix[n] ?? 0) - (this.prefix[n - m] ?? 0);
  }
  /**
   * Successes and trials of the window after `extra` further correct results. A padded
   * window always has `window` places; the empty ones count as correct.
   */
  window(window: number | null, extra = 0, padded = false): { successes: number; trials: number } {
    const total = this.credits.length + extra;
    const take = window === null ? total : Math.min(window, total);
    const fresh = Math.min(extra, take);
    let successes = this.latest(take - fresh) + fresh;
    let trials = take;
    if (padded && window !== null) {
      successes += window - take;
      trials = window;
    }
    return { successes: Math.min(successes, trials), trials };
  }
  lowerAfter(window: number | null, extra: number, confidence: number, padded = false): number {
    const { successes, trials } = this.window(window, extra, padded);
    return wilsonInterval(successes, trials, confidence).lower;
  }
  /**
   * The fewest further correct results that lift the window's lower bound to `bar`, or null
   * if even a perfect window cannot. The bound never falls as correct results are added, so
   * a doubling search then bisection finds it.
   */
  correctNeeded(
    window: number | null,
    bar: number,
    confidence: number,
    padded = false,
  ): number | null {
    const enough = (k: number) => this.lowerAfter(window, k, confidence, padded) + TOLERANCE >= bar;
    if (enough(0)) return 0;
    let hi = 1;
    while (!enough(hi)) {
      hi *= 2;
      if (hi > 1_048_576) return null;
    }
    let lo = Math.floor(hi / 2);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (enough(mid)) hi = mid;
      else lo = mid;
    }
    return hi;
  }
}

function summary(series: CreditSeries, window: number | null, confidence: number): QualitySummary {
  const { successes, trials } = series.window(window);
  return {
    ...wilsonInterval(successes, trials, confidence),
    count: trials,
    successes,
    confidence,
    method: "wilson",
  };
}

/** Every step of the ladder, in ladder order. */
export function ladderSteps(
  rules: LadderRules = DEFAULT_LADDER_RULES,
): (LadderStep & { rule: CategoryRule })[] {
  return rules.categories.flatMap((rule): (LadderStep & { rule: CategoryRule })[] =>
    rule.category === DOMAIN_CATEGORY
      ? rules.domains.map((domain) => ({ category: rule.category, domain, rule }))
      : [{ category: rule.category, domain: null, rule }],
  );
}

function latest<T extends { at: Date }>(records: readonly T[]): T | null {
  return chronological(records).at(-1) ?? null;
}

function waitMessage(base: string, retakeAvailableAt: Date | null, now: Date): string {
  return retakeAvailableAt === null
    ? base
    : `${base}, retake available in ${formatWait(retakeAvailableAt.getTime() - now.getTime())}`;
}

function coreStatus(history: LadderHistory, rules: LadderRules, now: Date): CoreAssessmentStatus {
  const attempts = history.coreAssessment;
  const passes = chronological(attempts.filter((a) => a.passed));
  const last = latest(attempts);
  const passed = passes.length > 0;
  const cooldownEnds = last
    ? last.at.getTime() + rules.coreAssessment.retakeCooldownHours * HOUR
    : 0;
  return {
    passed,
    passedAt: passes[0]?.at ?? null,
    attempts: attempts.length,
    lastAttemptAt: last?.at ?? null,
    retakeAvailableAt:
      !passed && last && cooldownEnds > now.getTime() ? new Date(cooldownEnds) : null,
  };
}

function testStatus(
  step: LadderStep,
  rule: CategoryRule,
  history: LadderHistory,
  now: Date,
): TestStatus | null {
  const test = rule.qualificationTest;
  if (!test) return null;
  const attempts = history.qualificationTests.filter((a) => isOnStep(a, step));
  const passes = chronological(attempts.filter((a) => a.passed));
  const last = latest(attempts);
  const passed = passes.length > 0;
  const cooldownEnds = last ? last.at.getTime() + test.retakeCooldownHours * HOUR : 0;
  const retakeAvailableAt =
    !passed && last && cooldownEnds > now.getTime() ? new Date(cooldownEnds) : null;
  return {
    passMark: test.passMark,
    retakeCooldownHours: test.retakeCooldownHours,
    attempts: attempts.length,
    lastAttempt: last ? { score: last.score, passed: last.passed, at: last.at } : null,
    passed,
    passedAt: passes[0]?.at ?? null,
    retakeAvailableAt,
    canTakeNow: false,
  };
}

/** Keeps only what had happened by `now`. */
function asOf(history: LadderHistory, now: Date): LadderHistory {
  const t = now.getTime();
  const past = <T extends { at: Date }>(records: readonly T[]) =>
    records.filter((r) => r.at.getTime() <= t);
  return {
    coreAssessment: past(history.coreAssessment),
    qualificationTests: past(history.qualificationTests),
    gold: past(history.gold),
    qualifications: past(history.qualifications),
  };
}

/**
 * Where a worker stands on every step of the ladder at `now`. Pure: the same history,
 * rules and time always give the same answer.
 *
 * A step with a stored qualification is judged on maintenance alone (qualified or
 * suspended); the gates it passed to get there are history. Any other step is locked until
 * the core assessment (where required) and every prerequisite are held, then available
 * until the quality evidence, the test and recent quality are all met, then qualified, with
 * `recordQualification` set so that the caller stores it. Adding a correct gold result can
 * only move a step up and only remove requirements.
 */
export function evaluateLadder(
  history: LadderHistory,
  rules: LadderRules,
  now: Date,
): LadderEvaluation {
  const h = asOf(history, now);
  const confidence = rules.confidence;
  const core = coreStatus(h, rules, now);
  const held = new Map<Category, LadderState>();
  const entries: LadderEntry[] = [];

  for (const { rule, ...step } of ladderSteps(rules)) {
    const missing: Requirement[] = [];
    const record = chronological(h.qualifications.filter((q) => isOnStep(q, step)))[0] ?? null;

    if (rule.requiresCoreAssessment && !core.passed) {
      missing.push({
        kind: "core_assessment",
        retakeAvailableAt: core.retakeAvailableAt,
        message: waitMessage("pass the core assessment", core.retakeAvailableAt, now),
      });
    }
    for (const prerequisite of rule.prerequisites) {
      const state = held.get(prerequisite);
      if (state === "qualified") continue;
      const label = stepLabel({ category: prerequisite, domain: null });
      missing.push({
        kind: "prerequisite",
        category: prerequisite,
        suspended: state === "suspended",
        message:
          state === "suspended"
            ? `restore your quality in ${label} first`
            : `qualify in ${label} first`,
      });
    }
    const prerequisitesHeld = missing.length === 0;

    let unlock: UnlockQuality | null = null;
    if (rule.quality) {
      const q = rule.quality;
      const evidenceStep = { category: q.evidenceFrom, domain: null };
      const series = new CreditSeries(h.gold.filter((g) => isOnStep(g, evidenceStep)));
      const figures = summary(series, q.lastItems, confidence);
      const countMet = figures.count >= q.minGoldItems;
      const boundMet = figures.lower + TOLERANCE >= q.minLowerBound;
      unlock = {
        ...figures,
        category: q.evidenceFrom,
        minGoldItems: q.minGoldItems,
        minLowerBound: q.minLowerBound,
        lastItems: q.lastItems,
        met: countMet && boundMet,
      };
      const where = stepLabel(evidenceStep);
      if (!countMet) {
        missing.push({
          kind: "gold_items",
          category: q.evidenceFrom,
          have: figures.count,
          need: q.minGoldItems,
          message: `${moreGoldItems(q.minGoldItems - figures.count)} in ${where}`,
        });
      }
      if (!boundMet) {
        missing.push({
          kind: "quality_bound",
          category: q.evidenceFrom,
          lower: figures.lower,
          needed: q.minLowerBound,
          correctNeeded: series.correctNeeded(q.lastItems, q.minLowerBound, confidence),
          message: `lower bound ${formatBound(figures.lower)} in ${where}, needs ${formatBar(q.minLowerBound)}`,
        });
      }
    }

    const test = testStatus(step, rule, h, now);
    if (test && !test.passed && record === null) {
      missing.push({
        kind: "qualification_test",
        retakeAvailableAt: test.retakeAvailableAt,
        message: waitMessage("pass the qualification test", test.retakeAvailableAt, now),
      });
    }

    let maintenance: MaintenanceQuality | null = null;
    let maintenanceRequirement: Requirement | null = null;
    if (rule.maintenance) {
      const m = rule.maintenance;
      const series = new CreditSeries(h.gold.filter((g) => isOnStep(g, step)));
      const figures = summary(series, m.lastItems, confidence);
      const judgedLower = series.lowerAfter(m.lastItems, 0, confidence, true);
      const met = judgedLower + TOLERANCE >= m.minLowerBound;
      maintenance = {
        ...figures,
        lastItems: m.lastItems,
        minLowerBound: m.minLowerBound,
        judgedLower,
        met,
      };
      if (!met) {
        const notDone = m.lastItems - figures.count;
        const tail = notDone > 0 ? ` (the ${notDone} you have not done yet count as correct)` : "";
        maintenanceRequirement = {
          kind: "maintenance",
          category: step.category,
          domain: step.domain,
          lower: judgedLower,
          needed: m.minLowerBound,
          count: figures.count,
          lastItems: m.lastItems,
          correctNeeded: series.correctNeeded(m.lastItems, m.minLowerBound, confidence, true),
          message: `raise your recent accuracy: lower bound ${formatBound(judgedLower)} over the last ${goldItems(m.lastItems)}, needs ${formatBar(m.minLowerBound)}${tail}`,
        };
      }
    }

    let state: LadderState;
    let entryMissing: Requirement[];
    if (record !== null) {
      state = maintenanceRequirement ? "suspended" : "qualified";
      entryMissing = maintenanceRequirement ? [maintenanceRequirement] : [];
    } else {
      entryMissing = maintenanceRequirement ? [...missing, maintenanceRequirement] : missing;
      state = !prerequisitesHeld ? "locked" : entryMissing.length > 0 ? "available" : "qualified";
    }
    if (test)
      test.canTakeNow =
        record === null && prerequisitesHeld && !test.passed && test.retakeAvailableAt === null;
    if (step.domain === null) held.set(step.category, state);

    entries.push({
      ...step,
      key: stepKey(step),
      label: stepLabel(step),
      state,
      missing: entryMissing,
      quality: { unlock, maintenance },
      test,
      qualifiedAt: record?.at ?? null,
      recordQualification: record === null && state === "qualified",
    });
  }
  return { now, coreAssessment: core, entries };
}

/** The entry of one step; throws for a step the rules do not have. */
export function ladderEntry(
  evaluation: LadderEvaluation,
  category: Category,
  domain: Domain | null = null,
): LadderEntry {
  const entry = evaluation.entries.find((e) => e.category === category && e.domain === domain);
  if (!entry) throw new RangeError(`No ladder step ${stepKey({ category, domain })}.`);
  return entry;
}

/** The steps a worker holds now (qualified, not suspended), e.g. for matching to projects. */
export function heldSteps(evaluation: LadderEvaluation): LadderStep[] {
  return evaluation.entries
    .filter((e) => e.state === "qualified")
    .map(({ category, domain }) => ({ category, domain }));
}
