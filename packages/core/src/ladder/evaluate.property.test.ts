import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../quality/interval.ts";
import {
  evaluateLadder,
  LADDER_STATE_RANK,
  type LadderEntry,
  ladderEntry,
  ladderSteps,
  type Requirement,
} from "./evaluate.ts";
import {
  emptyHistory,
  failedTest,
  HOUR,
  holdingBelow,
  hoursAgo,
  NOW,
  passedTest,
} from "./fixtures.ts";
import type { LadderGoldResult, LadderHistory, LadderStep } from "./history.ts";
import { DEFAULT_LADDER_RULES } from "./rules.ts";

const rules = DEFAULT_LADDER_RULES;
const steps: LadderStep[] = ladderSteps(rules).map(({ category, domain }) => ({
  category,
  domain,
}));
const testedSteps = steps.filter((s) => s.category !== "basic_annotation");

const place = (step: LadderStep) =>
  step.domain === null
    ? { category: step.category }
    : { category: step.category, domain: step.domain };

/** Mostly within the last 60 days, sometimes just after now (which must be ignored). */
const when = fc.double({ min: -2, max: 24 * 60, noNaN: true }).map((hours) => hoursAgo(hours));
/** Right with probability `skill`, sometimes partial credit instead. */
const score = (skill: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((u) => u < skill) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  );
/** Lower rungs get more gold, as they do in practice. */
const goldStep = fc.oneof(
  { weight: 4, arbitrary: fc.constant(steps[0] as LadderStep) },
  { weight: 4, arbitrary: fc.constant(steps[1] as LadderStep) },
  { weight: 6, arbitrary: fc.constantFrom(...steps) },
);
const goldResult = (skill: number): fc.Arbitrary<LadderGoldResult> =>
  fc
    .record({ step: goldStep, score: score(skill), at: when })
    .map(({ step, score, at }) => ({ ...place(step), score, at }));

/** Workers of every skill, so that histories reach every state, suspended included. */
const history: fc.Arbitrary<LadderHistory> = fc
  .double({ min: 0.4, max: 1, noNaN: true })
  .chain((skill) =>
    fc.record({
      coreAssessment: fc.array(fc.record({ passed: fc.boolean(), at: when }), { maxLength: 2 }),
      qualificationTests: fc.array(
        fc
          .record({
            step: fc.constantFrom(...testedSteps),
            score: fc.double({ min: 0, max: 1, noNaN: true }),
            passed: fc.boolean(),
            at: when,
          })
          .map(({ step, ...rest }) => ({ ...place(step), ...rest })),
        { maxLength: 12 },
      ),
      gold: fc.array(goldResult(skill), { maxLength: 400, size: "max" }),
      qualifications: fc.array(
        fc
          .record({ step: fc.constantFrom(...steps), at: when })
          .map(({ step, at }) => ({ ...place(step), at })),
        { maxLength: 8 },
      ),
    }),
  );

const stepOfEntry = (entry: LadderEntry): LadderStep => ({
  category: entry.category,
  domain: entry.domain,
});

/** What a requirement is about, ignoring the figures in it. */
const topic = (r: Requirement) => `${r.kind}:${"category" in r ? r.category : ""}`;

function neverWorse(before: LadderEntry, after: LadderEntry): void {
  expect(after.key).toBe(before.key);
  expect(LADDER_STATE_RANK[after.state]).toBeGreaterThanOrEqual(LADDER_STATE_RANK[before.state]);
  const had = new Set(before.missing.map(topic));
  for (const requirement of after.missing) expect(had).toContain(topic(requirement));
}

