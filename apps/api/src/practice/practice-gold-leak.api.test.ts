import {
  CATEGORY_LABELS,
  DOMAIN_LABELS,
  publicView,
  TASK_TYPE_LABELS,
  TASK_TYPES,
  type TaskItem,
} from "@rubric/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { sectionTexts } from "../guidelines/markdown.ts";
import { contentLibrary } from "../seed/content.ts";
import type { TestClient } from "../testing/client.ts";
import { describeOnEachDatabase } from "../testing/each-database.ts";
import { newWorker } from "../testing/practice.ts";
import { startTestServer, type TestServer } from "../testing/server.ts";
import { appRouter } from "../trpc/router.ts";

/**
 * The gold must not reach a worker before their attempt is stored. This calls every procedure
 * a worker can call before submitting, over batches that together serve every item in the
 * library, and looks for each item's gold in what came back.
 *
 * A gold value that also occurs in what a worker may see anyway (the prompts, the guidelines,
 * the labels) proves nothing either way, so the check compares word n-grams: a gold value
 * leaks when one of its n-grams found nowhere in public material turns up in an output.
 */

/** Procedures that return gold by design, and only for an attempt already stored. */
const POST_SUBMISSION = ["practice.submit", "practice.attempt"];
/** Keys that only gold-bearing objects have. */
const GOLD_KEYS = [
  "gold",
  "rationale",
  "renderedRationale",
  "keyPoints",
  "referenceRewrite",
  "referencePrompt",
  "checks",
];
const PHRASE_WORDS = 3;

