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
