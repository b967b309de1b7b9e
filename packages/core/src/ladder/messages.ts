import { CATEGORY_LABELS, type Category, DOMAIN_LABELS } from "../categories/categories.ts";
import type { LadderStep } from "./history.ts";

/** A step's name inside a sentence: "general evaluation", "domain-expert evaluation in law". */
export function stepLabel(step: LadderStep): string {
  const category = categoryLabel(step.category);
  return step.domain === null
    ? category
    : `${category} in ${DOMAIN_LABELS[step.domain].toLowerCase()}`;
}

/** A step's name as a title: "Domain-expert evaluation (Law)". */
export function stepTitle(step: LadderStep): string {
  const category = CATEGORY_LABELS[step.category];
  return step.domain === null ? category : `${category} (${DOMAIN_LABELS[step.domain]})`;
}

/** A category's name inside a sentence. */
export function categoryLabel(category: Category): string {
  return CATEGORY_LABELS[category].toLowerCase();
}

/**
 * A bound as two decimals, rounded down: a bound of 0.7996 against a bar of 0.80 must read
 * "0.79", never "0.80, needs 0.80". The small offset keeps 0.29 from flooring to 0.28.
 */
export function formatBound(value: number): string {
  return (Math.floor(value * 100 + 1e-9) / 100).toFixed(2);
}

/** A required bound as two decimals. */
export function formatBar(value: number): string {
  return value.toFixed(2);
}

/** "1 gold item", "12 gold items". */
export function goldItems(count: number): string {
  return count === 1 ? "1 gold item" : `${count} gold items`;
}

/** "1 more gold item", "12 more gold items". */
export function moreGoldItems(count: number): string {
  return count === 1 ? "1 more gold item" : `${count} more gold items`;
}
