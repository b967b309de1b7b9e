import "./validation/messages.ts";
export * from "./categories/categories.ts";
export * from "./accounts/index.ts";
export * from "./pay/reference-bands.ts";
export * from "./tasks/index.ts";
