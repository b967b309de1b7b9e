import {
  CATEGORIES,
  type Category,
  categoryLabel,
  stepLabel,
  TASK_TYPE_LABELS,
  type TaskType,
} from "@rubric/core";
import { DRILL_KIND_LABELS } from "../drills/labels.ts";
import type { Dashboard } from "./types.ts";

/** The ladder's messages are clauses ("qualify in x first"); on their own they read as sentences. */
export function sentence(clause: string): string {
  const text = clause.charAt(0).toUpperCase() + clause.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Where a category's practice happens: drills for basic annotation, task batches above it. */
export function practiceHref(category: Category): string {
  return category === "basic_annotation" ? "/app/drills" : "/app/practice";
}

/** The recommended next step as the server sends it (dates as ISO text). */
export type NextStepView = Dashboard["nextStep"];

export interface NextAction {
  label: string;
  href: string;
  /** When the action opens, if it must wait (a retake cooldown). */
  waitUntil: string | null;
  /** The category on the path the step works toward; "core" for the core assessment. */
  focus: string | null;
}

/** The one primary action for the worker's next step. */
export function nextAction(step: NextStepView): NextAction {
  switch (step.kind) {
    case "take_core_assessment":
      return {
        label: step.availableAt ? "Retake the core assessment" : "Start the core assessment",
        href: "/app/assessment",
        waitUntil: step.availableAt,
        focus: "core",
      };
    case "restore_quality":
      return {
        label: `Practise ${stepLabel(step)}`,
        href: practiceHref(step.category),
        waitUntil: null,
        focus: step.category,
      };
    case "do_gold_items":
      return {
        label:
          step.category === "basic_annotation"
            ? "Do precision drills"
            : `Practise ${categoryLabel(step.category)}`,
        href: practiceHref(step.category),
        waitUntil: null,
        focus: step.unlocks.category,
      };
    case "take_qualification_test":
      return {
        label: `Take the ${stepLabel(step)} test`,
        href: "/app/assessment",
        waitUntil: step.availableAt,
        focus: step.category,
      };
    case "all_qualified":
      return { label: "Keep practising", href: "/app/practice", waitUntil: null, focus: null };
  }
}

/** What a quality chart needs of the ladder's entries to draw the bar that matters. */
export interface BarSource {
  key: string;
  label: string;
  state: "locked" | "available" | "qualified" | "suspended";
  quality: {
    unlock: { category: Category; minLowerBound: number } | null;
    maintenance: { minLowerBound: number } | null;
  };
}

/**
 * The bar a category's lower bound is measured against now: the bar to keep it once held,
 * otherwise the unlock bar of the first open step it is the evidence for.
 */
export function qualityBar(
  series: { key: string; category: Category },
  entries: readonly BarSource[],
): { value: number; label: string } | null {
  const own = entries.find((e) => e.key === series.key);
  if (own && (own.state === "qualified" || own.state === "suspended") && own.quality.maintenance) {
    return { value: own.quality.maintenance.minLowerBound, label: "bar to keep it" };
  }
  const next = entries.find(
    (e) => e.state === "available" && e.quality.unlock?.category === series.category,
  );
  if (next?.quality.unlock) {
    return { value: next.quality.unlock.minLowerBound, label: `bar to unlock ${next.label}` };
  }
  return null;
}

/** An assessment item's kind in words: a task type or a drill. */
export function itemKindLabel(kind: string): string {
  return TASK_TYPE_LABELS[kind as TaskType] ?? DRILL_KIND_LABELS[kind] ?? kind;
}

/** Rows by category in ladder order, basic annotation first: how every table lists them. */
export function inLadderOrder<T extends { category: Category }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
}
