import { describe, expect, it } from "vitest";
import {
  clockOffset,
  countdownPhase,
  describeCountdown,
  formatCountdown,
  formatWaitUntil,
  remainingMs,
} from "./countdown.ts";

describe("countdowns against the server's clock", () => {
  it("count from the server's now, not the browser's", () => {
    // The browser runs 90 s behind the server.
    const client = Date.parse("2026-03-01T10:00:00Z");
    const offset = clockOffset("2026-03-01T10:01:30Z", client);
    expect(offset).toBe(90_000);
    const deadline = "2026-03-01T10:06:30Z";
    expect(remainingMs(deadline, client + offset)).toBe(5 * 60_000);
    expect(remainingMs(deadline, client + offset + 10 * 60_000)).toBe(0);
  });

  it("reads like a clock, with hours only when there are any", () => {
    expect(formatCountdown(90 * 60_000)).toBe("1:30:00");
    expect(formatCountdown(12 * 60_000 + 5_000)).toBe("12:05");
    expect(formatCountdown(9_000)).toBe("0:09");
    expect(formatCountdown(-5)).toBe("0:00");
  });

  it("rounds seconds up, so 0:00 shows only when the time is really up", () => {
    expect(formatCountdown(400)).toBe("0:01");
    expect(formatCountdown(59_001)).toBe("1:00");
    expect(formatCountdown(0)).toBe("0:00");
  });

  it("turns to a warning at five minutes and to expired at zero", () => {
    expect(countdownPhase(5 * 60_000 + 1)).toBe("running");
    expect(countdownPhase(5 * 60_000)).toBe("warning");
    expect(countdownPhase(1)).toBe("warning");
    expect(countdownPhase(0)).toBe("expired");
  });

  it("says the time in words, with seconds only near the end", () => {
    expect(describeCountdown(62 * 60_000)).toBe("1 hour 2 minutes left");
    expect(describeCountdown(12 * 60_000 + 5_000)).toBe("12 minutes left");
    expect(describeCountdown(4 * 60_000 + 30_000)).toBe("4 minutes 30 seconds left");
    expect(describeCountdown(0)).toBe("time is up");
  });

  it("gives a wait's end rounded up, with the clock time", () => {
    const now = Date.parse("2026-03-01T10:00:00Z");
    expect(formatWaitUntil("2026-03-01T12:00:01Z", now, "en-GB")).toMatch(/^in 3 h \(.+\)$/);
    expect(formatWaitUntil("2026-03-01T10:39:10Z", now, "en-GB")).toMatch(/^in 40 min \(/);
    expect(formatWaitUntil("2026-03-01T09:00:00Z", now)).toBe("now");
  });
});
