import { defineConfig } from "@playwright/test";
import e2e from "../playwright.config.ts";

/** The browser benchmarks run against the same production build and server as the e2e suite. */
export default defineConfig({
  ...e2e,
  testDir: ".",
  testMatch: /.*\.bench\.ts$/,
  outputDir: "../test-results/bench",
  timeout: 300_000,
  use: { ...e2e.use, trace: "off", screenshot: "off" },
});
