export * from "./drills.ts";
export * from "./guidelines.ts";
export * from "./tasks.ts";
