import { describe, expect, it } from "vitest";
import { CATEGORIES, DOMAINS } from "../categories/categories.ts";
import { evaluateLadder, heldSteps, ladderEntry } from "./evaluate.ts";
import {
  emptyHistory,
  failedTest,
  gold,
  HOUR,
  holdingBelow,
  hoursAgo,
  NOW,
  passedTest,
  qualification,
  rightThenWrong,
  stepOf,
} from "./fixtures.ts";
import type { LadderHistory } from "./history.ts";
import { DEFAULT_LADDER_RULES } from "./rules.ts";

const evaluate = (history: LadderHistory, now = NOW) =>
  evaluateLadder(history, DEFAULT_LADDER_RULES, now);
const messages = (history: LadderHistory, category: (typeof CATEGORIES)[number]) =>
  ladderEntry(evaluate(history), category).missing.map((r) => r.message);

/** Core passed; enough strong drill gold for general evaluation; its test passed. */
function readyForGeneralEvaluation(): LadderHistory {
  const history = holdingBelow("general_evaluation");
  history.gold.push(...gold("basic_annotation", Array(30).fill(true)));
  history.qualificationTests.push(passedTest(stepOf("general_evaluation")));
  return history;
}

describe("evaluateLadder for a newcomer", () => {
  const evaluation = evaluate(emptyHistory());

  it("returns every category in ladder order, domain-expert evaluation once per domain", () => {
    expect(evaluation.entries.map((e) => e.key)).toEqual([
      "basic_annotation",
      "general_evaluation",
      "rewriting",
      "prompt_creation",
      "fact_checking",
      "red_teaming",
      ...DOMAINS.map((d) => `domain_expert:${d}`),
      "code_evaluation",
    ]);
    expect(new Set(evaluation.entries.map((e) => e.category))).toEqual(new Set(CATEGORIES));
  });

  it("locks everything and asks for the core assessment first", () => {
    expect(evaluation.entries.every((e) => e.state === "locked")).toBe(true);
    expect(ladderEntry(evaluation, "basic_annotation").missing).toEqual([
      { kind: "core_assessment", retakeAvailableAt: null, message: "pass the core assessment" },
    ]);
  });

  it("lists the whole way to a locked step, prerequisite first", () => {
    expect(messages(emptyHistory(), "general_evaluation")).toEqual([
      "qualify in basic annotation first",
      "20 more gold items in basic annotation",
      "lower bound 0.00 in basic annotation, needs 0.70",
      "pass the qualification test",
    ]);
  });

  it("names the domain in domain-expert steps", () => {
    expect(ladderEntry(evaluation, "domain_expert", "law").label).toBe(
      "domain-expert evaluation in law",
    );
  });
});

describe("the core assessment", () => {
  it("after a failed attempt, says when the retake opens, computed against now", () => {
    const history = emptyHistory();
    history.coreAssessment.push({ passed: false, at: hoursAgo(21) });
    const evaluation = evaluate(history);
    expect(evaluation.coreAssessment.retakeAvailableAt).toEqual(hoursAgo(-3));
    expect(messages(history, "basic_annotation")).toEqual([
      "pass the core assessment, retake available in 3 h",
    ]);
  });

  it("once passed, qualifies basic annotation with nothing else asked", () => {
    const history = emptyHistory();
    history.coreAssessment.push(
      { passed: false, at: hoursAgo(80) },
      { passed: true, at: hoursAgo(50) },
    );
    const entry = ladderEntry(evaluate(history), "basic_annotation");
    expect(entry).toMatchObject({
      state: "qualified",
      missing: [],
      test: null,
      recordQualification: true,
    });
    expect(ladderEntry(evaluate(history), "general_evaluation").state).toBe("available");
  });
});

