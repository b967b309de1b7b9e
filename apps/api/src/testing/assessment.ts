import { goldAnswer, isDrillItemKind, parseItemRef } from "@rubric/core";
import type { LadderTables } from "../db/ladder-schema.ts";
import { drillLibrary } from "../drills/library.ts";
import type { TestClient } from "./client.ts";
import { keystrokesFor } from "./drills.ts";
import { libraryItem, wrongAnswer } from "./practice.ts";
import type { TestServer } from "./server.ts";

/** Helpers for tests of assessments and the ladder over HTTP. */

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what}`);
  return value;
}
const proofreadingText = (id: string) =>
  found(
    drillLibrary().proofreading.find((c) => c.id === id),
    `proofreading text ${id}`,
  );
const typingPassage = (id: string) =>
  found(
    drillLibrary()
      .typingSets.flatMap((s) => s.passages)
      .find((p) => p.id === id),
    `typing passage ${id}`,
  );
const clip = (id: string) =>
  found(
    drillLibrary().clips.find((c) => c.id === id),
    `clip ${id}`,
  );

/** The answer key of a drawn item, as an expert would answer it: it scores 1. */
export function goldAnswerFor(ref: string): unknown {
  const parsed = parseItemRef(ref);
  if (!parsed) throw new Error(`bad ref ${ref}`);
  if (!isDrillItemKind(parsed.kind)) return goldAnswer(libraryItem(parsed.id));
  switch (parsed.kind) {
    case "proofreading":
      return {
        marks: proofreadingText(parsed.id).errors.map((e) => ({ start: e.start, end: e.end })),
      };
    case "typing": {
      const text = typingPassage(parsed.id).text;
      return { events: keystrokesFor(text), finalText: text };
    }
    default:
      return { text: clip(parsed.id).reference };
  }
}

/** An answer that fits the item but misses its key: drill items and pairwise items only. */
export function wrongAnswerFor(ref: string): unknown {
  const parsed = parseItemRef(ref);
  if (!parsed) throw new Error(`bad ref ${ref}`);
  switch (parsed.kind) {
    case "proofreading":
      return { marks: [] };
    case "typing":
      return { events: keystrokesFor("zz"), finalText: "zz" };
    case "transcription":
      return { text: "[00:00] Speaker 1: Nothing was said." };
    case "pairwise":
      return wrongAnswer(libraryItem(parsed.id));
    default:
      throw new Error(`no wrong answer is written for ${ref}`);
  }
}

/** Every key the drill and task keys are kept under; none may reach a worker before grading. */
export const KEY_FIELDS = [
  "gold",
  "rationale",
  "keyPoints",
  "referenceRewrite",
  "referencePrompt",
  "checks",
  "errors",
  "correction",
  "reference",
  "referenceLines",
];

/** Every object key anywhere in a value. */
export function keysIn(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysIn(v, keys);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      keysIn(v, keys);
    }
  }
  return keys;
}

/** Texts that only an item's key holds: a task item's rationale, a clip's reference transcript. */
export function keyTexts(ref: string): string[] {
  const parsed = parseItemRef(ref);
  if (!parsed) return [];
  if (parsed.kind === "transcription") return [clip(parsed.id).reference];
  if (isDrillItemKind(parsed.kind)) return [];
  const item = libraryItem(parsed.id);
  const texts = [item.rationale];
  if (item.taskType === "rewrite") texts.push(item.gold.referenceRewrite);
  return texts;
}

export interface AttemptView {
  id: string;
  currentSectionId: string | null;
  deadline: string;
  startedAt: string;
  sections: {
    id: string;
    state: string;
    deadline: string | null;
    items: { ref: string; kind: string; view: unknown; savedAnswer: unknown }[];
  }[];
}

export async function readAttempt(client: TestClient, attemptId: string): Promise<AttemptView> {
  return client.call("assessment.attempt", { attemptId });
}

/**
 * Works through the rest of an attempt section by section, saving `answerFor(ref)` where it
 * gives an answer and moving on after each section; the last move submits.
 */
export async function workThrough(
  client: TestClient,
  attemptId: string,
  answerFor: (ref: string, sectionId: string) => unknown,
) {
  const attempt = await readAttempt(client, attemptId);
  for (const section of attempt.sections.filter((s) => s.state !== "done")) {
    for (const item of section.items) {
      const answer = answerFor(item.ref, section.id);
      if (answer === undefined) continue;
      await client.call(
        "assessment.saveAnswer",
        { attemptId, sectionId: section.id, itemRef: item.ref, answer },
        "mutation",
      );
    }
    await client.call("assessment.advance", { attemptId, fromSectionId: section.id }, "mutation");
  }
  return client.call("assessment.report", { attemptId });
}

/** Starts and passes the core assessment with the key's answers. */
export async function passCoreAssessment(client: TestClient) {
  const { attemptId } = await client.call("assessment.start", { kind: "core" }, "mutation");
  return workThrough(client, attemptId, goldAnswerFor);
}

export async function countLadderRows(server: TestServer, table: keyof LadderTables) {
  const row = await server.platform.handle.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Shifts the server's test clock. */
export async function shiftClock(client: TestClient, body: Record<string, unknown>) {
  const res = await client.request("POST", "/api/test-clock", body);
  if (res.status !== 200) throw new Error(`test clock: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json as { now: string; offsetMs: number };
}
