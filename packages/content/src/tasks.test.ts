import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { goldAnswer, scoreAttempt, type TaskItem, type TaskType } from "@rubric/core";
import { afterAll, describe, expect, it } from "vitest";
import { loadGuidelines } from "./guidelines.ts";
import {
  loadTaskItems,
  parseTaskItemYaml,
  TaskContentError,
  taskItemYaml,
  validateTaskItemFiles,
} from "./tasks.ts";

const results = validateTaskItemFiles();
const items: TaskItem[] = results.flatMap((result) => (result.item ? [result.item] : []));

describe("task item files", () => {
  it("every item file is valid (all failures listed with their paths)", () => {
    const failures = results
      .filter((result) => result.problems.length > 0)
      .map((result) => `${result.file}\n  ${result.problems.join("\n  ")}`);
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("ids are unique across the library", () => {
    const seen = new Map<string, number>();
    for (const item of items) seen.set(item.id, (seen.get(item.id) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > 1).map(([id]) => id)).toEqual([]);
  });

  it("every guidelineRef names an existing guideline file and section", () => {
    const sections = new Map(
      loadGuidelines().map((guideline) => [
        guideline.category as string,
        new Set(guideline.sections.map((section) => section.slug)),
      ]),
    );
    const broken = items.flatMap((item) =>
      item.guidelineRefs
        .filter((ref) => {
          const [category = "", slug = ""] = ref.split("#");
          return !sections.get(category)?.has(slug);
        })
        .map((ref) => `${item.id}: ${ref}`),
    );
    expect(broken, broken.join("\n")).toEqual([]);
  });

  it("every item's gold answer scores 1.0", () => {
    const short = items.flatMap((item) => {
      const result = scoreAttempt(item, goldAnswer(item));
      if (result.score === 1) return [];
      const parts = result.breakdown.filter((part) => part.score < 1);
      return [
        `${item.id}: ${result.score} (${parts.map((p) => `${p.id}: ${p.detail}`).join("; ")})`,
      ];
    });
    expect(short, short.join("\n")).toEqual([]);
  });
});

/** Library size targets. These track the writers' progress and fail until the library is full. */
const MINIMUM_ITEMS: Record<TaskType, number> = {
  pairwise: 40,
  ranking: 20,
  rating: 20,
  rewrite: 25,
  prompt: 15,
  red_team: 20,
  fact_check: 30,
  domain_review: 30,
  code_review: 25,
};

describe("library size (progress toward the minimums)", () => {
  const counts = new Map<TaskType, number>();
  for (const item of items) counts.set(item.taskType, (counts.get(item.taskType) ?? 0) + 1);

  it.each(Object.entries(MINIMUM_ITEMS) as [TaskType, number][])(
    "has at least the minimum number of valid %s items (%i)",
    (taskType, minimum) => {
      expect(counts.get(taskType) ?? 0).toBeGreaterThanOrEqual(minimum);
    },
  );

  it("domain reviews cover at least 4 domains", () => {
    const domains = new Set(
      items.filter((item) => item.taskType === "domain_review").map((item) => item.domain),
    );
    expect(domains.size).toBeGreaterThanOrEqual(4);
  });

  it("code reviews cover at least 3 languages", () => {
    const languages = new Set(
      items.flatMap((item) => (item.taskType === "code_review" ? [item.prompt.language] : [])),
    );
    expect(languages.size).toBeGreaterThanOrEqual(3);
  });
});

describe("loadTaskItems", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function library(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), "rubric-tasks-"));
    dirs.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it("names every failing file and the path of each problem in one error", () => {
    const dir = library({
      "pairwise/pw-001.yaml": "id: pw-001\ntaskType: pairwise\n",
      "ranking/rk-001.yaml": "id: [unclosed\n",
    });
    let error: unknown;
    try {
      loadTaskItems(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TaskContentError);
    const message = (error as Error).message;
    expect(message).toContain("pairwise/pw-001.yaml");
    expect(message).toContain("category:");
    expect(message).toContain("gold:");
    expect(message).toContain("ranking/rk-001.yaml");
    expect(message).toContain("YAML");
  });

  it("rejects an item whose id differs from its file name, or that sits in another type's folder", () => {
    const valid = items.find((item) => item.taskType === "pairwise");
    if (!valid) return;
    const text = JSON.stringify(valid);
    const dir = library({
      "pairwise/pw-999.yaml": text,
      "rating/pw-998.yaml": text.replace(valid.id, "pw-998"),
    });
    const problems = validateTaskItemFiles(dir).flatMap((result) => result.problems);
    expect(problems.some((p) => p.startsWith("id:") && p.includes("pw-999"))).toBe(true);
    expect(problems.some((p) => p.includes("in the rating folder"))).toBe(true);
  });

  it("reports a folder that is not a task type", () => {
    const dir = library({ "pairwse/pw-001.yaml": "id: pw-001\n" });
    const [result] = validateTaskItemFiles(dir);
    expect(result?.problems[0]).toContain('folder "pairwse" is not a task type');
  });
});

describe("item YAML", () => {
  it("every item reads back unchanged from the YAML an editor is given", () => {
    const changed = items.filter((item) => {
      const parsed = parseTaskItemYaml(taskItemYaml(item));
      return JSON.stringify(parsed.item) !== JSON.stringify(item);
    });
    expect(changed.map((item) => item.id)).toEqual([]);
  });

  it("writes long text as literal blocks, as the library's files do", () => {
    const rewrite = items.find((item) => item.taskType === "rewrite");
    expect(rewrite && taskItemYaml(rewrite)).toMatch(/referenceRewrite: \|/);
  });

  it("names the path of each problem in pasted YAML, and the YAML error when it does not parse", () => {
    expect(parseTaskItemYaml("id: [unclosed\n").problems[0]).toMatch(/^YAML: /);
    const problems = parseTaskItemYaml("id: pw-001\ntaskType: pairwise\n").problems;
    expect(problems.some((p) => p.startsWith("category:"))).toBe(true);
  });
});
