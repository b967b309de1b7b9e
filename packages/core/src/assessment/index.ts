/** Assessments: the core assessment and qualification tests as blueprints, drawing, grading and timing. */
export * from "./blueprint.ts";
export * from "./draw.ts";
export * from "./grade.ts";
// The random-source type is the same `() => number` the practice module exports.
export { mulberry32, seedFromText } from "./random.ts";
export * from "./timing.ts";
