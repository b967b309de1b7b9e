import { afterEach, describe, expect, it, vi } from "vitest";
import { createAutosave, localDrafts, newerDraft, readEnvelope } from "./drafts.ts";

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe("draft envelopes", () => {
  const envelope = (editedAt: string) => ({
    work: { text: editedAt },
    submissionId: "id-1",
    editedAt,
  });

  it("reads the work, submission id and edit time back from a stored answer", () => {
    expect(readEnvelope(envelope("2025-01-01T10:00:00.000Z"))).toEqual(
      envelope("2025-01-01T10:00:00.000Z"),
    );
    expect(readEnvelope({ text: "x" })).toBeNull();
    expect(readEnvelope(null)).toBeNull();
  });

  it("prefers the more recently edited copy, whatever the order given", () => {
    const server = { answer: envelope("2025-01-01T10:00:00.000Z"), activeSeconds: 10 };
    const local = { answer: envelope("2025-01-01T10:00:05.000Z"), activeSeconds: 12 };
    expect(newerDraft(server, local)).toBe(local);
    expect(newerDraft(local, server)).toBe(local);
    expect(newerDraft(null, server)).toBe(server);
    expect(newerDraft(server, null)).toBe(server);
  });

  it("passes over a copy it cannot read", () => {
    const good = { answer: envelope("2025-01-01T10:00:00.000Z"), activeSeconds: 10 };
    const broken = { answer: { text: "old shape" }, activeSeconds: 99 };
    expect(newerDraft(broken, good)).toBe(good);
    expect(newerDraft(good, broken)).toBe(good);
  });

  it("keeps a local copy per batch and item", () => {
    const draft = { answer: { a: 1 }, activeSeconds: 3 };
    localDrafts.write("b1", "pw-001", draft);
    expect(localDrafts.read("b1", "pw-001")).toEqual(draft);
    expect(localDrafts.read("b1", "pw-002")).toBeNull();
    localDrafts.clear("b1", "pw-001");
    expect(localDrafts.read("b1", "pw-001")).toBeNull();
  });
});

describe("createAutosave", () => {
  it("saves once after a burst of changes, with the last state", async () => {
    vi.useFakeTimers();
    const save = vi.fn(() => Promise.resolve());
    const autosave = createAutosave<number>(save, 1000);
    autosave.schedule(1);
    autosave.schedule(2);
    autosave.schedule(3);
    expect(autosave.status()).toBe("pending");
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(3);
    expect(autosave.status()).toBe("saved");
  });

  it("saves a change made during a save right after it", async () => {
    let finish: () => void = () => {};
    const save = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    const autosave = createAutosave<number>(save, 10);
    autosave.schedule(1);
    const first = autosave.flush();
    autosave.schedule(2);
    const second = autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
    finish();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    finish();
    await Promise.all([first, second]);
    expect(save).toHaveBeenLastCalledWith(2);
  });

  it("flushes at once and reports a failed save", async () => {
    const autosave = createAutosave<number>(() => Promise.reject(new Error("offline")), 60_000);
    autosave.schedule(1);
    await autosave.flush();
    expect(autosave.status()).toBe("error");
  });

  it("saves nothing after it is stopped", async () => {
    const save = vi.fn(() => Promise.resolve());
    const autosave = createAutosave<number>(save, 10);
    autosave.schedule(1);
    autosave.stop();
    autosave.schedule(2);
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
  });
});
