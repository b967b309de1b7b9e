import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

const shotsDir = path.resolve("test-results/screenshots");

/** Full-page screenshots kept as artifacts of every run, named for the journey step. */
export async function snap(page: Page, name: string) {
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
}

let n = 0;
export function freshEmail(prefix: string) {
  n += 1;
  return `${prefix}-${Date.now().toString(36)}-${n}@e2e.rubric.example`;
}

export const PASSWORD = "a long walk by the river 9";

/** Signs up a new worker through the UI and finishes onboarding; ends on the worker home. */
export async function signUpWorker(page: Page, name: string): Promise<string> {
  const email = freshEmail("worker");
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/onboarding$/);
  await page.getByLabel("Headline").fill("Transcriber and proofreader");
  await page.getByText("Science", { exact: true }).click();
  await page.getByLabel("Years of professional experience").fill("3");
  await page.getByRole("button", { name: "Finish onboarding" }).click();
  await page.waitForURL(/\/app$/);
  return email;
}
