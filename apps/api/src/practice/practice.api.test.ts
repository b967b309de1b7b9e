import { randomUUID } from "node:crypto";
import { CATEGORIES, goldAnswer, payForMinutes, referenceBandFor } from "@rubric/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedContent } from "../seed/content.ts";
import type { TestClient } from "../testing/client.ts";
import { describeOnEachDatabase } from "../testing/each-database.ts";
import {
  countRows,
  libraryItem,
  newWorker,
  outcome,
  submission,
  wrongAnswer,
} from "../testing/practice.ts";
import { startTestServer, type TestServer } from "../testing/server.ts";

interface BatchItem {
  itemId: string;
  status: string;
  attemptId: string | null;
  score: number | null;
  view: { taskType: string; id: string };
  draft: { answer: unknown; activeSeconds: number; savedAt: string } | null;
}

describeOnEachDatabase("practice workspace over HTTP", (kind) => {
  let server: TestServer;
  let worker: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    worker = await newWorker(server);
  });
  afterAll(() => server.close());

  async function start(client: TestClient, input: Record<string, unknown>): Promise<string> {
    return (await client.call("practice.startBatch", input, "mutation")).batchId;
  }
  async function readBatch(client: TestClient, batchId: string) {
    return (await client.call("practice.batch", { batchId })) as {
      items: BatchItem[];
      completedAt: string | null;
      taskType: string;
    };
  }
  async function storedRows() {
    return {
      attempts: await countRows(server, "practice_attempt"),
      drafts: await countRows(server, "practice_draft"),
      batches: await countRows(server, "practice_batch"),
    };
  }

  it("seeds the whole library once, however often the server starts", async () => {
    expect(await countRows(server, "task_item")).toBe(242);
    const guidelines = await countRows(server, "guideline_version");
    expect(guidelines).toBeGreaterThanOrEqual(7);
    expect(await seedContent(server.platform.handle.db)).toEqual({ items: 0 });
    expect(await countRows(server, "task_item")).toBe(242);
    expect(await countRows(server, "guideline_version")).toBe(guidelines);
  });

  it("starts a batch of distinct items of the chosen type, in order, without gold", async () => {
    const batchId = await start(worker, { taskType: "pairwise", size: 5 });
    const batch = await readBatch(worker, batchId);
    expect(batch.taskType).toBe("pairwise");
    expect(batch.items).toHaveLength(5);
    expect(new Set(batch.items.map((i) => i.itemId)).size).toBe(5);
    for (const item of batch.items) {
      expect(item).toMatchObject({ status: "pending", attemptId: null, score: null, draft: null });
      expect(item.view.taskType).toBe("pairwise");
      expect(Object.keys(item.view)).not.toContain("gold");
      expect(Object.keys(item.view)).not.toContain("rationale");
    }
  });

  it("serves items the worker has not seen before repeating any", async () => {
    const client = await newWorker(server);
    const first = await readBatch(client, await start(client, { taskType: "ranking", size: 20 }));
    const second = await readBatch(client, await start(client, { taskType: "ranking", size: 2 }));
    const seen = new Set(first.items.map((i) => i.itemId));
    expect(second.items.filter((i) => seen.has(i.itemId))).toEqual([]);
  });

  it("filters by domain and by programming language", async () => {
    const law = await readBatch(
      worker,
      await start(worker, { taskType: "domain_review", size: 2, domain: "law" }),
    );
    for (const item of law.items) expect(libraryItem(item.itemId).domain).toBe("law");
    const python = await readBatch(
      worker,
      await start(worker, { taskType: "code_review", size: 2, language: "python" }),
    );
    for (const item of python.items) {
      const stored = libraryItem(item.itemId);
      expect(stored.taskType === "code_review" && stored.prompt.language).toBe("python");
    }
  });

  it("refuses a batch larger than the matching items, or a language on a non-code type", async () => {
    const before = await storedRows();
    const tooMany = await worker.mutate("practice.startBatch", { taskType: "prompt", size: 20 });
    expect(outcome(tooMany).code).toBe("NOT_FOUND");
    expect(tooMany.json.error.message).toMatch(/Only 16 items/);
    const language = await worker.mutate("practice.startBatch", {
      taskType: "pairwise",
      language: "python",
    });
    expect(outcome(language)).toMatchObject({ code: "BAD_REQUEST" });
    expect(Object.keys(outcome(language).fieldErrors)).toEqual(["language"]);
    const oversize = await worker.mutate("practice.startBatch", { taskType: "pairwise", size: 21 });
    expect(Object.keys(outcome(oversize).fieldErrors)).toEqual(["size"]);
    expect(await storedRows()).toEqual(before);
  });

  it("saves a draft, reads it back, and caps its time at the time since the batch began", async () => {
    const batchId = await start(worker, { taskType: "rating", size: 2 });
    const [first] = (await readBatch(worker, batchId)).items;
    if (!first) throw new Error("empty batch");
    const answer = { ratings: { accuracy: 2 }, issues: [], justification: "Half done" };
    const saved = await worker.call(
      "practice.saveDraft",
      { batchId, itemId: first.itemId, answer, activeSeconds: 3600 },
      "mutation",
    );
    const again = await worker.call(
      "practice.saveDraft",
      {
        batchId,
        itemId: first.itemId,
        answer: { ...answer, justification: "Done" },
        activeSeconds: 1,
      },
      "mutation",
    );
    const read = (await readBatch(worker, batchId)).items[0];
    expect(read?.draft).toEqual({
      answer: { ...answer, justification: "Done" },
      activeSeconds: expect.any(Number),
      savedAt: again.savedAt,
    });
    expect(read?.draft?.activeSeconds).toBeLessThanOrEqual(1);
    expect(saved.savedAt <= again.savedAt).toBe(true);
    const foreign = await worker.mutate("practice.saveDraft", {
      batchId,
      itemId: "pw-001",
      answer,
      activeSeconds: 5,
    });
    expect(outcome(foreign).code).toBe("NOT_FOUND");
  });

  it("scores the gold answer 1, stores it with its feedback and closes its draft", async () => {
    const batchId = await start(worker, { taskType: "pairwise", size: 2 });
    const [first] = (await readBatch(worker, batchId)).items;
    if (!first) throw new Error("empty batch");
    const item = libraryItem(first.itemId);
    await worker.call(
      "practice.saveDraft",
      { batchId, itemId: item.id, answer: { preference: 0 }, activeSeconds: 0 },
      "mutation",
    );
    const feedback = await worker.call(
      "practice.submit",
      submission(batchId, item.id, goldAnswer(item), 0),
      "mutation",
    );
    expect(feedback).toMatchObject({
      batchId,
      itemId: item.id,
      taskType: "pairwise",
      title: item.title,
      score: 1,
      gold: item.gold,
      rationale: item.rationale,
      expectedMinutes: item.expectedMinutes,
      diff: null,
    });
    expect(feedback.renderedRationale).toMatch(/^<p>/);
    expect(feedback.renderedRationale).not.toMatch(/<script/i);
    for (const entry of feedback.feedback) {
      if (entry.guidelineRef)
        expect(entry.guidelineTitle, entry.guidelineRef).toEqual(expect.any(String));
    }
    const read = (await readBatch(worker, batchId)).items.find((i) => i.itemId === item.id);
    expect(read).toMatchObject({
      status: "submitted",
      attemptId: feedback.attemptId,
      score: 1,
      draft: null,
    });
    expect(await worker.call("practice.attempt", { attemptId: feedback.attemptId })).toEqual(
      feedback,
    );
    const closed = await worker.mutate("practice.saveDraft", {
      batchId,
      itemId: item.id,
      answer: {},
      activeSeconds: 0,
    });
    expect(outcome(closed).code).toBe("CONFLICT");
  });

  it("scores a wrong answer below 1 and links each lesson to a guideline section by title", async () => {
    const batchId = await start(worker, { taskType: "pairwise", size: 1 });
    const [only] = (await readBatch(worker, batchId)).items;
    if (!only) throw new Error("empty batch");
    const feedback = await worker.call(
      "practice.submit",
      submission(batchId, only.itemId, wrongAnswer(libraryItem(only.itemId))),
      "mutation",
    );
    expect(feedback.score).toBeLessThan(1);
    const lessons = feedback.feedback.filter((f: { kind: string }) => f.kind !== "good");
    expect(lessons.length).toBeGreaterThan(0);
    for (const lesson of lessons) {
      expect(lesson.guidelineRef).toMatch(/^general_evaluation#/);
      expect(lesson.guidelineTitle).toEqual(expect.any(String));
    }
    expect((await readBatch(worker, batchId)).completedAt).not.toBeNull();
  });

  it("returns the stored attempt again for a retried submission id, storing nothing new", async () => {
    const batchId = await start(worker, { taskType: "pairwise", size: 2 });
    const [first] = (await readBatch(worker, batchId)).items;
    if (!first) throw new Error("empty batch");
    const input = submission(batchId, first.itemId, goldAnswer(libraryItem(first.itemId)));
    const original = await worker.call("practice.submit", input, "mutation");
    const before = await storedRows();
    const retried = await worker.call(
      "practice.submit",
      { ...input, answer: wrongAnswer(libraryItem(first.itemId)) },
      "mutation",
    );
    expect(retried).toEqual(original);
    expect(await storedRows()).toEqual(before);

    const second = await worker.mutate(
      "practice.submit",
      submission(batchId, first.itemId, wrongAnswer(libraryItem(first.itemId))),
    );
    expect(outcome(second).code).toBe("CONFLICT");
    expect(await storedRows()).toEqual(before);

    const stranger = await newWorker(server, "Stranger");
    const strangerBatch = await start(stranger, { taskType: "pairwise", size: 1 });
    const [theirs] = (await readBatch(stranger, strangerBatch)).items;
    const reused = await stranger.mutate("practice.submit", {
      ...input,
      batchId: strangerBatch,
      itemId: theirs?.itemId,
    });
    expect(outcome(reused).code).toBe("CONFLICT");
  });

  it("refuses an item outside the batch, a misshapen answer and oversize text, storing nothing", async () => {
    const batchId = await start(worker, { taskType: "pairwise", size: 1 });
    const [only] = (await readBatch(worker, batchId)).items;
    if (!only) throw new Error("empty batch");
    const item = libraryItem(only.itemId);
    if (item.taskType !== "pairwise") throw new Error("expected a pairwise item");
    const gold = goldAnswer(item);
    const outside = item.id === "pw-001" ? "pw-002" : "pw-001";
    const before = await storedRows();

    for (const itemId of ["pw-999", outside]) {
      const res = await worker.mutate("practice.submit", submission(batchId, itemId, gold));
      expect(outcome(res).code).toBe("NOT_FOUND");
    }

    const misshapen = await worker.mutate(
      "practice.submit",
      submission(batchId, item.id, { ...gold, preference: 7, ratings: { a: gold.ratings.a } }),
    );
    expect(outcome(misshapen).code).toBe("BAD_REQUEST");
    expect(Object.keys(outcome(misshapen).fieldErrors).sort()).toEqual(["preference", "ratings.b"]);

    const rambling = await worker.mutate(
      "practice.submit",
      submission(batchId, item.id, { ...gold, justification: "x".repeat(4001) }),
    );
    expect(outcome(rambling).fieldErrors).toEqual({
      justification: [expect.stringMatching(/at most 4000 characters/)],
    });

    const huge = await worker.mutate(
      "practice.submit",
      submission(batchId, item.id, { ...gold, justification: "x".repeat(70_000) }),
    );
    expect(Object.keys(outcome(huge).fieldErrors)).toEqual(["answer"]);
    const hugeDraft = await worker.mutate("practice.saveDraft", {
      batchId,
      itemId: item.id,
      answer: { text: "y".repeat(70_000) },
      activeSeconds: 1,
    });
    expect(Object.keys(outcome(hugeDraft).fieldErrors)).toEqual(["answer"]);

    const noSubmissionId = await worker.mutate("practice.submit", {
      ...submission(batchId, item.id, gold),
      submissionId: "not-a-uuid",
    });
    expect(Object.keys(outcome(noSubmissionId).fieldErrors)).toEqual(["submissionId"]);
    expect(await storedRows()).toEqual(before);
  });

  it("hides a worker's batches and attempts from every other worker", async () => {
    const batchId = await start(worker, { taskType: "pairwise", size: 1 });
    const [only] = (await readBatch(worker, batchId)).items;
    if (!only) throw new Error("empty batch");
    const intruder = await newWorker(server, "Intruder");
    const gold = goldAnswer(libraryItem(only.itemId));
    const before = await storedRows();
    for (const res of [
      await intruder.query("practice.batch", { batchId }),
      await intruder.query("practice.batchSummary", { batchId }),
      await intruder.mutate("practice.saveDraft", {
        batchId,
        itemId: only.itemId,
        answer: gold,
        activeSeconds: 1,
      }),
      await intruder.mutate("practice.submit", submission(batchId, only.itemId, gold)),
    ]) {
      expect(outcome(res).code).toBe("NOT_FOUND");
    }
    expect(await storedRows()).toEqual(before);
    const mine = await worker.call(
      "practice.submit",
      submission(batchId, only.itemId, gold),
      "mutation",
    );
    expect(
      outcome(await intruder.query("practice.attempt", { attemptId: mine.attemptId })).code,
    ).toBe("NOT_FOUND");
    expect(outcome(await worker.query("practice.batch", { batchId: randomUUID() })).code).toBe(
      "NOT_FOUND",
    );
  });

  it("sums a batch: accuracy, time, expected minutes and what the work would have paid", async () => {
    const client = await newWorker(server, "Summary Worker");
    const batchId = await start(client, { taskType: "pairwise", size: 3 });
    const items = (await readBatch(client, batchId)).items.map((i) => libraryItem(i.itemId));
    const [a, b, c] = items;
    if (!a || !b || !c) throw new Error("short batch");
    const empty = await client.call("practice.batchSummary", { batchId });
    expect(empty).toMatchObject({ submitted: 0, size: 3, accuracy: null, expectedMinutes: 0 });

    const right = await client.call(
      "practice.submit",
      submission(batchId, a.id, goldAnswer(a), 0),
      "mutation",
    );
    const wrong = await client.call(
      "practice.submit",
      submission(batchId, b.id, wrongAnswer(b), 0),
      "mutation",
    );
    const summary = await client.call("practice.batchSummary", { batchId });
    const minutes = a.expectedMinutes + b.expectedMinutes;
    const band = referenceBandFor("general_evaluation");
    expect(summary).toEqual({
      id: batchId,
      taskType: "pairwise",
      category: "general_evaluation",
      submitted: 2,
      size: 3,
      accuracy: (1 + wrong.score) / 2,
      totalActiveSeconds: right.activeSeconds + wrong.activeSeconds,
      expectedMinutes: minutes,
      band: { minUsdPerHour: band.minUsdPerHour, maxUsdPerHour: band.maxUsdPerHour },
      wouldHavePaid: payForMinutes(minutes, band),
      items: items.map((item) => ({
        itemId: item.id,
        title: item.title,
        attemptId: item === a ? right.attemptId : item === b ? wrong.attemptId : null,
        score: item === a ? 1 : item === b ? wrong.score : null,
        activeSeconds: item === c ? null : 0,
        expectedMinutes: item.expectedMinutes,
      })),
    });

    const overview = await client.call("practice.overview");
    const general = overview.categories.find(
      (entry: { category: string }) => entry.category === "general_evaluation",
    );
    const pairwise = general.taskTypes.find((t: { taskType: string }) => t.taskType === "pairwise");
    expect(pairwise).toMatchObject({
      itemCount: 42,
      attempted: 2,
      meanScore: (1 + wrong.score) / 2,
    });
    expect(overview.recentBatches[0]).toMatchObject({
      id: batchId,
      taskType: "pairwise",
      size: 3,
      submitted: 2,
      completedAt: null,
      meanScore: (1 + wrong.score) / 2,
    });
    // Every category but basic annotation, which is practised with drills, in ladder order.
    expect(overview.categories.map((entry: { category: string }) => entry.category)).toEqual(
      CATEGORIES.filter((category) => category !== "basic_annotation"),
    );
  });

  it("shows a rewrite's changes as a word diff against the response", async () => {
    const batchId = await start(worker, { taskType: "rewrite", size: 1 });
    const [only] = (await readBatch(worker, batchId)).items;
    if (!only) throw new Error("empty batch");
    const item = libraryItem(only.itemId);
    if (item.taskType !== "rewrite") throw new Error("expected a rewrite item");
    const feedback = await worker.call(
      "practice.submit",
      submission(batchId, item.id, goldAnswer(item)),
      "mutation",
    );
    expect(feedback.score).toBe(1);
    const ops = new Set(feedback.diff.map((segment: { op: string }) => segment.op));
    expect(ops.has("insert") || ops.has("delete")).toBe(true);
    const rebuilt = feedback.diff
      .filter((segment: { op: string }) => segment.op !== "delete")
      .map((segment: { text: string }) => segment.text)
      .join("");
    expect(rebuilt).toBe(goldAnswer(item).text);
  });
});
