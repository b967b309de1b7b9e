import { describe, expect, it } from "vitest";
import { CORE_ASSESSMENT_BLUEPRINT as CORE } from "./blueprint.ts";
import { decideStart, formatUtc } from "./start.ts";

const NOW = new Date("2026-03-02T09:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

describe("decideStart", () => {
  it("allows a first attempt", () => {
    expect(decideStart(CORE, { attempts: [], now: NOW })).toEqual({ allowed: true });
  });

  it("refuses while another assessment is open", () => {
    expect(
      decideStart(CORE, { attempts: [], now: NOW, openElsewhere: "Rewriting qualification test" }),
    ).toMatchObject({
      allowed: false,
      reason: "in_progress",
      message: "You have the rewriting qualification test in progress; finish it first.",
    });
  });

  it("refuses before the ladder's prerequisites, naming them", () => {
    expect(
      decideStart(CORE, {
        attempts: [],
        now: NOW,
        locked: ["qualify in general evaluation first"],
      }),
    ).toMatchObject({
      allowed: false,
      reason: "locked",
      message: "The core assessment is not open to you yet: qualify in general evaluation first.",
    });
  });

  it("names the retake time during a cooldown", () => {
    const failed = { startedAt: hoursAgo(3), finishedAt: hoursAgo(2), passed: false };
    const decision = decideStart(CORE, { attempts: [failed], now: NOW });
    expect(decision).toMatchObject({
      allowed: false,
      reason: "cooling_down",
      retakeAvailableAt: new Date("2026-03-03T07:00:00Z"),
    });
    expect(decision.allowed || decision.message).toBe(
      "You can retake the core assessment in 22 h (at 2026-03-03 07:00 UTC).",
    );
  });
});

describe("formatUtc", () => {
  it("writes minutes in UTC", () => {
    expect(formatUtc(new Date("2026-12-31T23:59:59.999Z"))).toBe("2026-12-31 23:59 UTC");
  });
});
