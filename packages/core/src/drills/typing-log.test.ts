import { describe, expect, it } from "vitest";
import { replayKeyEvents } from "./key-events.ts";
import { typingLogAsApplied } from "./typing-log.ts";
import { computeTypingMetrics } from "./typing-metrics.ts";

function keys(...pressed: string[]) {
  return pressed.map((key, k) => ({ t: k * 150, key }));
}

describe("typingLogAsApplied", () => {
  it("leaves a plain log as it is", () => {
    const log = keys("c", "x", "Backspace", "a", "t");
    expect(typingLogAsApplied("cat", log, { precision: false })).toEqual(log);
  });

  it("turns a wrong key in precision mode into a miss put right at once", () => {
    const log = keys("c", "x", "a", "t");
    const applied = typingLogAsApplied("cat", log, { precision: true });
    expect(applied).toEqual([log[0], log[1], { t: 150, key: "Backspace" }, log[2], log[3]]);
    expect(replayKeyEvents(applied)).toBe("cat");
    const metrics = computeTypingMetrics("cat", applied);
    expect(metrics.accuracy).toBe(3 / 4);
    expect(metrics.perKey.a).toMatchObject({ hits: 1, misses: 1, confusions: { x: 1 } });
    expect(metrics.errorRates).toMatchObject({ incorrectFixed: 1, incorrectNotFixed: 0 });
  });

  it("drops character keys pressed after the whole target is typed", () => {
    const applied = typingLogAsApplied("ab", keys("a", "b", "c", "d"), { precision: false });
    expect(replayKeyEvents(applied)).toBe("ab");
  });

  it("types a line break with Enter only when the target has one", () => {
    const log = keys("a", "Enter", "b");
    expect(replayKeyEvents(typingLogAsApplied("a\nb", log, { precision: false }))).toBe("a\nb");
    expect(replayKeyEvents(typingLogAsApplied("a b", log, { precision: false }))).toBe("ab");
  });
});