describe("an available step", () => {
  it("counts the gold items still needed from the work below", () => {
    const history = holdingBelow("general_evaluation");
    history.gold.push(...gold("basic_annotation", Array(12).fill(true)));
    expect(messages(history, "general_evaluation")).toEqual([
      "8 more gold items in basic annotation",
      "pass the qualification test",
    ]);
    // Eight perfect answers are not yet enough for the bound either (8 of 8 gives 0.6756).
    const fewer = holdingBelow("general_evaluation");
    fewer.gold.push(...gold("basic_annotation", Array(8).fill(true)));
    expect(messages(fewer, "general_evaluation")).toEqual([
      "12 more gold items in basic annotation",
      "lower bound 0.67 in basic annotation, needs 0.70",
      "pass the qualification test",
    ]);
  });

  it("gives the lower bound against the bar: 24 of 30 is 0.62, needs 0.70", () => {
    const history = holdingBelow("general_evaluation");
    history.gold.push(...gold("basic_annotation", rightThenWrong(24, 6)));
    const entry = ladderEntry(evaluate(history), "general_evaluation");
    expect(entry.state).toBe("available");
    expect(entry.missing[0]).toMatchObject({
      kind: "quality_bound",
      category: "basic_annotation",
      lower: expect.closeTo(0.6269, 4),
      needed: 0.7,
      correctNeeded: 9,
      message: "lower bound 0.62 in basic annotation, needs 0.70",
    });
    expect(entry.quality.unlock).toMatchObject({ count: 30, successes: 24, met: false });
  });

  it("after a failed test, says when the retake opens and refuses the test until then", () => {
    const history = holdingBelow("general_evaluation");
    history.gold.push(...gold("basic_annotation", Array(30).fill(true)));
    history.qualificationTests.push(failedTest(stepOf("general_evaluation"), 21));
    const entry = ladderEntry(evaluate(history), "general_evaluation");
    expect(entry.missing.map((r) => r.message)).toEqual([
      "pass the qualification test, retake available in 3 h",
    ]);
    expect(entry.test).toMatchObject({
      passed: false,
      canTakeNow: false,
      retakeAvailableAt: hoursAgo(-3),
      lastAttempt: { score: 0.5, passed: false },
    });
    const later = ladderEntry(
      evaluate(history, new Date(NOW.getTime() + 3 * HOUR)),
      "general_evaluation",
    );
    expect(later.test).toMatchObject({ canTakeNow: true, retakeAvailableAt: null });
    expect(later.missing.map((r) => r.message)).toEqual(["pass the qualification test"]);
  });

  it("does not offer the test while the step is locked", () => {
    expect(ladderEntry(evaluate(emptyHistory()), "general_evaluation").test?.canTakeNow).toBe(
      false,
    );
  });
});

describe("qualifying", () => {
  it("qualifies when prerequisites, evidence and test are all met, and asks to store it", () => {
    const entry = ladderEntry(evaluate(readyForGeneralEvaluation()), "general_evaluation");
    expect(entry).toMatchObject({ state: "qualified", missing: [], recordQualification: true });
    expect(entry.test?.canTakeNow).toBe(false);
  });

  it("a stored qualification stays qualified on maintenance alone", () => {
    const history = holdingBelow("rewriting");
    // The evidence below has since weakened; only the step's own recent quality counts now.
    history.gold.push(...gold("general_evaluation", rightThenWrong(30, 30)));
    history.qualifications.push(qualification(stepOf("rewriting")));
    history.gold.push(...gold("rewriting", Array(30).fill(0.9)));
    const entry = ladderEntry(evaluate(history), "rewriting");
    expect(entry).toMatchObject({ state: "qualified", missing: [], recordQualification: false });
    expect(entry.qualifiedAt).toEqual(hoursAgo(500));
  });

  it("keeps steps below and above a qualification independent once stored", () => {
    const history = holdingBelow("rewriting");
    history.qualifications.push(qualification(stepOf("rewriting")));
    expect(heldSteps(evaluate(history))).toEqual([
      stepOf("basic_annotation"),
      stepOf("general_evaluation"),
      stepOf("rewriting"),
    ]);
  });
});

