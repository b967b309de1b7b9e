import { randomUUID } from "node:crypto";
import { CATEGORIES, goldAnswer, projectEarnings, REFERENCE_PAY_BANDS } from "@rubric/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { drillLibrary } from "../drills/library.ts";
import {
  countLadderRows,
  goldAnswerFor,
  passCoreAssessment,
  workThrough,
} from "../testing/assessment.ts";
import { TestClient } from "../testing/client.ts";
import { describeOnEachDatabase } from "../testing/each-database.ts";
import { libraryItem, newAdmin, newWorker, outcome } from "../testing/practice.ts";
import { startTestServer, type TestServer } from "../testing/server.ts";

interface Entry {
  key: string;
  state: string;
  missing: { kind: string; message: string }[];
  qualifiedAt: string | null;
}

describeOnEachDatabase("the ladder, pay bands and earnings over HTTP", (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  async function entry(worker: TestClient, key: string): Promise<Entry> {
    const dashboard = await worker.call("ladder.dashboard");
    const found = dashboard.evaluation.entries.find((e: Entry) => e.key === key);
    if (!found) throw new Error(`no ladder step ${key}`);
    return found;
  }

  /** Proofreading drills through the drills API, every seeded error marked: F1 of 1 each. */
  async function proofread(worker: TestClient, count: number) {
    const items = drillLibrary().proofreading;
    for (let i = 0; i < count; i++) {
      const item = items[i % items.length];
      if (!item) throw new Error("no proofreading items");
      const started = await worker.call(
        "drills.start",
        { kind: "proofreading", itemId: item.id },
        "mutation",
      );
      const marks = item.errors.map((e) => ({ start: e.start, end: e.end }));
      const result = await worker.call(
        "drills.submit",
        { drillId: started.drillId, proofreading: { marks } },
        "mutation",
      );
      expect(result.flagged).toBe(false);
    }
  }

  /** Submits the gold answer to every item of a batch; returns the items and the submissions. */
  async function submitGold(worker: TestClient, batchId: string) {
    const batch = await worker.call("practice.batch", { batchId });
    const submissions = [];
    for (const item of batch.items as { itemId: string }[]) {
      const input = {
        batchId,
        itemId: item.itemId,
        answer: goldAnswer(libraryItem(item.itemId)),
        activeSeconds: 90,
        submissionId: randomUUID(),
      };
      await worker.call("practice.submit", input, "mutation");
      submissions.push(input);
    }
    return { items: batch.items as { expectedMinutes: number }[], submissions };
  }

  it("unlocks general evaluation once drills, the core assessment and its test meet the rules", async () => {
    const worker = await newWorker(server);
    const newcomer = await worker.call("ladder.dashboard");
    expect(newcomer.nextStep.kind).toBe("take_core_assessment");
    expect(newcomer.nextUnlock).toMatchObject({ key: "basic_annotation" });
    expect(newcomer.rates).toHaveLength(11);

    expect((await passCoreAssessment(worker)).passed).toBe(true);
    const waiting = await entry(worker, "general_evaluation");
    expect(waiting.state).toBe("available");
    // Eight drill items of the core assessment count already; eight perfect results are too few.
    expect(waiting.missing.map((m) => m.kind)).toEqual([
      "gold_items",
      "quality_bound",
      "qualification_test",
    ]);
    expect(waiting.missing[0]?.message).toBe("12 more gold items in basic annotation");

    // Twelve drills bring the evidence to the 20 results the rules ask for.
    await proofread(worker, 12);
    const evidenced = await entry(worker, "general_evaluation");
    expect(evidenced.missing.map((m) => m.kind)).toEqual(["qualification_test"]);
    const status = await worker.call("assessment.status");
    const test = status.qualificationTests.find(
      (t: { category: string }) => t.category === "general_evaluation",
    );
    expect(test).toMatchObject({ state: "available", canStart: true });

    const { attemptId } = await worker.call(
      "assessment.start",
      { kind: "qualification", category: "general_evaluation" },
      "mutation",
    );
    const attempt = await worker.call("assessment.attempt", { attemptId });
    expect(attempt.sections.map((s: { id: string }) => s.id)).toEqual([
      "pairwise",
      "ranking",
      "rating",
    ]);
    const report = await workThrough(worker, attemptId, goldAnswerFor);
    expect(report).toMatchObject({ passed: true, overall: 1, category: "general_evaluation" });

    const before = await countLadderRows(server, "qualification");
    const dashboard = await worker.call("ladder.dashboard");
    const general = dashboard.evaluation.entries.find((e: Entry) => e.key === "general_evaluation");
    expect(general).toMatchObject({ state: "qualified", recordQualification: false });
    expect(general.qualifiedAt).toBe(dashboard.now);
    expect(await countLadderRows(server, "qualification")).toBe(before + 1);
    expect(dashboard.nextUnlock.key).toBe("rewriting");
    expect(dashboard.nextStep.kind).toBe("do_gold_items");

    const basic = dashboard.quality.find((q: { key: string }) => q.key === "basic_annotation");
    expect(basic.series.at(-1)).toMatchObject({ count: 20, estimate: 1 });
    expect(basic.series.at(-1).lower).toBeGreaterThan(0.8);
    expect(dashboard.recentFeedback).toHaveLength(8);
    expect(dashboard.recentFeedback[0]).toMatchObject({
      kind: "assessment",
      title: "General evaluation qualification test",
    });
    expect(dashboard.recentFeedback.some((f: { kind: string }) => f.kind === "drill")).toBe(true);

    // Sticky: the stored qualification holds on the next call, which stores nothing new.
    expect((await entry(worker, "general_evaluation")).state).toBe("qualified");
    expect(await countLadderRows(server, "qualification")).toBe(before + 1);
  });

  it("accrues a ledger line per practice batch at the projected rate, once per item", async () => {
    const worker = await newWorker(server);
    const { batchId } = await worker.call(
      "practice.startBatch",
      { taskType: "pairwise", size: 2 },
      "mutation",
    );
    const { items, submissions } = await submitGold(worker, batchId);
    const minutes = items.reduce((sum, item) => sum + item.expectedMinutes, 0);
    // A retried submission is the same attempt, and the same minutes on the ledger.
    await worker.call("practice.submit", submissions[0], "mutation");

    const ledger = await worker.call("ladder.ledger", { limit: 10 });
    expect(ledger.lines).toHaveLength(1);
    // No profile and little evidence yet: the band's minimum.
    expect(ledger.lines[0]).toMatchObject({
      description: "Pairwise comparison × 2",
      minutes,
      rateUsdPerHour: 18,
      amountUsd: projectEarnings(minutes, 18),
      href: `/app/practice/batch/${batchId}`,
    });
    expect(ledger.totalUsd).toBe(projectEarnings(minutes, 18));

    const second = await worker.call(
      "practice.startBatch",
      { taskType: "rating", size: 1 },
      "mutation",
    );
    await submitGold(worker, second.batchId);
    const first = await worker.call("ladder.ledger", { limit: 1 });
    expect(first.lines).toHaveLength(1);
    expect(first.lines[0].description).toBe("Rating against criteria × 1");
    const rest = await worker.call("ladder.ledger", { limit: 1, after: first.next });
    expect(rest.lines.map((l: { description: string }) => l.description)).toEqual([
      "Pairwise comparison × 2",
    ]);
    expect(rest.next).toBeNull();

    const dashboard = await worker.call("ladder.dashboard");
    expect(dashboard.ledger.lines).toHaveLength(2);
    expect(dashboard.ledger.totalUsd).toBe(first.totalUsd);
    expect(dashboard.recentFeedback[0]).toMatchObject({ kind: "practice", score: 1 });
    const general = dashboard.quality.find((q: { key: string }) => q.key === "general_evaluation");
    expect(general.series.at(-1)).toMatchObject({ count: 3, estimate: 1 });
    expect(await countLadderRows(server, "earnings_ledger")).toBeGreaterThanOrEqual(2);
  });

  it("publishes pay bands and rules to anyone, and lets only a valid admin edit change a band", async () => {
    const anonymous = new TestClient(server.url);
    const bands = await anonymous.call("payBands.list");
    expect(bands.map((b: { category: string }) => b.category).sort()).toEqual(
      [...CATEGORIES].sort(),
    );
    const reference = REFERENCE_PAY_BANDS.find((b) => b.category === "red_teaming");
    expect(bands.find((b: { category: string }) => b.category === "red_teaming")).toMatchObject({
      label: "Red teaming & safety",
      minUsdPerHour: reference?.minUsdPerHour,
      maxUsdPerHour: reference?.maxUsdPerHour,
      premiumNote: null,
    });

    const admin = await newAdmin(server);
    const updated = await admin.call(
      "payBands.update",
      {
        category: "red_teaming",
        minUsdPerHour: 26,
        maxUsdPerHour: 55,
        premiumNote: "Specialised safety work is advertised higher.",
      },
      "mutation",
    );
    expect(updated).toMatchObject({
      category: "red_teaming",
      minUsdPerHour: 26,
      maxUsdPerHour: 55,
      premiumNote: "Specialised safety work is advertised higher.",
    });

    const inverted = outcome(
      await admin.mutate("payBands.update", {
        category: "red_teaming",
        minUsdPerHour: 60,
        maxUsdPerHour: 40,
      }),
    );
    expect(inverted.code).toBe("BAD_REQUEST");
    expect(inverted.fieldErrors.maxUsdPerHour).toEqual([
      "The top of a band cannot be below its bottom.",
    ]);
    const unknown = outcome(
      await admin.mutate("payBands.update", {
        category: "juggling",
        minUsdPerHour: 1,
        maxUsdPerHour: 2,
      }),
    );
    expect(unknown.code).toBe("BAD_REQUEST");
    expect(unknown.fieldErrors.category).toBeDefined();
    const worker = await newWorker(server);
    expect(
      outcome(
        await worker.mutate("payBands.update", {
          category: "red_teaming",
          minUsdPerHour: 1,
          maxUsdPerHour: 2,
        }),
      ).code,
    ).toBe("FORBIDDEN");

    const published = await anonymous.call("ladder.rules");
    expect(
      published.payBands.find((b: { category: string }) => b.category === "red_teaming"),
    ).toMatchObject({ minUsdPerHour: 26, maxUsdPerHour: 55 });
    expect(published.rules.categories).toHaveLength(CATEGORIES.length);
    expect(published.rateFormula.description).toContain("Quality counts for 60%");

    const rates = (await worker.call("ladder.dashboard")).rates;
    const redTeaming = rates.find((r: { key: string }) => r.key === "red_teaming");
    expect(redTeaming).toMatchObject({
      band: { minUsdPerHour: 26, maxUsdPerHour: 55 },
      projectedUsdPerHour: 26,
      state: "locked",
    });
    expect(redTeaming.explanation).toMatch(/^\$26\.00\/h in the \$26\.00–\$55\.00 band/);

    const practice = await worker.call("practice.overview");
    const redTeamingPractice = practice.categories.find(
      (c: { category: string }) => c.category === "red_teaming",
    );
    expect(redTeamingPractice.band).toEqual({ minUsdPerHour: 26, maxUsdPerHour: 55 });
  });
});
