/** The qualification ladder: its rules as data, and pure decisions over a worker's history. */
export * from "./assemble.ts";
export * from "./dashboard.ts";
export * from "./evaluate.ts";
export * from "./history.ts";
export { categoryLabel, formatBound, stepLabel, stepTitle } from "./messages.ts";
export * from "./next-step.ts";
export * from "./rules.ts";
