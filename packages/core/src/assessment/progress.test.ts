import { describe, expect, it } from "vitest";
import { CORE_ASSESSMENT_BLUEPRINT as CORE } from "./blueprint.ts";
import {
  type AttemptTimeline,
  advanceDecision,
  answerRefusal,
  attemptProgress,
  startTimeline,
  submissionTime,
} from "./progress.ts";

const START = new Date("2026-03-02T09:00:00Z");
const minutes = (m: number) => new Date(START.getTime() + m * 60_000);

/** The timeline after closing the first `closed` sections, each after `each` minutes. */
function closedThrough(closed: number, each = 5): AttemptTimeline {
  const timeline = startTimeline(CORE, START);
  return {
    ...timeline,
    sections: timeline.sections.map((s, i) => ({
      id: s.id,
      openedAt: i <= closed ? minutes(i * each) : null,
      closedAt: i < closed ? minutes((i + 1) * each) : null,
    })),
  };
}

describe("attemptProgress", () => {
  it("opens the first section with the attempt and gives it its own deadline", () => {
    const progress = attemptProgress(CORE, startTimeline(CORE, START), minutes(1));
    expect(progress.currentSectionId).toBe("guideline_application");
    expect(progress.sections.map((s) => s.state)).toEqual([
      "current",
      "upcoming",
      "upcoming",
      "upcoming",
      "upcoming",
      "upcoming",
    ]);
    expect(progress.sections[0]?.deadline?.deadline).toEqual(minutes(12));
    expect(progress.attempt.deadline).toEqual(minutes(90));
  });

  it("marks closed sections done and times the current one from when it opened", () => {
    const progress = attemptProgress(CORE, closedThrough(2), minutes(11));
    expect(progress.currentSectionId).toBe("pairwise_judgment");
    expect(progress.sections.slice(0, 3).map((s) => s.state)).toEqual(["done", "done", "current"]);
    expect(progress.sections[2]?.deadline?.deadline).toEqual(minutes(25));
  });
});

describe("answerRefusal", () => {
  it("accepts answers in the current section before its deadline", () => {
    expect(answerRefusal(CORE, closedThrough(1), "attention_to_detail", minutes(6))).toBeNull();
  });

  it("refuses earlier and later sections, so the order cannot be sidestepped", () => {
    expect(answerRefusal(CORE, closedThrough(1), "guideline_application", minutes(6))?.reason).toBe(
      "not_current",
    );
    expect(answerRefusal(CORE, closedThrough(1), "short_rewrite", minutes(6))?.reason).toBe(
      "not_current",
    );
    expect(answerRefusal(CORE, closedThrough(1), "no_such_section", minutes(6))?.reason).toBe(
      "not_current",
    );
  });

  it("refuses once the section's time or the whole attempt's time is up", () => {
    const section = answerRefusal(CORE, closedThrough(0), "guideline_application", minutes(12));
    expect(section).toMatchObject({ reason: "time_up" });
    expect(section?.message).toMatch(/this section/);
    const whole = answerRefusal(CORE, closedThrough(5, 16), "typing_transcription", minutes(90));
    expect(whole?.message).toMatch(/this assessment/);
  });

  it("refuses a submitted attempt", () => {
    const done = { ...closedThrough(1), submittedAt: minutes(7) };
    expect(answerRefusal(CORE, done, "attention_to_detail", minutes(8))?.reason).toBe("submitted");
  });
});

describe("advanceDecision", () => {
  it("moves from the current section to the next", () => {
    expect(advanceDecision(CORE, closedThrough(1), "attention_to_detail", minutes(7))).toEqual({
      ok: true,
      close: "attention_to_detail",
      open: "pairwise_judgment",
    });
  });

  it("refuses to move from any other section", () => {
    expect(
      advanceDecision(CORE, closedThrough(1), "guideline_application", minutes(7)),
    ).toMatchObject({
      ok: false,
      reason: "not_current",
    });
  });

  it("opens nothing after the last section, or once the attempt's time is up", () => {
    expect(
      advanceDecision(CORE, closedThrough(5), "typing_transcription", minutes(40)),
    ).toMatchObject({
      ok: true,
      open: null,
    });
    expect(
      advanceDecision(CORE, closedThrough(1), "attention_to_detail", minutes(95)),
    ).toMatchObject({
      ok: true,
      open: null,
    });
  });
});

describe("submissionTime", () => {
  it("is now before the deadline and the deadline after it", () => {
    expect(submissionTime(CORE, START, minutes(30))).toEqual(minutes(30));
    expect(submissionTime(CORE, START, minutes(200))).toEqual(minutes(90));
  });
});
