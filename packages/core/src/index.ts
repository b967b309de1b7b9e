import "./validation/messages.ts";

export * from "./accounts/index.ts";
export * from "./assessment/index.ts";
export * from "./categories/categories.ts";
export * from "./drills/index.ts";
export * from "./ladder/index.ts";
export * from "./pay/explanation.ts";
export * from "./pay/projection.ts";
export * from "./pay/reference-bands.ts";
export * from "./practice/index.ts";
export * from "./quality/index.ts";
export * from "./tasks/index.ts";
