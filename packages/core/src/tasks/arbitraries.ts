import fc from "fast-check";
import type { TaskAnswer } from "./answers.ts";
import { codeBlockLines } from "./code-block.ts";
import {
  CLAIM_VERDICTS,
  CODE_VERDICTS,
  DOMAIN_VERDICTS,
  ISSUE_TAGS,
  RATING_DIMENSIONS,
  RED_TEAM_TACTICS,
  RED_TEAM_VERDICTS,
} from "./enums.ts";
import { EXAMPLE_ITEM_INPUTS, exampleInput } from "./example-items.ts";
import type { KeyPoint } from "./key-points.ts";
import { type TaskItem, taskItemSchema } from "./schemas/item.ts";
import { codePointLength } from "./text.ts";

/** Generators of valid answers and of items with varied gold, for property tests. */

const rating = fc.integer({ min: 1, max: 5 });
const issues = fc.subarray([...ISSUE_TAGS]);
const sixRatings = fc.record(
  Object.fromEntries(RATING_DIMENSIONS.map((dimension) => [dimension, rating])) as Record<
    (typeof RATING_DIMENSIONS)[number],
    fc.Arbitrary<number>
  >,
);

/** Free text mixed with some of the item's key-point phrases, so coverage varies. */
function justification(points: readonly KeyPoint[]): fc.Arbitrary<string> {
  const phrases = points.flatMap((point) => point.anyOf);
  return fc
    .tuple(fc.subarray(phrases), fc.string({ maxLength: 60 }))
    .map(([chosen, noise]) => [...chosen, noise].join(" "));
}

/** Text built from pieces of the reference and random words, so some checks pass and some fail. */
function writtenText(reference: string): fc.Arbitrary<string> {
  const lines = reference.split("\n");
  return fc.oneof(
    fc.string({ maxLength: 200 }),
    fc
      .tuple(fc.subarray(lines), fc.lorem({ maxCount: 40 }))
      .map(([kept, words]) => [...kept, words].join("\n")),
  );
}

export function answerArbitrary(item: TaskItem): fc.Arbitrary<TaskAnswer> {
  switch (item.taskType) {
    case "pairwise":
      return fc.record({
        preference: fc.integer({ min: -3, max: 3 }),
        ratings: fc.record({ a: sixRatings, b: sixRatings }),
        issues: fc.record({ a: issues, b: issues }),
        justification: justification(item.gold.keyPoints),
      });
    case "ranking": {
      const ids = item.prompt.responses.map((response) => response.id);
      return fc.record(
        {
          ranking: fc
            .array(fc.integer({ min: 1, max: ids.length }), {
              minLength: ids.length,
              maxLength: ids.length,
            })
            .map((ranks) => Object.fromEntries(ids.map((id, index) => [id, ranks[index] ?? 1]))),
          justification: justification(item.gold.keyPoints),
        },
        { requiredKeys: ["ranking"] },
      );
    }
    case "rating":
      return fc.record({
        ratings: fc
          .array(rating, {
            minLength: item.prompt.criteria.length,
            maxLength: item.prompt.criteria.length,
          })
          .map((values) =>
            Object.fromEntries(item.prompt.criteria.map((c, index) => [c, values[index] ?? 3])),
          ),
        issues,
        justification: justification(item.gold.keyPoints),
      });
    case "rewrite":
      return fc.record({ text: writtenText(item.gold.referenceRewrite) });
    case "prompt":
      return fc.record({
        text: fc.oneof(
          writtenText(item.gold.referencePrompt),
          fc.constantFrom(...item.prompt.examples),
        ),
      });
    case "red_team":
      return "verdict" in item.gold
        ? fc.record({
            verdict: fc.constantFrom(...RED_TEAM_VERDICTS),
            tactic: fc.constantFrom(...RED_TEAM_TACTICS),
            severity: fc.integer({ min: 0, max: 4 }),
            justification: justification(item.gold.keyPoints),
          })
        : fc.record({ text: writtenText(item.gold.referencePrompt) });
    case "fact_check": {
      const sourceIds = item.prompt.sources.map((source) => source.id);
      const judgement = fc.record({
        verdict: fc.constantFrom(...CLAIM_VERDICTS),
        sources: fc.subarray(sourceIds),
      });
      return fc
        .array(judgement, {
          minLength: item.prompt.claims.length,
          maxLength: item.prompt.claims.length,
        })
        .map((judgements) => ({
          claims: Object.fromEntries(
            item.prompt.claims.map((claim, index) => [claim.id, judgements[index]!]),
          ),
        }));
    }
    case "domain_review": {
      const length = codePointLength(item.prompt.response);
      const span = fc
        .tuple(fc.integer({ min: 0, max: length - 1 }), fc.integer({ min: 1, max: 120 }))
        .map(([start, size]) => ({ start, end: Math.min(length, start + size) }));
      return fc.record({
        verdict: fc.constantFrom(...DOMAIN_VERDICTS),
        spans: fc.array(span, { maxLength: 6 }),
        explanation: justification(item.gold.keyPoints),
      });
    }
    case "code_review": {
      const count = codeBlockLines(item.prompt.response)?.length ?? 1;
      return fc.record({
        verdict: fc.constantFrom(...CODE_VERDICTS),
        lines: fc.uniqueArray(fc.integer({ min: 1, max: count }), { maxLength: count }),
        explanation: justification(item.gold.keyPoints),
      });
    }
  }
}

