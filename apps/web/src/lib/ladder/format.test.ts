import { describe, expect, it } from "vitest";
import {
  type BarSource,
  inLadderOrder,
  itemKindLabel,
  nextAction,
  qualityBar,
  sentence,
} from "./format.ts";

describe("the next step as the dashboard's primary action", () => {
  it("sends a newcomer to the core assessment, and says when a retake opens", () => {
    expect(
      nextAction({ kind: "take_core_assessment", availableAt: null, message: "Take it." }),
    ).toEqual({
      label: "Start the core assessment",
      href: "/app/assessment",
      waitUntil: null,
      focus: "core",
    });
    expect(
      nextAction({
        kind: "take_core_assessment",
        availableAt: "2026-03-02T10:00:00Z",
        message: "Retake in 3 h.",
      }),
    ).toMatchObject({ label: "Retake the core assessment", waitUntil: "2026-03-02T10:00:00Z" });
  });

  it("sends gold work for basic annotation to the drills and the rest to practice", () => {
    const drills = nextAction({
      kind: "do_gold_items",
      category: "basic_annotation",
      unlocks: { category: "general_evaluation", domain: null },
      count: 12,
      message: "Do 12 more gold items.",
    });
    expect(drills).toMatchObject({ href: "/app/drills", focus: "general_evaluation" });
    const practice = nextAction({
      kind: "do_gold_items",
      category: "general_evaluation",
      unlocks: { category: "rewriting", domain: null },
      count: 30,
      message: "Do 30 more gold items.",
    });
    expect(practice).toMatchObject({
      label: "Practise general evaluation",
      href: "/app/practice",
      focus: "rewriting",
    });
  });

  it("names the test to take, domain included", () => {
    expect(
      nextAction({
        kind: "take_qualification_test",
        category: "domain_expert",
        domain: "law",
        availableAt: null,
        message: "Take the test.",
      }),
    ).toMatchObject({
      label: "Take the domain-expert evaluation in law test",
      href: "/app/assessment",
      focus: "domain_expert",
    });
  });
});

describe("the bar a quality chart draws", () => {
  const entry = (over: Partial<BarSource>): BarSource => ({
    key: "general_evaluation",
    label: "general evaluation",
    state: "available",
    quality: { unlock: null, maintenance: null },
    ...over,
  });

  it("is the keep bar for a held category", () => {
    const entries = [
      entry({ state: "qualified", quality: { unlock: null, maintenance: { minLowerBound: 0.6 } } }),
    ];
    expect(
      qualityBar({ key: "general_evaluation", category: "general_evaluation" }, entries),
    ).toEqual({
      value: 0.6,
      label: "bar to keep it",
    });
  });

  it("is the unlock bar of the first open step the category is evidence for", () => {
    const entries = [
      entry({
        key: "rewriting",
        label: "response rewriting",
        quality: {
          unlock: { category: "general_evaluation", minLowerBound: 0.75 },
          maintenance: null,
        },
      }),
    ];
    expect(
      qualityBar({ key: "general_evaluation", category: "general_evaluation" }, entries),
    ).toEqual({
      value: 0.75,
      label: "bar to unlock response rewriting",
    });
    expect(qualityBar({ key: "red_teaming", category: "red_teaming" }, entries)).toBeNull();
  });
});

describe("words", () => {
  it("turns the ladder's clauses into sentences", () => {
    expect(sentence("qualify in general evaluation first")).toBe(
      "Qualify in general evaluation first.",
    );
    expect(sentence("Done.")).toBe("Done.");
  });

  it("lists categories in ladder order, whatever order they arrive in", () => {
    const rows = [
      { category: "code_evaluation" as const },
      { category: "basic_annotation" as const },
      { category: "rewriting" as const },
    ];
    expect(inLadderOrder(rows).map((r) => r.category)).toEqual([
      "basic_annotation",
      "rewriting",
      "code_evaluation",
    ]);
  });

  it("names item kinds", () => {
    expect(itemKindLabel("pairwise")).toBe("Pairwise comparison");
    expect(itemKindLabel("proofreading")).toBe("Proofreading");
  });
});
