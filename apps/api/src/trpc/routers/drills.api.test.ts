import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  CONTENT_ROOT,
  loadProofreadingItems,
  loadTranscriptionClips,
  loadTypingSets,
} from "@rubric/content";
import {
  computeTypingMetrics,
  type KeyEvent,
  MAX_EVENTS,
  replayKeyEvents,
  scoreProofreading,
  scoreTranscript,
  type TypingMetrics,
} from "@rubric/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GOOD_PASSWORD, TestClient, uniqueEmail } from "../../testing/client.ts";
import {
  keystrokesFor,
  type Slip,
  testClock,
  transcriptKeystrokes,
  typedWithSlips,
} from "../../testing/drills.ts";
import { describeOnEachDatabase } from "../../testing/each-database.ts";
import { startTestServer, type TestServer } from "../../testing/server.ts";

const SECOND = 1000;
const clips = loadTranscriptionClips();
const proofreadingItems = loadProofreadingItems();
const typingSets = loadTypingSets();

/** The input that starts a typing drill; precision mode only when asked. */
function typingDrill(
  set: string,
  mode: "timed" | "passage",
  options: { durationSec?: number; precision?: boolean } = {},
) {
  return { kind: "typing", set, mode, precision: false, ...options };
}

/** The first lower-case ASCII letter at or after `from`, and a wrong key for it. */
function slipAt(text: string, from: number, fix: Slip["fix"]): Slip {
  const chars = Array.from(text);
  for (let at = from; at < chars.length; at++) {
    const char = chars[at]!;
    if (/^[a-y]$/.test(char))
      return { at, wrong: String.fromCharCode(char.charCodeAt(0) + 1), fix };
  }
  throw new Error("no letter to slip on");
}

function prefix(text: string, length: number): string {
  return Array.from(text).slice(0, length).join("");
}

