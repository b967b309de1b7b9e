import { defineConfig } from "vitest/config";

/** Shared defaults: node environment, tests beside the code, no watch in scripts. */
export const baseTestConfig = defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
    passWithNoTests: false,
    reporters: ["default"],
  },
});
