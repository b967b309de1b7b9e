import { describe, expect, it } from "vitest";
import { evaluateLadder } from "./evaluate.ts";
import {
  emptyHistory,
  failedTest,
  gold,
  holdingBelow,
  hoursAgo,
  NOW,
  passedTest,
  qualification,
  rightThenWrong,
  stepOf,
} from "./fixtures.ts";
import type { LadderHistory } from "./history.ts";
import { nextStep } from "./next-step.ts";
import { DEFAULT_LADDER_RULES } from "./rules.ts";

const next = (history: LadderHistory) =>
  nextStep(evaluateLadder(history, DEFAULT_LADDER_RULES, NOW));

/** Stored qualifications up to and including `fact_checking`, and prompt creation too. */
function experienced(): LadderHistory {
  const history = holdingBelow("domain_expert");
  history.qualifications.push(
    qualification(stepOf("fact_checking")),
    qualification(stepOf("prompt_creation")),
  );
  return history;
}

describe("nextStep", () => {
  it("sends a newcomer to the core assessment", () => {
    expect(next(emptyHistory())).toEqual({
      kind: "take_core_assessment",
      availableAt: null,
      message: "Take the core assessment.",
    });
  });

  it("after a failed core assessment, says when to retake it", () => {
    const history = emptyHistory();
    history.coreAssessment.push({ passed: false, at: hoursAgo(20) });
    expect(next(history)).toMatchObject({
      kind: "take_core_assessment",
      availableAt: hoursAgo(-4),
      message: "Retake the core assessment in 4 h.",
    });
  });

  it("then asks for gold items in the work below the next step", () => {
    const history = holdingBelow("general_evaluation");
    history.gold.push(...gold("basic_annotation", Array(12).fill(true)));
    expect(next(history)).toEqual({
      kind: "do_gold_items",
      category: "basic_annotation",
      unlocks: { category: "general_evaluation", domain: null },
      count: 8,
      message: "Do 8 more gold items in basic annotation to unlock general evaluation.",
    });
  });

  it("counts the correct answers that would lift a low bound over the bar", () => {
    const history = holdingBelow("general_evaluation");
    history.gold.push(...gold("basic_annotation", rightThenWrong(24, 6)));
    expect(next(history)).toMatchObject({
      kind: "do_gold_items",
      count: 9,
      message:
        "Raise your accuracy in basic annotation to unlock general evaluation: at least 9 more gold items, if every one is correct (lower bound 0.62, needs 0.70).",
    });
  });

  it("offers the qualification test once the evidence is there", () => {
    const history = holdingBelow("general_evaluation");
    history.gold.push(...gold("basic_annotation", Array(30).fill(true)));
    expect(next(history)).toEqual({
      kind: "take_qualification_test",
      category: "general_evaluation",
      domain: null,
      availableAt: null,
      message: "Take the general evaluation qualification test.",
    });
  });

  it("while a retake cools down, recommends work elsewhere that can be done now", () => {
    const history = holdingBelow("rewriting");
    history.gold.push(...gold("general_evaluation", Array(40).fill(true)));
    history.qualificationTests.push(failedTest(stepOf("rewriting"), 2));
    expect(next(history)).toMatchObject({
      kind: "take_qualification_test",
      category: "prompt_creation",
      availableAt: null,
    });
  });

  it("when only cooling retakes remain, names the soonest", () => {
    const history = holdingBelow("rewriting");
    history.gold.push(...gold("general_evaluation", Array(40).fill(true)));
    history.qualificationTests.push(
      failedTest(stepOf("rewriting"), 2),
      failedTest(stepOf("prompt_creation"), 20),
    );
    expect(next(history)).toMatchObject({
      kind: "take_qualification_test",
      category: "prompt_creation",
      availableAt: hoursAgo(-4),
      message: "Retake the prompt creation qualification test in 4 h.",
    });
  });

  it("puts restoring a suspended step before any new unlock, counting what must slide out", () => {
    const history = holdingBelow("rewriting");
    // The 12 misses are the latest: 18 right answers must slide out of the window before
    // any miss does, so it takes 24 in a row to reach 24 of 30 (lower bound 0.627).
    history.gold.push(...gold("general_evaluation", rightThenWrong(18, 12)));
    expect(next(history)).toEqual({
      kind: "restore_quality",
      category: "general_evaluation",
      domain: null,
      correctNeeded: 24,
      message:
        "Restore your quality in general evaluation: get the next 24 gold items in general evaluation right to lift your recent lower bound from 0.42 to 0.60.",
    });
  });

  it("reports the end of the ladder when everything reachable is held", () => {
    const history = experienced();
    history.qualifications.push(
      qualification(stepOf("red_teaming")),
      qualification(stepOf("code_evaluation")),
      ...(["medicine", "law", "science", "finance"] as const).map((d) =>
        qualification(stepOf("domain_expert", d)),
      ),
    );
    expect(next(history).kind).toBe("all_qualified");
  });

  it("works up the ladder in order among equal choices", () => {
    const history = experienced();
    history.gold.push(
      ...gold("fact_checking", Array(60).fill(true)),
      ...gold("prompt_creation", Array(60).fill(true)),
    );
    history.qualificationTests.push(passedTest(stepOf("red_teaming"), 3));
    // Red teaming is met but not yet stored; it is not "next": the test for the first domain is.
    expect(next(history)).toMatchObject({
      kind: "take_qualification_test",
      category: "domain_expert",
      domain: "medicine",
      message: "Take the domain-expert evaluation in medicine qualification test.",
    });
  });
});
