import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidAnswerError, type TaskAnswer } from "./answers.ts";
import { itemAndAnswer, itemWithVariedGold } from "./arbitraries.ts";
import { EXAMPLE_ITEMS, exampleItem } from "./example-items.ts";
import { goldAnswer } from "./gold-answer.ts";
import { parseGuidelineRef } from "./guideline-sections.ts";
import type { TaskItem } from "./schemas/item.ts";
import { scoreAttempt } from "./score.ts";

describe("scoreAttempt", () => {
  it.each(EXAMPLE_ITEMS.map((item) => [item.id, item] as const))(
    "%s: the gold answer scores exactly 1",
    (_, item) => {
      const result = scoreAttempt(item, goldAnswer(item));
      expect(result.score).toBe(1);
      expect(result.breakdown.every((part) => part.score === 1)).toBe(true);
    },
  );

  it("refuses an answer of another type instead of scoring it", () => {
    expect(() => scoreAttempt(exampleItem("rewrite"), goldAnswer(exampleItem("pairwise")))).toThrow(
      InvalidAnswerError,
    );
  });

  it("refuses an answer that names responses the item does not have", () => {
    expect(() =>
      scoreAttempt(exampleItem("ranking"), { ranking: { A: 1, B: 2, C: 3, Z: 4 } }),
    ).toThrow(/ranking\.Z/);
  });
});

describe("scoreAttempt properties", () => {
  it("keeps the score and every component within [0, 1], with weights summing to 1", () => {
    fc.assert(
      fc.property(itemAndAnswer, ({ item, answer }) => {
        const result = scoreAttempt(item, answer);
        const weights = result.breakdown.reduce((sum, part) => sum + part.weight, 0);
        return (
          result.score >= 0 &&
          result.score <= 1 &&
          result.breakdown.every((part) => part.score >= 0 && part.score <= 1 && part.weight > 0) &&
          Math.abs(weights - 1) < 1e-9
        );
      }),
      { numRuns: 500 },
    );
  });

  it("links every piece of feedback to a section that exists", () => {
    fc.assert(
      fc.property(itemAndAnswer, ({ item, answer }) =>
        scoreAttempt(item, answer).feedback.every(
          (entry) =>
            entry.guidelineRef !== undefined && parseGuidelineRef(entry.guidelineRef) !== null,
        ),
      ),
      { numRuns: 300 },
    );
  });

  it("scores the gold answer 1 whatever the gold is", () => {
    fc.assert(
      fc.property(itemWithVariedGold, (item) => scoreAttempt(item, goldAnswer(item)).score === 1),
      { numRuns: 300 },
    );
  });

  it("never lowers the score when one component of an answer is made correct", () => {
    const withItem = fc.oneof(
      itemAndAnswer,
      itemWithVariedGold.chain((item) =>
        itemAndAnswer
          .filter(({ item: other }) => other.taskType === item.taskType)
          .map(({ answer }) => ({ item, answer })),
      ),
    );
    fc.assert(
      fc.property(withItem, ({ item, answer }) => {
        // An answer drawn for another example of the same type may not fit this item; skip those.
        let before: number;
        try {
          before = scoreAttempt(item, answer).score;
        } catch {
          return true;
        }
        return corrections(item, answer).every(
          (corrected) => scoreAttempt(item, corrected).score >= before - 1e-12,
        );
      }),
      { numRuns: 500 },
    );
  });
});

/** The answer with one component replaced by the gold's, for each component in turn. */
function corrections(item: TaskItem, answer: TaskAnswer): TaskAnswer[] {
  const gold = goldAnswer(item) as Record<string, unknown>;
  const current = answer as Record<string, unknown>;
  if (item.taskType === "fact_check") {
    const claims = (current as { claims: Record<string, unknown> }).claims;
    return item.prompt.claims.map((claim) => ({
      claims: {
        ...claims,
        [claim.id]: (gold as { claims: Record<string, unknown> }).claims[claim.id],
      },
    })) as TaskAnswer[];
  }
  return Object.keys(gold).map((key) => ({ ...current, [key]: gold[key] }) as TaskAnswer);
}
