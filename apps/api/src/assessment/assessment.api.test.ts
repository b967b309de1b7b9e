import { CORE_ASSESSMENT_BLUEPRINT } from "@rubric/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AttemptView,
  countLadderRows,
  goldAnswerFor,
  KEY_FIELDS,
  keysIn,
  keyTexts,
  passCoreAssessment,
  readAttempt,
  shiftClock,
  workThrough,
  wrongAnswerFor,
} from "../testing/assessment.ts";
import { TestClient } from "../testing/client.ts";
import { describeOnEachDatabase } from "../testing/each-database.ts";
import { newWorker, outcome } from "../testing/practice.ts";
import { startTestServer, type TestServer } from "../testing/server.ts";

const HOUR = 3_600_000;

describeOnEachDatabase("assessments over HTTP", (kind) => {
  let server: TestServer;
  /** Anyone may move the test clock; this client only does that. */
  let clock: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind, { testClock: true });
    clock = new TestClient(server.url);
  });
  afterAll(() => server.close());

  async function startCore(client: TestClient): Promise<string> {
    return (await client.call("assessment.start", { kind: "core" }, "mutation")).attemptId;
  }
  async function stored() {
    return {
      attempts: await countLadderRows(server, "assessment_attempt"),
      items: await countLadderRows(server, "assessment_item"),
      answers: await countLadderRows(server, "assessment_answer"),
      qualifications: await countLadderRows(server, "qualification"),
    };
  }
  function save(
    client: TestClient,
    attemptId: string,
    sectionId: string,
    itemRef: string,
    answer: unknown,
  ) {
    return client.mutate("assessment.saveAnswer", { attemptId, sectionId, itemRef, answer });
  }
  const section = (attempt: AttemptView, id: string) => {
    const found = attempt.sections.find((s) => s.id === id);
    if (!found) throw new Error(`no section ${id}`);
    return found;
  };

  it("serves a core attempt of the blueprint's shape without any key", async () => {
    const worker = await newWorker(server);
    const status = await worker.call("assessment.status");
    expect(status.core).toEqual({ canStart: true });
    expect(status.inProgress).toBeNull();

    const attemptId = await startCore(worker);
    const attempt = await readAttempt(worker, attemptId);
    expect(attempt.sections.map((s) => [s.id, s.items.length])).toEqual(
      CORE_ASSESSMENT_BLUEPRINT.sections.map((s) => [s.id, s.itemCount]),
    );
    expect(attempt.currentSectionId).toBe("guideline_application");
    expect(attempt.sections.map((s) => s.state)).toEqual([
      "current",
      "upcoming",
      "upcoming",
      "upcoming",
      "upcoming",
      "upcoming",
    ]);
    const check = section(attempt, "typing_transcription").items.map((i) => i.kind);
    expect(check).toEqual(["typing", "transcription"]);

    const text = JSON.stringify(attempt);
    const keys = keysIn(attempt);
    for (const field of KEY_FIELDS) expect(keys.has(field), field).toBe(false);
    const refs = attempt.sections.flatMap((s) => s.items.map((i) => i.ref));
    for (const ref of refs) {
      for (const secret of keyTexts(ref)) expect(text.includes(secret), ref).toBe(false);
    }
    expect((await worker.call("assessment.status")).inProgress).toMatchObject({
      attemptId,
      kind: "core",
    });
  });

  it("saves answers, resumes after a reload, moves through sections and grades each one", async () => {
    const worker = await newWorker(server);
    const attemptId = await startCore(worker);
    const first = await readAttempt(worker, attemptId);

    // Gold everywhere except: one proofreading text left unmarked, two pairwise items misjudged.
    const proofreading = section(first, "attention_to_detail").items.map((i) => i.ref);
    const pairwise = section(first, "pairwise_judgment").items.map((i) => i.ref);
    const wrong = new Set([proofreading[0], pairwise[0], pairwise[1]]);
    const answerFor = (ref: string) => (wrong.has(ref) ? wrongAnswerFor(ref) : goldAnswerFor(ref));

    for (const item of section(first, "guideline_application").items) {
      const res = await save(
        worker,
        attemptId,
        "guideline_application",
        item.ref,
        answerFor(item.ref),
      );
      expect(outcome(res).code, item.ref).toBe("OK");
    }
    const moved = await worker.call(
      "assessment.advance",
      { attemptId, fromSectionId: "guideline_application" },
      "mutation",
    );
    expect(moved).toEqual({ currentSectionId: "attention_to_detail" });
    const firstProofreading = proofreading[0] ?? "";
    await worker.call(
      "assessment.saveAnswer",
      {
        attemptId,
        sectionId: "attention_to_detail",
        itemRef: firstProofreading,
        answer: answerFor(firstProofreading),
      },
      "mutation",
    );

    // A reload: the same section, with every saved answer back.
    const resumed = await readAttempt(worker, attemptId);
    expect(resumed.currentSectionId).toBe("attention_to_detail");
    expect(resumed.sections.slice(0, 2).map((s) => s.state)).toEqual(["done", "current"]);
    for (const item of section(resumed, "guideline_application").items) {
      expect(item.savedAnswer, item.ref).not.toBeNull();
    }
    expect(section(resumed, "attention_to_detail").items[0]?.savedAnswer).toEqual({ marks: [] });
    expect(section(resumed, "attention_to_detail").items[1]?.savedAnswer).toBeNull();

    const report = await workThrough(worker, attemptId, answerFor);
    expect(report.passed).toBe(true);
    const scores = Object.fromEntries(
      report.sections.map((s: { id: string; score: number }) => [s.id, s.score]),
    );
    expect(scores.guideline_application).toBe(1);
    expect(scores.attention_to_detail).toBeCloseTo(5 / 6, 10);
    expect(scores.pairwise_judgment).toBeLessThan(1);
    expect(scores.pairwise_judgment).toBeGreaterThanOrEqual(0.6);
    expect(scores.typing_transcription).toBe(1);
    for (const s of report.sections) expect(s.passed, s.id).toBe(true);
    expect(report.retakeAvailableAt).toBeNull();

    // Submitting again returns the same report; the worker cannot start the core again.
    expect(await worker.call("assessment.submit", { attemptId }, "mutation")).toEqual(report);
    const status = await worker.call("assessment.status");
    expect(status.core).toMatchObject({ canStart: false, reason: "already_passed" });
    expect(status.attempts[0]).toMatchObject({ id: attemptId, passed: true });
    expect((await readAttempt(worker, attemptId)).currentSectionId).toBeNull();
  });

  it("refuses another section's items, unknown items, bad answers and others' attempts, storing nothing", async () => {
    const worker = await newWorker(server);
    const other = await newWorker(server);
    const attemptId = await startCore(worker);
    const attempt = await readAttempt(worker, attemptId);
    const current = section(attempt, "guideline_application").items[0]?.ref ?? "";
    const later = section(attempt, "pairwise_judgment").items[0]?.ref ?? "";
    const before = await stored();

    const ahead = outcome(
      await save(worker, attemptId, "pairwise_judgment", later, goldAnswerFor(later)),
    );
    expect(ahead.code).toBe("BAD_REQUEST");
    expect(ahead.fieldErrors.sectionId).toBeDefined();

    const misfiled = outcome(
      await save(worker, attemptId, "pairwise_judgment", current, goldAnswerFor(current)),
    );
    expect(misfiled).toMatchObject({ code: "BAD_REQUEST" });
    expect(misfiled.fieldErrors.itemRef).toBeDefined();

    const drawn = new Set(attempt.sections.flatMap((s) => s.items.map((i) => i.ref)));
    // Any pairwise item the random draw left out; the library has far more than one section uses.
    const stranger =
      Array.from({ length: 40 }, (_, i) => `pairwise:pw-${String(i + 1).padStart(3, "0")}`).find(
        (ref) => !drawn.has(ref),
      ) ?? "";
    const unknown = outcome(
      await save(worker, attemptId, "guideline_application", stranger, goldAnswerFor(stranger)),
    );
    expect(unknown.code).toBe("BAD_REQUEST");
    expect(unknown.fieldErrors.itemRef).toEqual(["That item is not part of this attempt."]);

    const misshapen = outcome(
      await save(worker, attemptId, "guideline_application", current, { verdict: "maybe" }),
    );
    expect(misshapen.code).toBe("BAD_REQUEST");
    expect(Object.keys(misshapen.fieldErrors).length).toBeGreaterThan(0);

    const skip = outcome(
      await worker.mutate("assessment.advance", { attemptId, fromSectionId: "fact_checking" }),
    );
    expect(skip.code).toBe("BAD_REQUEST");
    expect(skip.fieldErrors.fromSectionId).toBeDefined();

    // Someone else's attempt reads as missing, whatever they try.
    for (const [path, input, type] of [
      ["assessment.attempt", { attemptId }, "query"],
      ["assessment.report", { attemptId }, "query"],
      ["assessment.submit", { attemptId }, "mutation"],
      ["assessment.advance", { attemptId, fromSectionId: "guideline_application" }, "mutation"],
      [
        "assessment.saveAnswer",
        {
          attemptId,
          sectionId: "guideline_application",
          itemRef: current,
          answer: goldAnswerFor(current),
        },
        "mutation",
      ],
    ] as const) {
      const res =
        type === "query" ? await other.query(path, input) : await other.mutate(path, input);
      expect(outcome(res).code, path).toBe("NOT_FOUND");
    }

    const again = await worker.mutate("assessment.start", { kind: "core" });
    expect(outcome(again).code).toBe("CONFLICT");
    expect(again.json.error.data.reason).toBe("in_progress");
    expect(await stored()).toEqual(before);
  });

  it("keeps time on the server: a late answer is refused and submission grades what was saved", async () => {
    const worker = await newWorker(server);
    const attemptId = await startCore(worker);
    const attempt = await readAttempt(worker, attemptId);
    const [first, second] = section(attempt, "guideline_application").items.map((i) => i.ref);
    expect(
      outcome(
        await save(
          worker,
          attemptId,
          "guideline_application",
          first ?? "",
          goldAnswerFor(first ?? ""),
        ),
      ).code,
    ).toBe("OK");

    await shiftClock(clock, { advanceMinutes: 13 });
    const before = await stored();
    const late = await save(
      worker,
      attemptId,
      "guideline_application",
      second ?? "",
      goldAnswerFor(second ?? ""),
    );
    expect(outcome(late).code).toBe("PRECONDITION_FAILED");
    expect(late.json.error.data.reason).toBe("time_up");
    expect(late.json.error.message).toMatch(/Time is up/);
    expect(await stored()).toEqual(before);

    await shiftClock(clock, { advanceHours: 2 });
    const report = await worker.call("assessment.submit", { attemptId }, "mutation");
    expect(report.passed).toBe(false);
    expect(report.sections[0]).toMatchObject({ id: "guideline_application", score: 1 / 8 });
    expect(report.sections[0].items.map((i: { score: number }) => i.score)).toEqual([
      1, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(report.submittedAt).toBe(attempt.deadline);
    expect(Date.parse(report.retakeAvailableAt)).toBe(Date.parse(attempt.deadline) + 24 * HOUR);
  });

  it("holds a failed attempt's cooldown, naming the retake time, then draws different items", async () => {
    const worker = await newWorker(server);
    const firstId = await startCore(worker);
    const first = await readAttempt(worker, firstId);
    const failed = await worker.call("assessment.submit", { attemptId: firstId }, "mutation");
    expect(failed.passed).toBe(false);
    expect(failed.toPractise.length).toBeGreaterThan(0);
    expect(failed.toPractise[0].href).toMatch(/^\/app\//);

    const status = await worker.call("assessment.status");
    expect(status.core).toMatchObject({
      canStart: false,
      reason: "cooling_down",
      retakeAvailableAt: failed.retakeAvailableAt,
    });
    const before = await stored();
    const refused = await worker.mutate("assessment.start", { kind: "core" });
    expect(outcome(refused).code).toBe("PRECONDITION_FAILED");
    expect(refused.json.error.data.reason).toBe("cooling_down");
    const retake = failed.retakeAvailableAt.slice(0, 16).replace("T", " ");
    expect(refused.json.error.message).toContain(`(at ${retake} UTC)`);
    expect(await stored()).toEqual(before);

    await shiftClock(clock, { advanceHours: 24, advanceMinutes: 1 });
    const secondId = await startCore(worker);
    const second = await readAttempt(worker, secondId);
    const seen = new Set(first.sections.flatMap((s) => s.items.map((i) => i.ref)));
    const again = second.sections.flatMap((s) => s.items.map((i) => i.ref));
    expect(again.filter((ref) => seen.has(ref))).toEqual([]);
  });

  it("grades an attempt left open past its deadline when the worker comes back", async () => {
    const worker = await newWorker(server);
    const attemptId = await startCore(worker);
    await shiftClock(clock, { advanceHours: 2 });
    const status = await worker.call("assessment.status");
    expect(status.inProgress).toBeNull();
    expect(status.attempts[0]).toMatchObject({ id: attemptId, passed: false, score: 0 });
    expect(status.core.reason).toBe("cooling_down");
  });

  it("refuses a qualification test before its prerequisites, storing nothing", async () => {
    const worker = await newWorker(server);
    const before = await stored();
    const res = await worker.mutate("assessment.start", {
      kind: "qualification",
      category: "general_evaluation",
    });
    expect(outcome(res).code).toBe("PRECONDITION_FAILED");
    expect(res.json.error.data.reason).toBe("locked");
    expect(res.json.error.message).toMatch(/qualify in basic annotation first/);
    expect(await stored()).toEqual(before);

    const noDomain = outcome(
      await worker.mutate("assessment.start", { kind: "qualification", category: "domain_expert" }),
    );
    expect(noDomain.code).toBe("BAD_REQUEST");
    expect(noDomain.fieldErrors.domain).toBeDefined();

    const status = await worker.call("assessment.status");
    const general = status.qualificationTests.find(
      (t: { category: string }) => t.category === "general_evaluation",
    );
    expect(general).toMatchObject({ state: "locked", canStart: false, reason: "locked" });
    expect(
      status.qualificationTests.filter((t: { category: string }) => t.category === "domain_expert"),
    ).toHaveLength(4);
  });

  it("answers 404 to the report of an unknown attempt and refuses a report before submission", async () => {
    const worker = await newWorker(server);
    const missing = await worker.query("assessment.report", {
      attemptId: "00000000-0000-4000-8000-000000000000",
    });
    expect(outcome(missing).code).toBe("NOT_FOUND");
    const attemptId = await startCore(worker);
    const early = await worker.query("assessment.report", { attemptId });
    expect(outcome(early).code).toBe("PRECONDITION_FAILED");
    await worker.call("assessment.submit", { attemptId }, "mutation");
  });

  it("records basic annotation once the core assessment is passed", async () => {
    const worker = await newWorker(server);
    const report = await passCoreAssessment(worker);
    expect(report.passed).toBe(true);
    const dashboard = await worker.call("ladder.dashboard");
    const basic = dashboard.evaluation.entries.find(
      (e: { key: string }) => e.key === "basic_annotation",
    );
    expect(basic).toMatchObject({ state: "qualified", recordQualification: false });
    expect(basic.qualifiedAt).not.toBeNull();
    expect(dashboard.recentFeedback[0]).toMatchObject({
      kind: "assessment",
      title: "Core assessment",
      href: `/app/assessment/${report.attemptId}/report`,
    });
  });
});

describe("the test clock", () => {
  it("is absent unless enabled, and shifts time for every request when it is", async () => {
    const plain = await startTestServer("sqlite");
    const shiftable = await startTestServer("sqlite", { testClock: true });
    try {
      const off = new TestClient(plain.url);
      expect((await off.request("GET", "/api/test-clock")).status).toBe(404);
      expect((await off.request("POST", "/api/test-clock", { advanceHours: 1 })).status).toBe(404);

      const on = new TestClient(shiftable.url);
      const start = await on.request("GET", "/api/test-clock");
      expect(start.json.offsetMs).toBe(0);
      const bad = await on.request("POST", "/api/test-clock", { advanceHours: -3 });
      expect(bad.status).toBe(400);
      expect((await on.request("POST", "/api/test-clock", {})).status).toBe(400);
      const moved = await shiftClock(on, { advanceHours: 2, advanceMinutes: 30 });
      expect(moved.offsetMs).toBe(2.5 * HOUR);
      expect(Date.parse(moved.now) - Date.parse(start.json.now)).toBeGreaterThanOrEqual(2.5 * HOUR);

      const worker = await newWorker(shiftable);
      const dashboard = await worker.call("ladder.dashboard");
      expect(Date.parse(dashboard.now) - Date.now()).toBeGreaterThan(2.4 * HOUR);
      expect((await shiftClock(on, { reset: true })).offsetMs).toBe(0);
    } finally {
      await plain.close();
      await shiftable.close();
    }
  });
});
