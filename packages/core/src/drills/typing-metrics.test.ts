import { describe, expect, it } from "vitest";
import { DrillInputError } from "./input-errors.ts";
import { type KeyEvent, MAX_EVENTS, replayKeyEvents, validateKeyEvents } from "./key-events.ts";
import { computeTypingMetrics, consistency, kogasa } from "./typing-metrics.ts";

/** Key presses `interval` ms apart from t = 0. */
function typing(keys: readonly (string | KeyEvent)[], interval = 200): KeyEvent[] {
  return keys.map((key, index) =>
    typeof key === "string" ? { t: index * interval, key } : { ...key, t: index * interval },
  );
}

const chars = (text: string) => Array.from(text);

describe("computeTypingMetrics", () => {
  it("computes Soukoreff & MacKenzie's error rates from a log with a fixed and an unfixed error", () => {
    // "the cat": x typed for e and erased, r typed for t and left.
    const events = typing([...chars("thx"), "Backspace", ...chars("e car")]);
    const metrics = computeTypingMetrics("the cat", events);
    expect(metrics.finalText).toBe("the car");
    expect(metrics.errorRates).toEqual({
      correct: 6,
      incorrectNotFixed: 1,
      incorrectFixed: 1,
      uncorrected: 1 / 8,
      corrected: 1 / 8,
      total: 2 / 8,
    });
    expect(metrics.keystrokes).toEqual({
      characters: 8,
      correct: 6,
      backspaces: 1,
      erased: 1,
      erasedIncorrect: 1,
    });
    expect(metrics.accuracy).toBe(6 / 8);
  });

  it("does not count erasing a correct character as a fixed error", () => {
    const metrics = computeTypingMetrics("ab", typing(["a", "Backspace", "a", "b"]));
    expect(metrics.errorRates.incorrectFixed).toBe(0);
    expect(metrics.keystrokes.erased).toBe(1);
    expect(metrics.errorRates.total).toBe(0);
  });

  it("computes raw and net WPM from a hand-built log", () => {
    // 11 characters, 200 ms apart: 2 s from first to last, so 30 × (characters / 5).
    const perfect = computeTypingMetrics("the cat sat", typing(chars("the cat sat")));
    expect(perfect.durationMs).toBe(2000);
    expect(perfect.rawWpm).toBeCloseTo(66);
    expect(perfect.netWpm).toBeCloseTo(66);

    // "sit" is wrong: net counts "the " and "cat " only.
    const slip = computeTypingMetrics("the cat sat", typing(chars("the cat sit")));
    expect(slip.rawWpm).toBeCloseTo(66);
    expect(slip.netWpm).toBeCloseTo(48);
  });

  it("counts erased characters in raw WPM but not in net WPM", () => {
    const metrics = computeTypingMetrics(
      "ab cd",
      typing([...chars("ab x"), "Backspace", ...chars("cd")]),
    );
    expect(metrics.finalText).toBe("ab cd");
    // 6 characters pressed over 1.2 s; 5 correct characters.
    expect(metrics.rawWpm).toBeCloseTo(6 / 5 / (1.2 / 60));
    expect(metrics.netWpm).toBeCloseTo(5 / 5 / (1.2 / 60));
  });

  it("keeps a skipped word from voiding the words after it in net WPM", () => {
    const metrics = computeTypingMetrics("one two three four", typing(chars("one three four")));
    // "one ", "three " and "four" are right: 4 + 6 + 4 = 14 characters.
    expect(metrics.netWpm).toBeCloseTo(14 / 5 / ((13 * 0.2) / 60));
  });

  it("rates a perfectly even pace 100 for consistency", () => {
    const metrics = computeTypingMetrics("a".repeat(60), typing(chars("a".repeat(60)), 100));
    expect(metrics.consistency).toBe(100);
  });

  it("rates an uneven pace by monkeytype's formula", () => {
    // Two seconds at 10 characters a second, then two at 2 a second, then one more key.
    const times = [
      ...Array.from({ length: 20 }, (_, k) => k * 100),
      ...Array.from({ length: 4 }, (_, k) => 2000 + k * 500),
      4000,
    ];
    const cov = 4 / 6;
    expect(consistency(times)).toBeCloseTo(
      100 * (1 - Math.tanh(cov + cov ** 3 / 3 + cov ** 5 / 5)),
    );
    expect(consistency(times)).toBeCloseTo(kogasa(cov));
    expect(consistency(times)).toBeLessThan(50);
  });

  it("keeps per-key hits, misses, timing and what was typed instead", () => {
    const events: KeyEvent[] = [
      { t: 0, key: "a" },
      { t: 150, key: "x" },
      { t: 400, key: "Backspace" },
      { t: 520, key: "b" },
    ];
    const { perKey } = computeTypingMetrics("ab", events);
    expect(perKey).toEqual({
      a: { hits: 1, misses: 0, meanTimeMs: null, confusions: {} },
      b: { hits: 1, misses: 1, meanTimeMs: 120, confusions: { x: 1 } },
    });
  });

  it("ignores named keys other than Backspace", () => {
    const metrics = computeTypingMetrics("Ab", typing(["Shift", "A", "ArrowLeft", "b", "Enter"]));
    expect(metrics.finalText).toBe("Ab");
    expect(metrics.keystrokes.characters).toBe(2);
  });

  it("types a line break on Enter only when the passage has lines", () => {
    expect(computeTypingMetrics("ab\ncd", typing(["a", "b", "Enter", "c", "d"])).finalText).toBe(
      "ab\ncd",
    );
    expect(
      computeTypingMetrics("ab cd", typing(["a", "b", "Enter", " ", "c", "d"])).finalText,
    ).toBe("ab cd");
  });

  it("deletes a word on ctrl+Backspace", () => {
    const events = typing([
      ...chars("hello wrld"),
      { t: 0, key: "Backspace", ctrl: true },
      ...chars("world"),
    ]);
    const metrics = computeTypingMetrics("hello world", events);
    expect(metrics.finalText).toBe("hello world");
    expect(metrics.keystrokes.erased).toBe(4);
    // "w" was right when typed; "r", "l", "d" were not.
    expect(metrics.keystrokes.erasedIncorrect).toBe(3);
  });

  it("scores the final text with the transcription errors", () => {
    const metrics = computeTypingMetrics("the cat", typing(chars("teh cat")));
    expect(metrics.transcription.errors).toEqual([
      expect.objectContaining({ category: "transposition", cost: 2 }),
    ]);
  });

  it("rejects an empty target", () => {
    expect(() => computeTypingMetrics("", typing(["a"]))).toThrow(DrillInputError);
  });
});

