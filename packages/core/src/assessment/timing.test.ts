import { describe, expect, it } from "vitest";
import { CORE_ASSESSMENT_BLUEPRINT } from "./blueprint.ts";
import { attemptDeadline, canStart, formatWait, sectionDeadline } from "./timing.ts";

const MIN = 60_000;
const HOUR = 60 * MIN;
const t0 = new Date("2025-03-01T09:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("attemptDeadline", () => {
  it("is the start plus the blueprint's time limit, with the time left from now", () => {
    const countdown = attemptDeadline(CORE_ASSESSMENT_BLUEPRINT, t0, at(30 * MIN));
    expect(countdown.deadline).toEqual(at(90 * MIN));
    expect(countdown.remainingMs).toBe(60 * MIN);
    expect(countdown.expired).toBe(false);
  });
  it("has expired at the deadline and never reports negative time", () => {
    expect(attemptDeadline(CORE_ASSESSMENT_BLUEPRINT, t0, at(90 * MIN)).expired).toBe(true);
    expect(attemptDeadline(CORE_ASSESSMENT_BLUEPRINT, t0, at(95 * MIN)).remainingMs).toBe(0);
  });
});

describe("sectionDeadline", () => {
  it("runs the section's own limit from when it was opened", () => {
    const countdown = sectionDeadline(
      CORE_ASSESSMENT_BLUEPRINT,
      "pairwise_judgment",
      { attemptStartedAt: t0, sectionStartedAt: at(20 * MIN) },
      at(25 * MIN),
    );
    expect(countdown.deadline).toEqual(at(35 * MIN));
    expect(countdown.remainingMs).toBe(10 * MIN);
  });
  it("is cut short by the attempt's deadline", () => {
    const countdown = sectionDeadline(
      CORE_ASSESSMENT_BLUEPRINT,
      "short_rewrite",
      { attemptStartedAt: t0, sectionStartedAt: at(80 * MIN) },
      at(80 * MIN),
    );
    expect(countdown.deadline).toEqual(at(90 * MIN));
  });
  it("refuses a section the blueprint does not have", () => {
    expect(() =>
      sectionDeadline(
        CORE_ASSESSMENT_BLUEPRINT,
        "essay",
        { attemptStartedAt: t0, sectionStartedAt: t0 },
        t0,
      ),
    ).toThrow(RangeError);
  });
});

describe("canStart", () => {
  it("allows a first attempt", () => {
    expect(canStart(CORE_ASSESSMENT_BLUEPRINT, [], t0)).toEqual({ allowed: true });
  });
  it("refuses while an attempt is open and within its time", () => {
    const decision = canStart(
      CORE_ASSESSMENT_BLUEPRINT,
      [{ startedAt: t0, finishedAt: null, passed: null }],
      at(10 * MIN),
    );
    expect(decision).toMatchObject({
      allowed: false,
      reason: "in_progress",
      retakeAvailableAt: null,
    });
  });
  it("refuses a retake after a pass", () => {
    const decision = canStart(
      CORE_ASSESSMENT_BLUEPRINT,
      [{ startedAt: t0, finishedAt: at(80 * MIN), passed: true }],
      at(100 * HOUR),
    );
    expect(decision).toMatchObject({
      allowed: false,
      reason: "already_passed",
      message: "You have already passed the core assessment.",
    });
  });
  it("refuses while an attempt awaits its grade", () => {
    const decision = canStart(
      CORE_ASSESSMENT_BLUEPRINT,
      [{ startedAt: t0, finishedAt: at(80 * MIN), passed: null }],
      at(81 * MIN),
    );
    expect(decision).toMatchObject({ allowed: false, reason: "awaiting_grade" });
  });
  it("makes a failed attempt wait 24 h from submission, computed against now", () => {
    const attempts = [{ startedAt: t0, finishedAt: at(60 * MIN), passed: false }];
    const decision = canStart(CORE_ASSESSMENT_BLUEPRINT, attempts, at(22 * HOUR));
    expect(decision).toEqual({
      allowed: false,
      reason: "cooling_down",
      message: "You can retake the core assessment in 3 h.",
      retakeAvailableAt: at(25 * HOUR),
    });
    expect(canStart(CORE_ASSESSMENT_BLUEPRINT, attempts, at(25 * HOUR))).toEqual({ allowed: true });
  });
  it("counts an abandoned attempt as submitted at its deadline", () => {
    const attempts = [{ startedAt: t0, finishedAt: null, passed: null }];
    const decision = canStart(CORE_ASSESSMENT_BLUEPRINT, attempts, at(2 * HOUR));
    expect(decision).toMatchObject({
      reason: "cooling_down",
      retakeAvailableAt: at(90 * MIN + 24 * HOUR),
    });
  });
  it("waits from the latest of several failed attempts", () => {
    const attempts = [
      { startedAt: at(30 * HOUR), finishedAt: at(31 * HOUR), passed: false },
      { startedAt: t0, finishedAt: at(HOUR), passed: false },
    ];
    expect(canStart(CORE_ASSESSMENT_BLUEPRINT, attempts, at(40 * HOUR))).toMatchObject({
      retakeAvailableAt: at(55 * HOUR),
    });
  });
});

describe("formatWait", () => {
  it("rounds up to minutes under an hour and to hours above", () => {
    expect(formatWait(30_000)).toBe("1 min");
    expect(formatWait(40 * MIN)).toBe("40 min");
    expect(formatWait(HOUR)).toBe("1 h");
    expect(formatWait(2 * HOUR + 1)).toBe("3 h");
  });
});
