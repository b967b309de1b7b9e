/** The practice workspace: picking a batch's items, time on task, scores and what a batch would have paid. */
export * from "./batch-items.ts";
export * from "./figures.ts";
export * from "./pay.ts";
export * from "./task-types.ts";
