import { describe, expect, it } from "vitest";
import type { KeyEvent } from "./key-events.ts";
import { checkPlausibility, type PlausibilityInput } from "./plausibility.ts";

const TARGET = "the quick brown fox jumps over the lazy dog";

/** The target typed at an even pace: `interval` ms per key, starting 1 s into the drill. */
function typed(text: string, interval: number): KeyEvent[] {
  return Array.from(text).map((key, k) => ({ t: 1000 + k * interval, key }));
}

function input(overrides: Partial<PlausibilityInput> = {}): PlausibilityInput {
  const events = overrides.events ?? typed(TARGET, 180);
  return {
    events,
    target: TARGET,
    finalText: TARGET,
    serverIssuedAt: 1_000_000,
    startedAt: 1_000_500,
    submittedAt: 1_000_000 + events[events.length - 1]!.t + 800,
    mode: "typing",
    ...overrides,
  };
}

const codes = (i: PlausibilityInput) => checkPlausibility(i).flags.map((f) => f.code);

describe("checkPlausibility", () => {
  it("passes a drill typed at a human pace", () => {
    expect(checkPlausibility(input())).toEqual({ flags: [], excludeFromBests: false });
  });

  it("flags a drill finished faster than the minimum duration", () => {
    const events = typed("abc", 300);
    expect(codes(input({ events, target: "abc", finalText: "abc" }))).toContain("too_short");
  });

  it("flags keys coming faster than fingers can press them", () => {
    const result = checkPlausibility(input({ events: typed(TARGET, 12) }));
    expect(result.flags.map((f) => f.code)).toEqual(
      expect.arrayContaining(["inhuman_intervals", "inhuman_speed"]),
    );
    expect(result.excludeFromBests).toBe(true);
  });

  it("tolerates a burst of fast keys shorter than a run", () => {
    const events = typed(TARGET, 180).map((e, k) =>
      k > 0 && k < 10 ? { ...e, t: e.t - k * 170 + 900 } : e,
    );
    events.sort((x, y) => x.t - y.t);
    expect(codes(input({ events }))).not.toContain("inhuman_intervals");
  });

  it("flags text that the key presses do not type", () => {
    expect(codes(input({ finalText: `${TARGET} and more` }))).toEqual(["text_without_keystrokes"]);
  });

  it("flags a key log longer than the server saw pass", () => {
    const base = input();
    expect(codes({ ...base, submittedAt: base.serverIssuedAt + 3000 })).toContain(
      "claimed_longer_than_elapsed",
    );
  });

  it("allows the claimed duration to exceed the server's by the slack", () => {
    const base = input();
    const last = base.events[base.events.length - 1]!.t;
    expect(codes({ ...base, submittedAt: base.serverIssuedAt + last - 1500 })).toEqual([]);
  });

  it("flags a drill that overlaps the previous submission", () => {
    const base = input();
    expect(codes({ ...base, previousSubmissionAt: base.submittedAt - 2000 })).toEqual([
      "overlaps_previous_submission",
    ]);
  });

  it("flags a start outside the issue-to-submission window", () => {
    const base = input();
    expect(codes({ ...base, startedAt: base.serverIssuedAt - 10 })).toEqual(["clock_order"]);
  });

  it("accepts an edited transcript but flags one with more text than key presses", () => {
    const transcript = "[00:01] Dana: Hello there.";
    const events = typed(transcript, 200);
    const ok = input({ events, target: transcript, finalText: transcript, mode: "transcription" });
    expect(codes(ok)).toEqual([]);
    const pasted = input({
      events: events.slice(0, 20),
      target: transcript,
      finalText: transcript,
      mode: "transcription",
    });
    expect(codes(pasted)).toContain("text_without_keystrokes");
  });
});