function words(text: string): string[] {
  return (
    text
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Word n-grams of 1 to 3 words, within one text. */
function grams(text: string): string[] {
  const tokens = words(text);
  const out: string[] = [];
  for (let n = 1; n <= PHRASE_WORDS; n += 1) {
    for (let i = 0; i + n <= tokens.length; i += 1) out.push(tokens.slice(i, i + n).join(" "));
  }
  return out;
}

/** The n-grams that stand for a gold value: the whole of a short phrase, every 3-gram of a text. */
function goldGrams(text: string): string[] {
  const tokens = words(text);
  if (tokens.length <= PHRASE_WORDS) return tokens.length > 0 ? [tokens.join(" ")] : [];
  return tokens
    .slice(0, -PHRASE_WORDS + 1)
    .map((_, i) => tokens.slice(i, i + PHRASE_WORDS).join(" "));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** Every string value and every key in a value; HTML is read as the text a person sees. */
function walk(value: unknown, strings: string[], keys: Set<string>, key = ""): void {
  if (typeof value === "string") {
    strings.push(
      key === "html"
        ? value
            .replace(/<[^>]*>/g, " ")
            .replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ENTITIES[e] ?? e)
        : value,
    );
  } else if (Array.isArray(value)) {
    for (const entry of value) walk(entry, strings, keys, key);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      walk(v, strings, keys, k);
    }
  }
}

interface GoldValue {
  kind: string;
  text: string;
}

/** Everything about an item a worker must not learn before submitting. */
function goldValues(item: TaskItem): GoldValue[] {
  const values: GoldValue[] = [{ kind: "rationale", text: item.rationale }];
  const gold = item.gold as Record<string, unknown>;
  for (const point of (gold.keyPoints ?? []) as { point: string; anyOf: string[] }[]) {
    values.push({ kind: "key point", text: point.point });
    for (const phrase of point.anyOf.filter((p) => p.length > 3)) {
      values.push({ kind: "key point phrase", text: phrase });
    }
  }
  for (const check of (gold.checks ?? []) as { description: string; anyOf?: string[] }[]) {
    values.push({ kind: "check", text: check.description });
    for (const phrase of (check.anyOf ?? []).filter((p) => p.length > 3)) {
      values.push({ kind: "check phrase", text: phrase });
    }
  }
  for (const field of ["referenceRewrite", "referencePrompt"]) {
    if (typeof gold[field] === "string") values.push({ kind: field, text: gold[field] as string });
  }
  for (const error of (gold.errors ?? []) as { explanation: string }[]) {
    values.push({ kind: "error explanation", text: error.explanation });
  }
  for (const bug of (gold.bugs ?? []) as { explanation: string }[]) {
    values.push({ kind: "bug explanation", text: bug.explanation });
  }
  return values;
}

/** Gold maps whose exact JSON would give the answer away. */
function goldMaps(item: TaskItem): string[] {
  if (item.taskType === "ranking") return [JSON.stringify(item.gold.ranking)];
  if (item.taskType === "fact_check") return [JSON.stringify(item.gold.claims)];
  return [];
}

describeOnEachDatabase("gold never reaches a worker before submission", (kind) => {
  const { items, guidelines } = contentLibrary();
  let server: TestServer;
  let worker: TestClient;
  const outputs: unknown[] = [];
  const called = new Set<string>();
  const served = new Set<string>();

  async function call(path: string, input?: unknown, type: "query" | "mutation" = "query") {
    const data = await worker.call(path, input, type);
    called.add(path);
    outputs.push(data);
    return data;
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    worker = await newWorker(server, "Gold Seeker");
    let lastBatch = "";
    for (const taskType of TASK_TYPES) {
      const total = items.filter((item) => item.taskType === taskType).length;
      const mine = new Set<string>();
      // Unseen items are served first, so ceil(total / 20) batches cover the type.
      for (let round = 0; mine.size < total && round < Math.ceil(total / 20); round += 1) {
        const { batchId } = await call(
          "practice.startBatch",
          { taskType, size: Math.min(20, total) },
          "mutation",
        );
        const batch = await call("practice.batch", { batchId });
        for (const entry of batch.items as { itemId: string }[]) mine.add(entry.itemId);
        await call("practice.batchSummary", { batchId });
        lastBatch = batchId;
      }
      for (const id of mine) served.add(id);
    }
    const last = await worker.call("practice.batch", { batchId: lastBatch });
    await call(
      "practice.saveDraft",
      {
        batchId: lastBatch,
        itemId: last.items[0].itemId,
        answer: { verdict: "correct" },
        activeSeconds: 5,
      },
      "mutation",
    );
    await call("practice.batch", { batchId: lastBatch });
    await call("practice.overview");
    await call("guidelines.list");
    for (const guideline of guidelines) {
      await call("guidelines.get", { category: guideline.category });
      await call("guidelines.get", { category: guideline.category, version: guideline.version });
    }
    // Searches for words that gold and guidelines share return guideline text only.
    for (const query of ["severity", "close call", "kidney", "off-by-one", "source", "refusal"]) {
      await call("guidelines.search", { query });
    }
  });
  afterAll(() => server.close());

  it("serves every item of the library across batches of every task type", () => {
    expect([...served].sort()).toEqual(items.map((item) => item.id).sort());
    expect(items).toHaveLength(242);
  });

  it("returns no object with a gold or rationale key", () => {
    const keys = new Set<string>();
    walk(outputs, [], keys);
    expect(GOLD_KEYS.filter((key) => keys.has(key))).toEqual([]);
  });

  it("returns no gold value that is not also in the prompts, guidelines or labels", () => {
    const publicStrings: string[] = [
      ...Object.values(CATEGORY_LABELS),
      ...Object.values(TASK_TYPE_LABELS),
      ...Object.values(DOMAIN_LABELS),
    ];
    for (const item of items) walk(publicView(item), publicStrings, new Set());
    for (const guideline of guidelines) {
      publicStrings.push(guideline.title, guideline.markdown);
      publicStrings.push(...sectionTexts(guideline.markdown).map((section) => section.text));
    }
    const publicGrams = new Set(publicStrings.flatMap(grams));
    const outputStrings: string[] = [];
    walk(outputs, outputStrings, new Set());
    const outputGrams = new Set([...new Set(outputStrings)].flatMap(grams));
    const outputJson = JSON.stringify(outputs);

    const leaks: string[] = [];
    const unchecked: string[] = [];
    for (const item of items) {
      let checked = 0;
      for (const value of goldValues(item)) {
        const goldOnly = goldGrams(value.text).filter((gram) => !publicGrams.has(gram));
        if (goldOnly.length > 0) checked += 1;
        const found = goldOnly.filter((gram) => outputGrams.has(gram));
        if (found.length > 0)
          leaks.push(`${item.id} ${value.kind}: "${found[0]}" of "${value.text}"`);
      }
      for (const map of goldMaps(item)) {
        if (outputJson.includes(map)) leaks.push(`${item.id} gold map ${map}`);
      }
      // The rationale alone is written for this item; a check that checked nothing is no check.
      if (checked === 0) unchecked.push(item.id);
    }
    expect(leaks, leaks.slice(0, 20).join("\n")).toEqual([]);
    expect(unchecked).toEqual([]);
  });

  it("covers every practice and guidelines procedure, or lists it as post-submission", () => {
    const worker = Object.keys(appRouter._def.procedures).filter(
      (path) => path.startsWith("practice.") || path.startsWith("guidelines."),
    );
    const uncovered = worker.filter((path) => !called.has(path) && !POST_SUBMISSION.includes(path));
    expect(uncovered).toEqual([]);
    expect(POST_SUBMISSION.filter((path) => called.has(path))).toEqual([]);
    expect(POST_SUBMISSION.every((path) => worker.includes(path))).toBe(true);
  });
});
