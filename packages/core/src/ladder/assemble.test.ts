import { describe, expect, it } from "vitest";
import { assembleLadderHistory, drillGoldCredit, type SubmittedDrill } from "./assemble.ts";
import { evaluateLadder, ladderEntry } from "./evaluate.ts";
import { hoursAgo, NOW } from "./fixtures.ts";
import { DEFAULT_LADDER_RULES } from "./rules.ts";

const drill = (fields: Partial<SubmittedDrill>): SubmittedDrill => ({
  kind: "typing",
  accuracy: null,
  f1: null,
  flagged: false,
  at: hoursAgo(1),
  ...fields,
});

describe("drillGoldCredit", () => {
  it("reads F1 for proofreading and accuracy for typing and transcription", () => {
    expect(drillGoldCredit(drill({ kind: "proofreading", f1: 0.8, accuracy: 0.1 }))).toBe(0.8);
    expect(drillGoldCredit(drill({ kind: "typing", accuracy: 0.97 }))).toBe(0.97);
    expect(drillGoldCredit(drill({ kind: "typing_weak_spots", accuracy: 0.9 }))).toBe(0.9);
    expect(drillGoldCredit(drill({ kind: "transcription", accuracy: 0.85 }))).toBe(0.85);
  });

  it("gives a flagged or unmeasured drill no credit", () => {
    expect(drillGoldCredit(drill({ accuracy: 1, flagged: true }))).toBeNull();
    expect(drillGoldCredit(drill({ kind: "proofreading", f1: null }))).toBeNull();
  });
});

describe("assembleLadderHistory", () => {
  it("keeps a domain only on domain-expert records and drops those without one", () => {
    const history = assembleLadderHistory({
      assessments: [],
      gold: [
        { category: "general_evaluation", domain: "medicine", score: 1, at: hoursAgo(3) },
        { category: "domain_expert", domain: "law", score: 0.5, at: hoursAgo(2) },
        { category: "domain_expert", domain: null, score: 1, at: hoursAgo(1) },
      ],
      drills: [drill({ kind: "proofreading", f1: 0.75 }), drill({ accuracy: 1, flagged: true })],
      qualifications: [{ category: "basic_annotation", domain: null, at: hoursAgo(5) }],
    });
    expect(history.gold).toEqual([
      { category: "general_evaluation", score: 1, at: hoursAgo(3) },
      { category: "domain_expert", domain: "law", score: 0.5, at: hoursAgo(2) },
      { category: "basic_annotation", score: 0.75, at: hoursAgo(1) },
    ]);
    expect(history.qualifications).toEqual([{ category: "basic_annotation", at: hoursAgo(5) }]);
  });

  it("splits core assessment attempts from qualification tests", () => {
    const history = assembleLadderHistory({
      assessments: [
        { kind: "core", category: null, domain: null, passed: true, score: 0.8, at: hoursAgo(9) },
        {
          kind: "qualification",
          category: "general_evaluation",
          domain: null,
          passed: false,
          score: 0.6,
          at: hoursAgo(4),
        },
      ],
      gold: [],
      drills: [],
      qualifications: [],
    });
    expect(history.coreAssessment).toEqual([{ passed: true, score: 0.8, at: hoursAgo(9) }]);
    expect(history.qualificationTests).toEqual([
      { category: "general_evaluation", passed: false, score: 0.6, at: hoursAgo(4) },
    ]);
  });

  it("turns steady drill results into the evidence that opens general evaluation", () => {
    const drills = Array.from({ length: 40 }, (_, i) =>
      drill({ kind: "proofreading", f1: 1, at: new Date(NOW.getTime() - (i + 1) * 60_000) }),
    );
    const history = assembleLadderHistory({
      assessments: [
        { kind: "core", category: null, domain: null, passed: true, score: 0.9, at: hoursAgo(10) },
        {
          kind: "qualification",
          category: "general_evaluation",
          domain: null,
          passed: true,
          score: 0.9,
          at: hoursAgo(2),
        },
      ],
      gold: [],
      drills,
      qualifications: [],
    });
    const entry = ladderEntry(
      evaluateLadder(history, DEFAULT_LADDER_RULES, NOW),
      "general_evaluation",
    );
    expect(entry).toMatchObject({ state: "qualified", recordQualification: true });
  });
});
