import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3199);
const dataDir = path.resolve(`test-results/e2e-data-${port}`);

// Playwright evaluates this file again in every worker; only the main process resets data.
if (!process.env.TEST_WORKER_INDEX) fs.rmSync(dataDir, { recursive: true, force: true });

export const DEMO_PASSWORD = "demo passphrase for e2e runs";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/playwright",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
      ],
    },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  webServer: {
    command: "pnpm --filter @rubric/api start",
    url: `http://localhost:${port}/healthz`,
    cwd: path.resolve(".."),
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    env: {
      PORT: String(port),
      RUBRIC_DATA_DIR: dataDir,
      RUBRIC_DEMO_PASSWORD: DEMO_PASSWORD,
      RUBRIC_WEB_DIST: path.resolve("dist"),
      RUBRIC_SIGN_IN_PER_MINUTE: "200",
      DATABASE_URL: "",
      // Lets journeys move the server's clock past timers and retake cooldowns.
      RUBRIC_TEST_CLOCK: "enabled",
    },
  },
});
