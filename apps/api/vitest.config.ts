import { baseTestConfig } from "@rubric/vitest-config";
import { defineConfig, mergeConfig } from "vitest/config";

export default mergeConfig(
  baseTestConfig,
  defineConfig({ test: { testTimeout: 30_000, hookTimeout: 60_000 } }),
);
