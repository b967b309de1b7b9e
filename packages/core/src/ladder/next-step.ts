import { formatWait } from "../assessment/timing.ts";
import type { Category, Domain } from "../categories/categories.ts";
import type { LadderEntry, LadderEvaluation, Requirement } from "./evaluate.ts";
import { formatBar, formatBound, goldItems, moreGoldItems, stepLabel } from "./messages.ts";

/** The one move the worker is advised to make next, with a sentence to show them. */
export type NextStep =
  | { kind: "take_core_assessment"; availableAt: Date | null; message: string }
  | {
      kind: "restore_quality";
      category: Category;
      domain: Domain | null;
      /** Further gold items in the step, all correct, that would restore it. */
      correctNeeded: number | null;
      message: string;
    }
  | {
      kind: "do_gold_items";
      /** Where to do them: the work below the step being unlocked. */
      category: Category;
      /** The step they unlock. */
      unlocks: { category: Category; domain: Domain | null };
      /** The fewest further items, assuming every one is correct. */
      count: number | null;
      message: string;
    }
  | {
      kind: "take_qualification_test";
      category: Category;
      domain: Domain | null;
      /** Null when it can be taken now. */
      availableAt: Date | null;
      message: string;
    }
  | { kind: "all_qualified"; message: string };

function find<K extends Requirement["kind"]>(
  entry: LadderEntry,
  kind: K,
): Extract<Requirement, { kind: K }> | undefined {
  return entry.missing.find((r): r is Extract<Requirement, { kind: K }> => r.kind === kind);
}

function restore(entry: LadderEntry): NextStep | null {
  const m = find(entry, "maintenance");
  if (!m) return null;
  const label = stepLabel(entry);
  const how =
    m.correctNeeded === null
      ? ""
      : m.correctNeeded === 1
        ? `: get the next gold item in ${label} right`
        : `: get the next ${goldItems(m.correctNeeded)} in ${label} right`;
  return {
    kind: "restore_quality",
    category: entry.category,
    domain: entry.domain,
    correctNeeded: m.correctNeeded,
    message: `Restore your quality in ${label}${how} to lift your recent lower bound from ${formatBound(m.lower)} to ${formatBar(m.needed)}.`,
  };
}

function goldWork(entry: LadderEntry): NextStep | null {
  const count = find(entry, "gold_items");
  const bound = find(entry, "quality_bound");
  const category = count?.category ?? bound?.category;
  if (category === undefined) return null;
  const where = stepLabel({ category, domain: null });
  const gap = count ? count.need - count.have : 0;
  const unlocks = { category: entry.category, domain: entry.domain };
  if (!bound) {
    return {
      kind: "do_gold_items",
      category,
      unlocks,
      count: gap,
      message: `Do ${moreGoldItems(gap)} in ${where} to unlock ${entry.label}.`,
    };
  }
  const needed = bound.correctNeeded === null ? null : Math.max(gap, bound.correctNeeded);
  const howMany =
    needed === null
      ? "more gold items"
      : `at least ${moreGoldItems(needed)}, if every one is correct`;
  return {
    kind: "do_gold_items",
    category,
    unlocks,
    count: needed,
    message: `Raise your accuracy in ${where} to unlock ${entry.label}: ${howMany} (lower bound ${formatBound(bound.lower)}, needs ${formatBar(bound.needed)}).`,
  };
}

function takeTest(entry: LadderEntry, now: Date): NextStep | null {
  if (!find(entry, "qualification_test") || !entry.test) return null;
  const availableAt = entry.test.retakeAvailableAt;
  const message =
    availableAt === null
      ? entry.test.attempts > 0
        ? `Retake the ${entry.label} qualification test.`
        : `Take the ${entry.label} qualification test.`
      : `Retake the ${entry.label} qualification test in ${formatWait(availableAt.getTime() - now.getTime())}.`;
  return {
    kind: "take_qualification_test",
    category: entry.category,
    domain: entry.domain,
    availableAt,
    message,
  };
}

/**
 * The single recommended next step, in this order: pass the core assessment; restore a
 * suspended step (losing access costs more than a new unlock gains); then, on the lowest
 * available step with something to do now, its gold work before its test (the practice
 * that builds the evidence also prepares for the test); then the test whose retake opens
 * soonest. Equal rungs (rewriting and prompt creation) follow ladder order.
 */
export function nextStep(evaluation: LadderEvaluation): NextStep {
  const { coreAssessment: core, now } = evaluation;
  if (!core.passed) {
    const availableAt = core.retakeAvailableAt;
    return {
      kind: "take_core_assessment",
      availableAt,
      message:
        availableAt === null
          ? core.attempts > 0
            ? "Retake the core assessment."
            : "Take the core assessment."
          : `Retake the core assessment in ${formatWait(availableAt.getTime() - now.getTime())}.`,
    };
  }
  for (const entry of evaluation.entries) {
    if (entry.state === "suspended") {
      const step = restore(entry);
      if (step) return step;
    }
  }
  const available = evaluation.entries.filter((e) => e.state === "available");
  for (const entry of available) {
    const step =
      restore(entry) ?? goldWork(entry) ?? (entry.test?.canTakeNow ? takeTest(entry, now) : null);
    if (step) return step;
  }
  const waiting = available
    .filter((e) => e.test?.retakeAvailableAt)
    .sort(
      (x, y) =>
        (x.test?.retakeAvailableAt?.getTime() ?? 0) - (y.test?.retakeAvailableAt?.getTime() ?? 0),
    );
  const soonest = waiting[0] && takeTest(waiting[0], now);
  if (soonest) return soonest;
  return {
    kind: "all_qualified",
    message:
      "You hold every category you can reach. Keep your recent accuracy up to stay qualified.",
  };
}
