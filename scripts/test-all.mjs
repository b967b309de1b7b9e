// Runs every suite — unit, API integration on SQLite and PostgreSQL, end-to-end in
// Chromium — then prints one line with the totals over all of them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { mustPnpm, pnpm, root } from "./pnpm.mjs";

const reports = fs.mkdtempSync(path.join(os.tmpdir(), "rubric-reports-"));
const suites = [
  { name: "core", dir: "packages/core" },
  { name: "content", dir: "packages/content" },
  { name: "ui", dir: "packages/ui" },
  { name: "web (unit)", dir: "apps/web" },
  { name: "api (SQLite + PostgreSQL)", dir: "apps/api" },
];

await mustPnpm(["install", "--frozen-lockfile"]);

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let crashed = false;

for (const suite of suites) {
  const out = path.join(reports, `${suite.name.replace(/\W+/g, "-")}.json`);
  console.log(`\n━━ ${suite.name} ━━`);
  const code = await pnpm(
    ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
    { cwd: path.join(root, suite.dir) },
  );
  const counts = readVitest(out);
  if (!counts) crashed = true;
  record(suite.name, counts, code);
}

console.log("\n━━ end-to-end (Chromium) ━━");
const built = await pnpm(["--filter", "@rubric/web", "build"]);
const e2eOut = path.join(reports, "e2e.json");
const e2eCode =
  built === 0
    ? await pnpm(["exec", "playwright", "test", "--reporter=list,json"], {
        cwd: path.join(root, "apps/web"),
        env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eOut },
      })
    : 1;
const e2e = readPlaywright(e2eOut);
if (!e2e) crashed = true;
record("end-to-end", e2e, e2eCode);

console.log("\nSuites:");
for (const line of lines) console.log(`  ${line}`);
console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`,
);
process.exit(totals.failed > 0 || crashed ? 1 : 0);

function record(name, counts, code) {
  if (!counts) {
    lines.push(`${name}: did not report results (exit code ${code})`);
    totals.failed += 1;
    return;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  // A runner that failed without a failing test (a crash, a type error at load) still fails.
  if (code !== 0 && counts.failed === 0) {
    totals.failed += 1;
    lines.push(`${name}: ${counts.passed} passed, exited with code ${code}`);
    return;
  }
  lines.push(
    `${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
}

function readVitest(file) {
  if (!fs.existsSync(file)) return null;
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  return {
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + json.numTodoTests,
  };
}

function readPlaywright(file) {
  if (!fs.existsSync(file)) return null;
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}