/** Any example item together with a valid answer to it. */
export const itemAndAnswer: fc.Arbitrary<{ item: TaskItem; answer: TaskAnswer }> = fc
  .constantFrom(...EXAMPLE_ITEM_INPUTS.map((input) => taskItemSchema.parse(input)))
  .chain((item) => answerArbitrary(item).map((answer) => ({ item, answer })));

function withGold(id: string, gold: Record<string, unknown>): TaskItem {
  const input = exampleInput(id);
  return taskItemSchema.parse({ ...input, gold: { ...(input.gold as object), ...gold } });
}

/** Competition ranks (1, 2, 2, 4) from scores, higher score better. */
function competitionRanks(scores: readonly number[]): number[] {
  return scores.map((score) => 1 + scores.filter((other) => other > score).length);
}

/** Example items whose gold is drawn at random (within what the format allows). */
export const itemWithVariedGold: fc.Arbitrary<TaskItem> = fc.oneof(
  fc
    .record({
      preference: fc.integer({ min: -3, max: 3 }),
      ratings: fc.record({ a: sixRatings, b: sixRatings }),
      issues: fc.record({ a: issues, b: issues }),
    })
    .map((gold) => withGold("pw-901", gold)),
  fc
    .array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 })
    .filter((scores) => new Set(scores).size > 1)
    .map((scores) => {
      const ranks = competitionRanks(scores);
      return withGold("rk-901", {
        ranking: Object.fromEntries(["A", "B", "C", "D"].map((id, i) => [id, ranks[i]])),
      });
    }),
  fc
    .record({ accuracy: rating, helpfulness: rating, clarity: rating, issues })
    .map(({ issues: tags, ...ratings }) => withGold("rt-901", { ratings, issues: tags })),
  fc
    .record({
      verdict: fc.constantFrom(...RED_TEAM_VERDICTS),
      tactic: fc.constantFrom(...RED_TEAM_TACTICS),
      severity: fc.integer({ min: 0, max: 4 }),
    })
    .map((gold) => withGold("rd-901", gold)),
  fc
    .array(
      fc.oneof(
        fc.record({
          verdict: fc.constantFrom("supported", "contradicted"),
          sources: fc.subarray(["s1", "s2", "s3"], { minLength: 1 }),
        }),
        fc.constant({ verdict: "unsupported", sources: [] as string[] }),
      ),
      { minLength: 4, maxLength: 4 },
    )
    .map((claims) =>
      withGold("fc-901", {
        claims: Object.fromEntries(claims.map((claim, i) => [`c${i + 1}`, claim])),
      }),
    ),
  fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5), { maxLength: 3 }).chain((lines) =>
    fc
      .array(fc.constantFrom("minor", "major"), {
        minLength: lines.length,
        maxLength: lines.length,
      })
      .map((severities) =>
        withGold("cd-901", {
          verdict: lines.length === 0 ? "correct" : "incorrect",
          bugs: lines.map((line, i) => ({ line, severity: severities[i], explanation: "A bug." })),
        }),
      ),
  ),
);
