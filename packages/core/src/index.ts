import "./validation/messages.ts";
export * from "./categories/categories.ts";
export * from "./accounts/index.ts";
