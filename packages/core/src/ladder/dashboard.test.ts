import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../quality/interval.ts";
import { dailyQualitySeries, nextUnlock, recentLowerBound } from "./dashboard.ts";
import { evaluateLadder } from "./evaluate.ts";
import { emptyHistory, gold, holdingBelow, NOW } from "./fixtures.ts";
import { nextStep } from "./next-step.ts";
import { DEFAULT_LADDER_RULES } from "./rules.ts";

const at = (iso: string, score: boolean | number) => ({ score, at: new Date(iso) });

describe("dailyQualitySeries", () => {
  it("gives one point per day with activity, cumulative to the end of that day", () => {
    const series = dailyQualitySeries([
      at("2026-03-02T23:00:00Z", true),
      at("2026-03-01T08:00:00Z", true),
      at("2026-03-01T09:00:00Z", false),
      at("2026-03-04T10:00:00Z", 0.5),
    ]);
    expect(series.map((p) => [p.at, p.count, p.estimate])).toEqual([
      ["2026-03-01", 2, 0.5],
      ["2026-03-02", 3, 2 / 3],
      ["2026-03-04", 4, 2.5 / 4],
    ]);
    expect(series[1]?.lower).toBeCloseTo(wilsonInterval(2, 3).lower, 12);
  });

  it("reads only the latest results of the window", () => {
    const results = [
      ...Array.from({ length: 5 }, (_, i) => at(`2026-03-01T0${i}:00:00Z`, false)),
      ...Array.from({ length: 3 }, (_, i) => at(`2026-03-02T0${i}:00:00Z`, true)),
    ];
    expect(dailyQualitySeries(results, { window: 3 }).at(-1)).toMatchObject({
      count: 3,
      estimate: 1,
    });
  });
});

describe("recentLowerBound", () => {
  it("is null without results and the Wilson lower bound otherwise", () => {
    expect(recentLowerBound([])).toBeNull();
    expect(recentLowerBound(gold("rewriting", [true, true, false]))).toBeCloseTo(
      wilsonInterval(2, 3).lower,
      12,
    );
  });
});

describe("nextUnlock", () => {
  const evaluate = (history: ReturnType<typeof emptyHistory>) => {
    const evaluation = evaluateLadder(history, DEFAULT_LADDER_RULES, NOW);
    return nextUnlock(evaluation, nextStep(evaluation));
  };

  it("points a newcomer at basic annotation", () => {
    expect(evaluate(emptyHistory())?.key).toBe("basic_annotation");
  });

  it("points at the step the advised gold work unlocks", () => {
    expect(evaluate(holdingBelow("rewriting"))?.key).toBe("rewriting");
  });
});