describe("key event logs", () => {
  function rejection(events: unknown): DrillInputError {
    try {
      validateKeyEvents(events);
    } catch (error) {
      if (error instanceof DrillInputError) return error;
      throw error;
    }
    throw new Error("the log was accepted");
  }

  it("rejects an empty log", () => {
    expect(rejection([])).toMatchObject({ code: "no_events", field: "events" });
  });

  it("rejects timestamps that go backwards, naming the event", () => {
    expect(
      rejection([
        { t: 5, key: "a" },
        { t: 4, key: "b" },
      ]),
    ).toMatchObject({
      code: "events_out_of_order",
      field: "events[1].t",
    });
  });

  it("rejects more than MAX_EVENTS events", () => {
    const events = Array.from({ length: MAX_EVENTS + 1 }, (_, t) => ({ t, key: "a" }));
    expect(rejection(events)).toMatchObject({ code: "too_many_events" });
    expect(() => validateKeyEvents(events.slice(0, MAX_EVENTS))).not.toThrow();
  });

  it("rejects a malformed event, naming its field", () => {
    expect(rejection([{ t: -1, key: "a" }])).toMatchObject({
      code: "invalid_event",
      field: "events[0].t",
    });
    expect(rejection([{ t: 0, key: "" }])).toMatchObject({
      code: "invalid_event",
      field: "events[0].key",
    });
  });

  it("replays Backspace as deleting one code point, so an emoji goes in one press", () => {
    expect(replayKeyEvents(typing(["a", "😀", "Backspace"]))).toBe("a");
  });

  it("treats ctrl with a character as a shortcut, but AltGr (ctrl+alt) as typing", () => {
    expect(replayKeyEvents([{ t: 0, key: "c", ctrl: true }])).toBe("");
    expect(replayKeyEvents([{ t: 0, key: "@", ctrl: true, alt: true }])).toBe("@");
  });
});
