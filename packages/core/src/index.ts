export * from "./categories/categories.ts";