describe("suspension", () => {
  function suspendedInGeneralEvaluation(right: number, wrong: number): LadderHistory {
    const history = holdingBelow("rewriting");
    history.gold.push(...gold("general_evaluation", rightThenWrong(right, wrong)));
    return history;
  }

  it("suspends a stored qualification whose recent lower bound falls under the bar", () => {
    const entry = ladderEntry(evaluate(suspendedInGeneralEvaluation(18, 12)), "general_evaluation");
    expect(entry.state).toBe("suspended");
    expect(entry.missing).toEqual([
      expect.objectContaining({
        kind: "maintenance",
        lower: expect.closeTo(0.4232, 4),
        needed: 0.6,
        count: 30,
        message:
          "raise your recent accuracy: lower bound 0.42 over the last 30 gold items, needs 0.60",
      }),
    ]);
  });

  it("reads only the last 30 gold items: old misses no longer count", () => {
    const history = holdingBelow("rewriting");
    history.gold.push(
      ...gold("general_evaluation", [...rightThenWrong(0, 40), ...Array(30).fill(true)]),
    );
    expect(ladderEntry(evaluate(history), "general_evaluation").state).toBe("qualified");
  });

  it("judges a window not yet full with the rest counted as correct, and says so", () => {
    const suspended = suspendedInGeneralEvaluation(0, 8);
    expect(messages(suspended, "general_evaluation")).toEqual([
      "raise your recent accuracy: lower bound 0.55 over the last 30 gold items, needs 0.60 (the 22 you have not done yet count as correct)",
    ]);
    expect(
      ladderEntry(evaluate(suspendedInGeneralEvaluation(7, 3)), "general_evaluation").state,
    ).toBe("qualified");
  });

  it("locks unstored steps above a suspended one, with the way back", () => {
    const history = suspendedInGeneralEvaluation(18, 12);
    expect(messages(history, "rewriting")[0]).toBe(
      "restore your quality in general evaluation first",
    );
    expect(ladderEntry(evaluate(history), "rewriting").state).toBe("locked");
  });

  it("comes back by itself once recent quality recovers", () => {
    const history = suspendedInGeneralEvaluation(18, 12);
    history.gold.push(...gold("general_evaluation", Array(30).fill(true), { endHoursAgo: 0.5 }));
    expect(ladderEntry(evaluate(history), "general_evaluation").state).toBe("qualified");
  });

  it("holds an unstored step back when its own practice quality is poor", () => {
    const history = readyForGeneralEvaluation();
    history.gold.push(...gold("general_evaluation", rightThenWrong(10, 20)));
    const entry = ladderEntry(evaluate(history), "general_evaluation");
    expect(entry.state).toBe("available");
    expect(entry.missing.map((r) => r.kind)).toEqual(["maintenance"]);
  });
});

describe("domain-expert steps", () => {
  it("are judged per domain: a test passed in law does not count for medicine", () => {
    const history = holdingBelow("domain_expert");
    history.gold.push(...gold("fact_checking", Array(60).fill(true)));
    history.qualificationTests.push(passedTest(stepOf("domain_expert", "law")));
    const evaluation = evaluate(history);
    expect(ladderEntry(evaluation, "domain_expert", "law").state).toBe("qualified");
    expect(ladderEntry(evaluation, "domain_expert", "medicine")).toMatchObject({
      state: "available",
      missing: [expect.objectContaining({ kind: "qualification_test" })],
    });
  });

  it("maintain each domain on that domain's gold", () => {
    const history = holdingBelow("domain_expert");
    history.qualifications.push(qualification(stepOf("domain_expert", "law")));
    history.qualifications.push(qualification(stepOf("domain_expert", "finance")));
    history.gold.push(...gold("domain_expert", rightThenWrong(5, 25), { domain: "law" }));
    const evaluation = evaluate(history);
    expect(ladderEntry(evaluation, "domain_expert", "law").state).toBe("suspended");
    expect(ladderEntry(evaluation, "domain_expert", "finance").state).toBe("qualified");
  });
});

describe("time", () => {
  it("ignores records dated after now, so a past state can be replayed", () => {
    const history = readyForGeneralEvaluation();
    const before = new Date(hoursAgo(200).getTime());
    expect(ladderEntry(evaluate(history, before), "basic_annotation").state).toBe("qualified");
    expect(
      ladderEntry(evaluate(history, before), "general_evaluation").missing.map((r) => r.kind),
    ).toEqual(["gold_items", "quality_bound", "qualification_test"]);
  });

  it("is a pure function of its inputs", () => {
    const history = readyForGeneralEvaluation();
    expect(evaluate(history)).toEqual(evaluate(history));
  });
});
