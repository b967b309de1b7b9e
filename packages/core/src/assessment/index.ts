/** Assessments: the core assessment and qualification tests as blueprints, drawing, grading and timing. */
export * from "./blueprint.ts";
export * from "./draw.ts";
export * from "./drill-items.ts";
export * from "./grade.ts";
export * from "./items.ts";
export * from "./progress.ts";
// The random-source type is the same `() => number` the practice module exports.
export { mulberry32, seedFromText } from "./random.ts";
export * from "./report.ts";
export * from "./start.ts";
export * from "./timing.ts";
