import { randomUUID } from "node:crypto";
import { goldAnswer, type TaskItem } from "@rubric/core";
import { createAccount } from "../accounts.ts";
import type { PracticeTables } from "../db/practice-schema.ts";
import { contentLibrary } from "../seed/content.ts";
import { GOOD_PASSWORD, TestClient, uniqueEmail } from "./client.ts";
import type { TestServer } from "./server.ts";

/** Helpers for tests of the practice workspace over HTTP. */

export async function newWorker(server: TestServer, name = "Practice Worker") {
  const client = new TestClient(server.url);
  const res = await client.signUp({
    name,
    email: uniqueEmail("practice"),
    password: GOOD_PASSWORD,
  });
  if (res.status !== 200) throw new Error(`sign-up failed: ${JSON.stringify(res.json)}`);
  return client;
}

export async function newAdmin(server: TestServer) {
  const email = uniqueEmail("content-admin");
  await createAccount(server.platform, {
    name: "Content Admin",
    email,
    password: GOOD_PASSWORD,
    role: "admin",
  });
  const client = new TestClient(server.url);
  await client.signIn(email, GOOD_PASSWORD);
  return client;
}

export function libraryItem(id: string): TaskItem {
  const item = contentLibrary().items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id} in the library`);
  return item;
}

/** An answer that fits the item's schema but disagrees with the gold. */
export function wrongAnswer(item: TaskItem): unknown {
  if (item.taskType !== "pairwise") throw new Error("wrong answers are written for pairwise items");
  const gold = goldAnswer(item);
  return {
    ...gold,
    preference: gold.preference <= 0 ? 3 : -3,
    issues: { a: [], b: [] },
    justification: "Both read well to me.",
  };
}

export function submission(batchId: string, itemId: string, answer: unknown, activeSeconds = 60) {
  return { batchId, itemId, answer, activeSeconds, submissionId: randomUUID() };
}

export async function countRows(server: TestServer, table: keyof PracticeTables) {
  const row = await server.platform.handle.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The error code and field errors of a failed call, or "OK". */
export function outcome(res: { json: Record<string, unknown> }) {
  const error = res.json?.error as
    | { data?: { code?: string; fieldErrors?: Record<string, string[]> } }
    | undefined;
  return { code: error?.data?.code ?? "OK", fieldErrors: error?.data?.fieldErrors ?? {} };
}