describe("evaluateLadder properties", () => {
  it("adding a correct gold result never makes a step worse or adds a requirement", () => {
    fc.assert(
      fc.property(
        history,
        fc.record({ step: fc.constantFrom(...steps), at: when, full: fc.boolean() }),
        (h, extra) => {
          const added = { ...place(extra.step), score: extra.full ? true : 1, at: extra.at };
          const before = evaluateLadder(h, rules, NOW).entries;
          const after = evaluateLadder({ ...h, gold: [...h.gold, added] }, rules, NOW).entries;
          for (const [i, entry] of before.entries()) neverWorse(entry, after[i] as LadderEntry);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the correct answers a requirement asks for are exactly enough to meet it", () => {
    fc.assert(
      fc.property(history, (h) => {
        const entries = evaluateLadder(h, rules, NOW).entries;
        for (const entry of entries) {
          for (const r of entry.missing) {
            if (r.kind !== "quality_bound" && r.kind !== "maintenance") continue;
            const k = r.correctNeeded;
            if (k === null || k > 300) continue;
            const where =
              r.kind === "maintenance"
                ? stepOfEntry(entry)
                : { category: r.category, domain: null };
            // Stamped at `now` and appended, they are the latest results: sorting keeps ties in order.
            const streak = (n: number) =>
              Array.from({ length: n }, () => ({ ...place(where), score: true, at: NOW }));
            const met = (n: number) =>
              !ladderEntry(
                evaluateLadder({ ...h, gold: [...h.gold, ...streak(n)] }, rules, NOW),
                entry.category,
                entry.domain,
              ).missing.some((m) => m.kind === r.kind && m.category === r.category);
            expect(met(k)).toBe(true);
            expect(met(k - 1)).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("ten perfect answers do not unlock a step whose minimum is larger", () => {
    for (const step of testedSteps) {
      const rule = rules.categories.find((r) => r.category === step.category);
      if (!rule?.quality || rule.quality.minGoldItems <= 10) continue;
      const evidence = rule.quality.evidenceFrom;
      fc.assert(
        fc.property(fc.array(when, { minLength: 10, maxLength: 10 }), (times) => {
          const h = holdingBelow(step.category);
          h.qualificationTests.push(passedTest(step));
          h.gold.push(...times.map((at) => ({ category: evidence, score: true, at })));
          const entry = ladderEntry(
            evaluateLadder(h, rules, new Date(NOW.getTime() + 3 * HOUR)),
            step.category,
            step.domain,
          );
          expect(entry.state).toBe("available");
          expect(entry.missing.map((r) => r.kind)).toContain("gold_items");
        }),
        { numRuns: 20 },
      );
    }
  });

  it("a hundred steady answers at a rate whose bound clears the bar do unlock", () => {
    for (const step of testedSteps) {
      const rule = rules.categories.find((r) => r.category === step.category);
      const quality = rule?.quality;
      if (!quality) continue;
      // The fewest correct answers out of 100 whose Wilson lower bound reaches the bar.
      let least = 0;
      while (wilsonInterval(least, 100).lower < quality.minLowerBound) least++;
      expect(least).toBeLessThanOrEqual(95);
      const positions = Array.from({ length: 100 }, (_, i) => i);
      /** `correct` of 100 answers spread evenly ("steady"), the pattern rotated by `shift`. */
      const steady = (correct: number, shift: number) =>
        positions.map((i) => {
          const j = (i + shift) % 100;
          return Math.floor(((j + 1) * correct) / 100) > Math.floor((j * correct) / 100);
        });
      const answered = (scores: boolean[]) => {
        const h = holdingBelow(step.category);
        h.qualificationTests.push(passedTest(step));
        h.gold.push(
          ...scores.map((score, i) => ({
            category: quality.evidenceFrom,
            score,
            at: hoursAgo(200 - i),
          })),
        );
        return ladderEntry(evaluateLadder(h, rules, NOW), step.category, step.domain);
      };
      fc.assert(
        fc.property(fc.integer({ min: least, max: 100 }), fc.nat(99), (correct, shift) => {
          expect(answered(steady(correct, shift)).state).toBe("qualified");
        }),
        { numRuns: 30 },
      );
      // A rate only at the bar leaves the lower bound under it. (Higher up, the same answers
      // are also the recent work of the step below, which may then be suspended too.)
      const atBar = answered(steady(Math.round(quality.minLowerBound * 100), 0));
      expect(atBar.state).not.toBe("qualified");
      expect(atBar.missing.map((r) => r.kind)).toContain("quality_bound");
    }
  });

  it("computes the retake time of a failed test against now", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...testedSteps),
        fc.double({ min: 0, max: 48, noNaN: true }),
        (step, hoursSince) => {
          const h = holdingBelow(step.category);
          h.qualificationTests.push(failedTest(step, hoursSince));
          const entry = ladderEntry(evaluateLadder(h, rules, NOW), step.category, step.domain);
          const opensAt = NOW.getTime() + (24 - hoursSince) * HOUR;
          if (hoursSince >= 24) {
            expect(entry.test).toMatchObject({ canTakeNow: true, retakeAvailableAt: null });
          } else {
            expect(entry.test?.canTakeNow).toBe(false);
            expect(entry.test?.retakeAvailableAt?.getTime()).toBeCloseTo(opensAt, -1);
            const test = entry.missing.find((r) => r.kind === "qualification_test");
            expect(test?.message).toMatch(
              /^pass the qualification test, retake available in \d+ (h|min)$/,
            );
          }
        },
      ),
    );
  });

  it("keeps every state consistent with its requirements", () => {
    fc.assert(
      fc.property(history, (h) => {
        for (const entry of evaluateLadder(h, rules, NOW).entries) {
          const kinds = entry.missing.map((r) => r.kind);
          const blocked = kinds.includes("core_assessment") || kinds.includes("prerequisite");
          if (entry.state === "locked") expect(blocked).toBe(true);
          if (entry.state === "available") expect(!blocked && kinds.length > 0).toBe(true);
          if (entry.state === "qualified") expect(kinds).toEqual([]);
          if (entry.state === "suspended") expect(kinds).toEqual(["maintenance"]);
          if (entry.state === "suspended") expect(entry.qualifiedAt).not.toBeNull();
          expect(entry.recordQualification).toBe(
            entry.state === "qualified" && entry.qualifiedAt === null,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it("an empty history and a history of future records evaluate alike", () => {
    fc.assert(
      fc.property(history, (h) => {
        const later = (d: Date) => new Date(d.getTime() + 365 * 24 * HOUR);
        const shifted: LadderHistory = {
          coreAssessment: h.coreAssessment.map((r) => ({ ...r, at: later(r.at) })),
          qualificationTests: h.qualificationTests.map((r) => ({ ...r, at: later(r.at) })),
          gold: h.gold.map((r) => ({ ...r, at: later(r.at) })),
          qualifications: h.qualifications.map((r) => ({ ...r, at: later(r.at) })),
        };
        expect(evaluateLadder(shifted, rules, NOW).entries).toEqual(
          evaluateLadder(emptyHistory(), rules, NOW).entries,
        );
      }),
      { numRuns: 50 },
    );
  });
});