describeOnEachDatabase("precision drills over HTTP", (kind) => {
  const clock = testClock();
  let server: TestServer;
  let worker: TestClient;
  let other: TestClient;
  /** Core's metrics for every unflagged typing drill, as the test computed them. */
  const learned: TypingMetrics[] = [];
  const drillIds = {} as Record<
    "timed" | "fast" | "pasted" | "transcription" | "proofreading",
    string
  >;

  beforeAll(async () => {
    server = await startTestServer(kind, { now: clock.now });
    worker = await signUp("Drill Worker");
    other = await signUp("Other Worker");
  });
  afterAll(() => server.close());

  async function signUp(name: string) {
    const client = new TestClient(server.url);
    const res = await client.signUp({
      name,
      email: uniqueEmail("drills"),
      password: GOOD_PASSWORD,
    });
    expect(res.status).toBe(200);
    return client;
  }

  const start = (client: TestClient, input: Record<string, unknown>) =>
    client.call("drills.start", input, "mutation");
  const submit = (client: TestClient, input: Record<string, unknown>) =>
    client.call("drills.submit", input, "mutation");

  async function drillRow(drillId: string) {
    return server.platform.handle.db
      .selectFrom("drill")
      .selectAll()
      .where("id", "=", drillId)
      .executeTakeFirstOrThrow();
  }
  async function drillCount() {
    const row = await server.platform.handle.db
      .selectFrom("drill")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it("lists every typing set, clip and proofreading text in the catalog, without answers", async () => {
    const catalog = await worker.call("drills.catalog");
    expect(catalog.typing.sets).toHaveLength(typingSets.length);
    expect(catalog.typing.sets[0]).toEqual({
      id: typingSets[0]!.set,
      title: typingSets[0]!.title,
      description: typingSets[0]!.description,
      passageCount: typingSets[0]!.passages.length,
    });
    expect(catalog.typing.modes).toEqual(["timed", "passage"]);
    expect(catalog.typing.durations).toEqual([15, 30, 60, 120]);
    expect(catalog.transcription.clips).toHaveLength(clips.length);
    expect(Object.keys(catalog.transcription.clips[0]).sort()).toEqual(
      ["difficulty", "durationSec", "id", "speakers", "style", "title"].sort(),
    );
    expect(catalog.proofreading.items.map((i: { errorCount: number }) => i.errorCount)).toEqual(
      proofreadingItems.map((item) => item.errors.length),
    );
  });

  it("scores a timed typing drill from its key log on the server, ignoring client numbers", async () => {
    const started = await start(worker, typingDrill("prose", "timed", { durationSec: 30 }));
    expect(started).toMatchObject({ kind: "typing", issuedAt: clock.now().toISOString() });
    // Enough text that no plausible typist reaches the end in 30 seconds.
    expect(Array.from(started.target.text).length).toBeGreaterThan(30 * 20);

    const reached = prefix(started.target.text, 140);
    const slips = [slipAt(reached, 20, "erase"), slipAt(reached, 70, "leave")];
    const events = keystrokesFor(reached, { slips, intervalMs: 200 });
    const finalText = typedWithSlips(reached, slips);
    expect(replayKeyEvents(events)).toBe(finalText);
    clock.advance(35 * SECOND);

    const result = await submit(worker, {
      drillId: started.drillId,
      netWpm: 999,
      typing: { events, finalText, netWpm: 999, accuracy: 1 },
    });
    const expected = computeTypingMetrics(reached, events);
    learned.push(expected);
    drillIds.timed = started.drillId;

    expect(result).toMatchObject({
      drillId: started.drillId,
      kind: "typing",
      flagged: false,
      flags: [],
      target: reached,
    });
    expect(result.submittedAt).toBe(clock.now().toISOString());
    expect(result.typing.netWpm).toBeCloseTo(expected.netWpm, 9);
    expect(result.typing.netWpm).toBeLessThan(999);
    expect(result.typing.rawWpm).toBeCloseTo(expected.rawWpm, 9);
    expect(result.typing.accuracy).toBeCloseTo(expected.accuracy, 9);
    expect(result.typing.consistency).toBeCloseTo(expected.consistency, 9);
    expect(result.typing.correctedErrorRate).toBeCloseTo(expected.errorRates.corrected, 9);
    expect(result.typing.uncorrectedErrorRate).toBeCloseTo(expected.errorRates.uncorrected, 9);
    expect(result.typing.durationSec).toBeCloseTo(expected.durationMs / 1000, 9);
    expect(result.typing.corrected).toBe(1);
    expect(result.typing.uncorrected).toBe(1);
    expect(result.typing.charEdits).toBe(1);
    expect(result.typing.errors).toHaveLength(1);
    expect(result.typing.errors[0]).toMatchObject({ category: "spelling", refStart: slips[1]!.at });
    expect(result.costliestCategories).toEqual([{ category: "spelling", count: 1 }]);
    expect(result.practiseNext).toMatch(/\S/);
    const slipped = result.typing.perKey.find(
      (k: { key: string }) => k.key === Array.from(reached)[slips[0]!.at],
    );
    expect(slipped.misses).toBeGreaterThanOrEqual(1);

    const row = await drillRow(started.drillId);
    expect(row.net_wpm).toBeCloseTo(expected.netWpm, 9);
    expect(row.accuracy).toBeCloseTo(expected.accuracy, 9);
    expect(row.cer).toBeCloseTo(expected.transcription.cer, 9);
    expect(row.flagged).toBe(0);
    expect(JSON.parse(row.content_ref).passageIds.length).toBeGreaterThan(1);
    expect(await worker.call("drills.result", { drillId: started.drillId })).toEqual(result);
  });

  it("applies precision mode: a wrong key is counted but never lands in the text", async () => {
    const started = await start(worker, typingDrill("technical", "passage", { precision: true }));
    const target: string = started.target.text;
    const slip = slipAt(target, 10, "retype");
    // Code passages break lines, which the browser reports as Enter.
    const events = keystrokesFor(target, { slips: [slip], intervalMs: 120, enterForNewline: true });
    clock.advance(90 * SECOND);

    const result = await submit(worker, {
      drillId: started.drillId,
      typing: { events, finalText: target },
    });
    // The same drill written as the plain log: the wrong key, then its erasure.
    // Each character before the slip is one key press besides Shift.
    let presses = 0;
    const wrongAt = events.findIndex((event) => event.key !== "Shift" && presses++ === slip.at);
    expect(events[wrongAt]!.key).toBe(slip.wrong);
    const plain: KeyEvent[] = [
      ...events.slice(0, wrongAt + 1),
      { t: events[wrongAt]!.t, key: "Backspace" },
      ...events.slice(wrongAt + 1),
    ];
    const expected = computeTypingMetrics(
      target,
      plain.map((event) => (event.key === "Enter" ? { ...event, key: "\n" } : event)),
    );
    learned.push(expected);

    expect(result.flagged).toBe(false);
    expect(result.typing.accuracy).toBeCloseTo(expected.accuracy, 9);
    expect(result.typing.accuracy).toBeLessThan(1);
    expect(result.typing.netWpm).toBeCloseTo(expected.netWpm, 9);
    expect(result.typing).toMatchObject({ corrected: 1, uncorrected: 0, errors: [] });
    expect((await drillRow(started.drillId)).precision).toBe(1);
  });

  it("flags a result typed faster than fingers can, stores it, and keeps it out of bests", async () => {
    const started = await start(worker, typingDrill("prose", "timed", { durationSec: 30 }));
    const reached = prefix(started.target.text, 200);
    const events = keystrokesFor(reached, { intervalMs: 12 });
    clock.advance(35 * SECOND);
    const result = await submit(worker, {
      drillId: started.drillId,
      typing: { events, finalText: reached },
    });
    drillIds.fast = started.drillId;

    expect(result.flagged).toBe(true);
    const codes = result.flags.map((f: { code: string }) => f.code);
    expect(codes).toContain("inhuman_intervals");
    expect(codes).toContain("too_short");
    for (const flag of result.flags) expect(flag.reason).toMatch(/\S/);
    expect(result.typing.netWpm).toBeGreaterThan(learned[0]!.netWpm);
    const row = await drillRow(started.drillId);
    expect(row.flagged).toBe(1);
    expect(JSON.parse(row.flags)).toEqual(result.flags);
  });

  it("flags pasted text: the final text is not what the keys typed", async () => {
    const started = await start(worker, typingDrill("prose", "passage"));
    const target: string = started.target.text;
    const events = keystrokesFor(prefix(target, 30));
    clock.advance(60 * SECOND);
    const result = await submit(worker, {
      drillId: started.drillId,
      typing: { events, finalText: target },
    });
    drillIds.pasted = started.drillId;
    expect(result.flagged).toBe(true);
    expect(result.flags.map((f: { code: string }) => f.code)).toContain("text_without_keystrokes");
    expect((await drillRow(started.drillId)).flagged).toBe(1);
  });

  it("asks for one typing drill before weak spots exist to practise", async () => {
    const newcomer = await signUp("New Worker");
    const res = await newcomer.mutate("drills.start", {
      kind: "typing_weak_spots",
      durationSec: 30,
    });
    expect(res.json.error.data.code).toBe("PRECONDITION_FAILED");
    expect(res.json.error.message).toMatch(/finish one typing drill first/);
  });

  it("builds a weak-spot drill from the worker's profile with a fresh seed each time", async () => {
    const first = await start(worker, { kind: "typing_weak_spots", durationSec: 15 });
    const second = await start(worker, { kind: "typing_weak_spots", durationSec: 15 });
    expect(first.kind).toBe("typing_weak_spots");
    expect(first.target.text.split(" ").length).toBeGreaterThan(15 * 3);
    expect(first.target.text).not.toBe(second.target.text);
    const [a, b] = await Promise.all([drillRow(first.drillId), drillRow(second.drillId)]);
    expect(JSON.parse(a.content_ref).seed).not.toBe(JSON.parse(b.content_ref).seed);
    expect(a).toMatchObject({ mode: "timed", duration_sec: 15, set_id: null });

    const reached = prefix(first.target.text, 60);
    const events = keystrokesFor(reached, { intervalMs: 220 });
    clock.advance(20 * SECOND);
    const result = await submit(worker, {
      drillId: first.drillId,
      typing: { events, finalText: reached },
    });
    const expected = computeTypingMetrics(reached, events);
    learned.push(expected);
    expect(result).toMatchObject({ kind: "typing_weak_spots", flagged: false, target: reached });
    expect(result.typing.netWpm).toBeCloseTo(expected.netWpm, 9);
  });

  it("issues a clip without its transcript, serves its audio, and scores the transcript", async () => {
    const clip = clips[0]!;
    const started = await start(worker, { kind: "transcription", clipId: clip.id });
    expect(Object.keys(started).sort()).toEqual(["clip", "drillId", "issuedAt", "kind"]);
    expect(started.clip).toEqual({
      id: clip.id,
      audioUrl: `/media/transcription/${clip.id}.opus`,
      durationSec: clip.audio.durationSeconds,
      style: clip.style,
      speakerCount: clip.speakers.length,
    });
    expect(JSON.stringify(started)).not.toContain(clip.referenceLines[0]!.text);

    const audio = await fetch(`${server.url}${started.clip.audioUrl}`);
    expect(audio.status).toBe(200);
    expect(audio.headers.get("content-type")).toBe("audio/ogg; codecs=opus");
    expect(audio.headers.get("cache-control")).toMatch(/^public, max-age=\d{6,}/);
    const bytes = Buffer.from(await audio.arrayBuffer());
    expect(bytes.equals(readFileSync(path.join(CONTENT_ROOT, clip.audio.path)))).toBe(true);

    const lines = clip.reference.split("\n");
    const misheard = lines[1]!.replace(/twice/, "twise");
    expect(misheard).not.toBe(lines[1]);
    const typed = [lines[0], misheard, ...lines.slice(2)].join("\n");
    const events = transcriptKeystrokes(typed, { intervalMs: 110 });
    clock.advance(120 * SECOND);
    const result = await submit(worker, {
      drillId: started.drillId,
      transcription: { text: typed, events },
    });
    drillIds.transcription = started.drillId;

    const expected = scoreTranscript(clip.reference, typed);
    expect(result).toMatchObject({ kind: "transcription", flagged: false, target: clip.reference });
    expect(result.transcription.reference).toBe(clip.reference);
    expect(result.transcription.typed).toBe(typed);
    expect(result.transcription.accuracy.score).toBeCloseTo(expected.accuracy.score, 9);
    expect(result.transcription.accuracy.cer).toBeCloseTo(expected.accuracy.cer, 9);
    expect(result.transcription.accuracy.wer).toBeCloseTo(expected.accuracy.wer, 9);
    expect(result.transcription.accuracy.score).toBeLessThan(100);
    expect(result.transcription.formatting.score).toBeCloseTo(expected.formatting.score, 9);
    expect(result.transcription.errors.map((e: { typed: string }) => e.typed)).toEqual(
      expected.accuracy.transcription.errors.map((e) => e.typed),
    );
    const row = await drillRow(started.drillId);
    expect(row.accuracy).toBeCloseTo(expected.accuracy.score / 100, 9);
    expect(row.cer).toBeCloseTo(expected.accuracy.cer, 9);
  });

  it("flags a transcript sent without its key log", async () => {
    const clip = clips[1]!;
    const started = await start(worker, { kind: "transcription", clipId: clip.id });
    clock.advance(120 * SECOND);
    const result = await submit(worker, {
      drillId: started.drillId,
      transcription: { text: clip.reference },
    });
    expect(result.flagged).toBe(true);
    expect(result.flags.map((f: { code: string }) => f.code)).toEqual(["text_without_keystrokes"]);
  });

  it("issues proofreading text without its seeded errors and reveals them with the score", async () => {
    const item = proofreadingItems[0]!;
    const started = await start(worker, { kind: "proofreading", itemId: item.id });
    expect(Object.keys(started).sort()).toEqual(["drillId", "issuedAt", "kind", "proofreading"]);
    expect(started.proofreading).toEqual({ text: item.text });
    const serialized = JSON.stringify(started);
    expect(serialized).not.toContain("[[");
    expect(serialized).not.toContain(item.errors[0]!.correction);

    const marks = [
      { start: item.errors[0]!.start, end: item.errors[0]!.end },
      { start: item.errors[1]!.start, end: item.errors[1]!.end },
      { start: 0, end: 4 },
    ];
    clock.advance(90 * SECOND);
    const result = await submit(worker, { drillId: started.drillId, proofreading: { marks } });
    drillIds.proofreading = started.drillId;
    const expected = scoreProofreading(item.errors, marks);
    expect(result.proofreading).toMatchObject({
      precision: expected.precision,
      recall: expected.recall,
      f1: expected.f1,
      seeded: item.errors,
      missed: expected.missed,
      falseMarks: [{ start: 0, end: 4 }],
      text: item.text,
    });
    expect(result.proofreading.matched).toHaveLength(2);
    expect((await drillRow(started.drillId)).f1).toBeCloseTo(expected.f1, 9);
  });

  it("refuses a second submission with CONFLICT and changes nothing", async () => {
    const before = await drillRow(drillIds.timed);
    clock.advance(5 * SECOND);
    const res = await worker.mutate("drills.submit", {
      drillId: drillIds.timed,
      typing: { events: keystrokesFor("The"), finalText: "The" },
    });
    expect(res.json.error.data.code).toBe("CONFLICT");
    expect(await drillRow(drillIds.timed)).toEqual(before);
  });

  it("lets only one of two simultaneous submissions of a drill land", async () => {
    const started = await start(worker, typingDrill("annotation", "passage"));
    const text: string = started.target.text;
    const events = keystrokesFor(text, { intervalMs: 100 });
    const input = { drillId: started.drillId, typing: { events, finalText: text } };
    clock.advance(60 * SECOND);
    const responses = await Promise.all([
      worker.mutate("drills.submit", input),
      worker.mutate("drills.submit", input),
    ]);
    expect(responses.map((res) => res.status).sort()).toEqual([200, 409]);
    const landed = responses.find((res) => res.status === 200)!;
    expect(JSON.parse((await drillRow(started.drillId)).result ?? "null")).toEqual(
      landed.json.result.data,
    );
    learned.push(computeTypingMetrics(text, events));
  });

  it("answers another worker's drill and an unknown id alike, with NOT_FOUND", async () => {
    const theirs = await start(other, typingDrill("numbers", "passage"));
    const input = (drillId: string) => ({
      drillId,
      typing: { events: keystrokesFor("12"), finalText: "12" },
    });
    const stolen = await worker.mutate("drills.submit", input(theirs.drillId));
    const unknown = await worker.mutate("drills.submit", input(randomUUID()));
    for (const res of [stolen, unknown]) {
      expect(res.json.error.data.code).toBe("NOT_FOUND");
      expect(res.json.error.data.fieldErrors.drillId).toBeDefined();
    }
    expect(stolen.json.error.message).toBe(unknown.json.error.message);
    expect((await worker.query("drills.result", { drillId: drillIds.timed })).status).toBe(200);
    expect(
      (await other.query("drills.result", { drillId: drillIds.timed })).json.error.data.code,
    ).toBe("NOT_FOUND");
    expect((await drillRow(theirs.drillId)).submitted_at).toBeNull();
  });

  it("rejects unusable submissions with field errors and stores nothing", async () => {
    const started = await start(worker, typingDrill("domain", "passage"));
    const text = prefix(started.target.text, 40);
    const events = keystrokesFor(text);
    const outOfOrder = events.map((event, i) => (i === 5 ? { ...event, t: 1 } : event));
    const tooMany = Array.from({ length: MAX_EVENTS + 1 }, (_, i) => ({ t: i * 150, key: "a" }));
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ typing: { events: [], finalText: "" } }, "typing.events"],
      [{ typing: { events: tooMany, finalText: "" } }, "typing.events"],
      [{ typing: { events: outOfOrder, finalText: text } }, "typing.events[5].t"],
      [{ typing: { events: [{ t: -1, key: "a" }], finalText: "a" } }, "typing.events[0].t"],
      [{ typing: { events: [{ t: 0, key: "Shift" }], finalText: "" } }, "typing.events"],
      [{ transcription: { text, events } }, "transcription"],
      [{}, "typing"],
    ];
    clock.advance(30 * SECOND);
    for (const [payload, field] of cases) {
      const res = await worker.mutate("drills.submit", { drillId: started.drillId, ...payload });
      expect(res.status, field).toBe(400);
      expect(res.json.error.data.code).toBe("BAD_REQUEST");
      expect(Object.keys(res.json.error.data.fieldErrors), field).toEqual([field]);
    }
    const malformed = await worker.mutate("drills.submit", {
      drillId: "not-a-drill",
      typing: { events, finalText: text },
    });
    expect(Object.keys(malformed.json.error.data.fieldErrors)).toEqual(["drillId"]);
    const row = await drillRow(started.drillId);
    expect(row).toMatchObject({ submitted_at: null, result: null, flagged: 0 });

    const proofreading = await start(worker, {
      kind: "proofreading",
      itemId: proofreadingItems[1]!.id,
    });
    const badMark = await worker.mutate("drills.submit", {
      drillId: proofreading.drillId,
      proofreading: { marks: [{ start: 5, end: 2 }] },
    });
    expect(Object.keys(badMark.json.error.data.fieldErrors)).toEqual(["proofreading.marks[0].end"]);
    expect((await drillRow(proofreading.drillId)).submitted_at).toBeNull();
  });

  it("rejects unknown content and incomplete options at start, issuing nothing", async () => {
    const before = await drillCount();
    const cases: Array<[Record<string, unknown>, string]> = [
      [typingDrill("poetry", "passage"), "set"],
      [typingDrill("prose", "timed"), "durationSec"],
      [typingDrill("prose", "timed", { durationSec: 45 }), "durationSec"],
      [{ kind: "transcription", clipId: "tr-999" }, "clipId"],
      [{ kind: "proofreading", itemId: "../pr-001" }, "itemId"],
    ];
    for (const [input, field] of cases) {
      const res = await worker.mutate("drills.start", input);
      expect(res.status, field).toBe(400);
      expect(Object.keys(res.json.error.data.fieldErrors), field).toEqual([field]);
    }
    expect(await drillCount()).toBe(before);
  });

  it("reports bests from unflagged results only, history in order, and running tallies", async () => {
    const progress = await worker.call("drills.progress");

    const timedBest = progress.bests.find(
      (b: { kind: string; set: string; mode: string; durationSec: number }) =>
        b.kind === "typing" && b.set === "prose" && b.mode === "timed" && b.durationSec === 30,
    );
    expect(timedBest).toMatchObject({ drillId: drillIds.timed });
    expect(timedBest.netWpm).toBeCloseTo(learned[0]!.netWpm, 9);
    const bestIds = progress.bests.map((b: { drillId: string }) => b.drillId);
    expect(bestIds).not.toContain(drillIds.fast);
    expect(bestIds).not.toContain(drillIds.pasted);
    expect(bestIds).toContain(drillIds.transcription);
    expect(bestIds).toContain(drillIds.proofreading);

    const history = progress.history as Array<{ drillId: string; at: string; flagged: boolean }>;
    expect(history.map((h) => h.at)).toEqual([...history.map((h) => h.at)].sort());
    expect(history.find((h) => h.drillId === drillIds.fast)?.flagged).toBe(true);
    expect(history.find((h) => h.drillId === drillIds.timed)?.flagged).toBe(false);

    // Key tallies are the sums of core's per-key figures over the unflagged typing drills.
    const sums = new Map<string, { hits: number; misses: number }>();
    for (const metrics of learned) {
      for (const [key, stats] of Object.entries(metrics.perKey)) {
        const sum = sums.get(key) ?? { hits: 0, misses: 0 };
        sums.set(key, { hits: sum.hits + stats.hits, misses: sum.misses + stats.misses });
      }
    }
    expect(progress.keyStats).toHaveLength(sums.size);
    for (const stat of progress.keyStats) {
      expect(stat, stat.key).toMatchObject(sums.get(stat.key)!);
      expect(stat.accuracy).toBeCloseTo(stat.hits / (stat.hits + stat.misses), 9);
    }

    const words = new Map<string, number>();
    for (const metrics of learned) {
      for (const word of metrics.transcription.mistypedWords)
        words.set(word, (words.get(word) ?? 0) + 1);
    }
    words.set("twice", (words.get("twice") ?? 0) + 1);
    expect(progress.mistypedWords).toEqual(
      expect.arrayContaining([...words].map(([word, count]) => ({ word, count }))),
    );
    expect(progress.confusions.length).toBeGreaterThanOrEqual(2);
    expect(progress.skill.weakestKeys.length).toBeGreaterThan(0);
  });

  it("serves no audio beyond the clips, whatever the name spells", async () => {
    for (const name of [
      "tr-999.opus",
      "tr-001.json",
      "..%2F..%2Fpackage.json",
      "%2e%2e%2ftr-001.yaml",
    ]) {
      const res = await fetch(`${server.url}/media/transcription/${name}`);
      expect(res.status, name).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/json/);
    }
    const ranged = await fetch(`${server.url}/media/transcription/${clips[0]!.id}.opus`, {
      headers: { range: "bytes=0-99" },
    });
    expect(ranged.status).toBe(206);
    expect((await ranged.arrayBuffer()).byteLength).toBe(100);
  });
});
