import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringDistance } from "./alignment.ts";
import { EmptyReferenceError } from "./input-errors.ts";
import { scoreTranscription, type TranscriptionError } from "./transcription.ts";

function only(
  reference: string,
  typed: string,
  profile?: "strict" | "lenient",
): TranscriptionError {
  const { errors } = scoreTranscription(reference, typed, { profile });
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe("scoreTranscription: error categories", () => {
  it("reads swapped letters as one transposition that costs two edits", () => {
    const error = only("the", "teh");
    expect(error).toMatchObject({
      category: "transposition",
      kind: "transposition",
      cost: 2,
      expected: "he",
      typed: "eh",
    });
    expect(scoreTranscription("the", "teh").cer).toBeCloseTo(2 / 3);
  });

  it("finds a transposition inside a word within a sentence", () => {
    expect(only("I will receive it", "I will recieve it")).toMatchObject({
      category: "transposition",
      refStart: 10,
      refEnd: 12,
    });
  });

  it("names a missing accent a diacritic error", () => {
    expect(only("café", "cafe")).toMatchObject({
      category: "diacritic",
      kind: "substitution",
      cost: 1,
    });
  });

  it("treats a precomposed and a decomposed accent as the same text", () => {
    const score = scoreTranscription("café", "cafe\u0301");
    expect(score.cer).toBe(0);
    expect(score.errors).toEqual([]);
  });

  it("names a missing [inaudible] a tag error", () => {
    expect(only("he said [inaudible] then left", "he said then left")).toMatchObject({
      category: "tag",
      kind: "deletion",
      cost: 12,
    });
  });

  it("names swapped digits a digit error, not a transposition", () => {
    expect(only("12", "21")).toMatchObject({ category: "digit", kind: "transposition", cost: 2 });
    expect(only("Pay $49.99 now", "Pay $94.99 now")).toMatchObject({ category: "digit" });
  });

  it("counts a dropped word as one missing-word error with its space", () => {
    const score = scoreTranscription("the quick brown fox", "the brown fox");
    expect(score.errors).toHaveLength(1);
    expect(score.errors[0]).toMatchObject({ category: "missing_word", cost: 6 });
    expect(score.errors[0]!.expected.trim()).toBe("quick");
    expect(score.wordEdits).toEqual({ substitutions: 0, insertions: 0, deletions: 1 });
  });

  it("places a missing word on whole words even when the letters allow another cut", () => {
    // Deleting "he t" from "the then" also leaves "then"; only "the " is a missing word.
    expect(only("the then", "then")).toMatchObject({
      category: "missing_word",
      refStart: 0,
      refEnd: 4,
    });
  });

  it("counts a missing last word before a full stop as a missing word", () => {
    expect(only("the quick brown fox.", "the quick brown.")).toMatchObject({
      category: "missing_word",
      cost: 4,
    });
  });

  it("gives each of two adjacent missing words its own error", () => {
    const { errors } = scoreTranscription("one two three four", "one four");
    expect(errors.map((e) => [e.category, e.expected])).toEqual([
      ["missing_word", "two "],
      ["missing_word", "three "],
    ]);
  });

  it("counts a dropped letter as one deletion without marking the rest of the word", () => {
    const score = scoreTranscription("the quick brown fox", "the quik brown fox");
    expect(score.charEdits).toEqual({ substitutions: 0, insertions: 0, deletions: 1 });
    expect(score.errors).toEqual([
      expect.objectContaining({
        category: "spelling",
        kind: "deletion",
        cost: 1,
        expected: "c",
        typed: "",
      }),
    ]);
  });

  it("names an added word an extra word", () => {
    expect(only("hello world", "hello big world")).toMatchObject({
      category: "extra_word",
      kind: "insertion",
      cost: 4,
    });
  });

  it("separates case, punctuation and whitespace mistakes", () => {
    const { errors } = scoreTranscription("Hello, World and thequick", "hello World andthe quick");
    expect(errors.map((e) => e.category)).toEqual([
      "case",
      "punctuation",
      "whitespace",
      "whitespace",
    ]);
  });

  it("names a wrong letter a spelling error", () => {
    expect(only("definitely", "definately")).toMatchObject({
      category: "spelling",
      kind: "substitution",
      cost: 1,
    });
  });

  it("locates errors by code point, so an emoji before them counts once", () => {
    expect(only("😀 the cat", "😀 the bat")).toMatchObject({
      refStart: 6,
      refEnd: 7,
      typedStart: 6,
      typedEnd: 7,
    });
  });

  it("lists the words that held mistakes, lower-cased, in reading order", () => {
    const score = scoreTranscription("The Quick brown fox.", "Teh Quick brwn fx.");
    expect(score.mistypedWords).toEqual(["the", "brown", "fox"]);
  });
});

describe("scoreTranscription: rates and profiles", () => {
  it("computes CER over code points and WER over words", () => {
    const score = scoreTranscription("one two three four", "one too three for");
    expect(score.charEdits).toEqual({ substitutions: 1, insertions: 0, deletions: 1 });
    expect(score.cer).toBeCloseTo(2 / 18);
    expect(score.wer).toBeCloseTo(2 / 4);
    expect(score.referenceWordCount).toBe(4);
  });

  it("defaults to strict, where case, punctuation and each space count", () => {
    const score = scoreTranscription("Hello, world", "hello  world");
    expect(score.profile).toBe("strict");
    expect(score.charEdits).toEqual({ substitutions: 2, insertions: 0, deletions: 0 });
    expect(scoreTranscription("a b", "a\tb").cer).toBeCloseTo(1 / 3);
  });

  it("ignores case, punctuation and spacing under the lenient profile", () => {
    const score = scoreTranscription("Hello, World!", "  hello   world ", { profile: "lenient" });
    expect(score.cer).toBe(0);
    expect(score.wer).toBe(0);
  });

  it("reports lenient errors at their places in the original texts", () => {
    const error = only("Well, the cat sat.", "well the bat sat", "lenient");
    expect(error).toMatchObject({
      category: "spelling",
      expected: "c",
      typed: "b",
      refStart: 10,
      refEnd: 11,
    });
    expect(error.typedStart).toBe(9);
  });

  it("rejects an empty reference with a typed error", () => {
    expect(() => scoreTranscription("", "anything")).toThrow(EmptyReferenceError);
    expect(() => scoreTranscription("...", "x", { profile: "lenient" })).toThrow(
      EmptyReferenceError,
    );
    expect(() => scoreTranscription("   ", "x")).toThrow(EmptyReferenceError);
  });

  it("scores everything missing when nothing was typed", () => {
    const score = scoreTranscription("two words", "");
    expect(score.cer).toBe(1);
    expect(score.wer).toBe(1);
  });
});

const sentence = fc
  .array(
    fc.constantFrom("the", "The", "cat", "café", "12", "[noise]", "sat,", "on", "mat.", "😀", "a"),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((words) => words.join(" "));

const typedFrom = (reference: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom("sub", "ins", "del", "swap"),
        fc.constantFrom("e", " ", ",", "1", "T", "é"),
      ),
      {
        maxLength: 8,
      },
    )
    .map((edits) => {
      const chars = Array.from(reference);
      for (const [at, kind, ch] of edits) {
        const i = chars.length === 0 ? 0 : at % chars.length;
        if (kind === "ins" || chars.length === 0) chars.splice(i, 0, ch);
        else if (kind === "sub") chars[i] = ch;
        else if (kind === "del") chars.splice(i, 1);
        else if (i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
      }
      return chars.join("");
    });

const pair = sentence.chain((reference) =>
  typedFrom(reference).map((typed) => [reference, typed] as const),
);

describe("scoreTranscription: properties", () => {
  it("has error costs that add up to the edits, kind by kind", () => {
    fc.assert(
      fc.property(
        pair,
        fc.constantFrom("strict" as const, "lenient" as const),
        ([reference, typed], profile) => {
          const score = scoreTranscription(reference, typed, { profile });
          const sum = { substitutions: 0, insertions: 0, deletions: 0 };
          let cost = 0;
          for (const error of score.errors) {
            sum.substitutions += error.edits.substitutions;
            sum.insertions += error.edits.insertions;
            sum.deletions += error.edits.deletions;
            cost += error.cost;
            expect(error.cost).toBe(
              error.edits.substitutions + error.edits.insertions + error.edits.deletions,
            );
            expect(error.cost).toBeGreaterThan(0);
          }
          expect(sum).toEqual(score.charEdits);
          expect(cost).toBe(
            score.charEdits.substitutions + score.charEdits.insertions + score.charEdits.deletions,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("has a CER equal to the distance over the reference length", () => {
    fc.assert(
      fc.property(pair, ([reference, typed]) => {
        const score = scoreTranscription(reference, typed);
        expect(score.cer).toBeCloseTo(
          stringDistance(reference, typed) / Array.from(reference).length,
          12,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("locates errors inside both texts, in order and without overlap", () => {
    fc.assert(
      fc.property(
        pair,
        fc.constantFrom("strict" as const, "lenient" as const),
        ([reference, typed], profile) => {
          const { errors } = scoreTranscription(reference, typed, { profile });
          let refAt = 0;
          let typedAt = 0;
          for (const error of errors) {
            expect(error.refStart).toBeGreaterThanOrEqual(refAt);
            expect(error.refEnd).toBeLessThanOrEqual(Array.from(reference).length);
            expect(error.typedStart).toBeGreaterThanOrEqual(typedAt);
            expect(error.typedEnd).toBeLessThanOrEqual(Array.from(typed).length);
            refAt = error.refEnd;
            typedAt = error.typedEnd;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
