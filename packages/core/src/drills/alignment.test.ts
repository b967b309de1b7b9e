import fc from "fast-check";
import { distance as fastestDistance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import {
  alignSequences,
  editDistance,
  OP_INSERT,
  OP_MATCH,
  OP_SUBSTITUTE,
  stringDistance,
} from "./alignment.ts";
import { codePoints } from "./characters.ts";
import { seededRandom } from "./seeded-random.ts";

/** The textbook O(n·m) dynamic programme, as the yardstick. */
function referenceDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[y.length]!;
}

/** Applies an alignment's edits to the reference; returns null if a step is inconsistent. */
function replay(reference: Int32Array, typed: Int32Array, ops: Uint8Array): number[] | null {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === OP_MATCH) {
      if (reference[i] !== typed[j]) return null;
      out.push(reference[i]!);
      i++;
      j++;
    } else if (op === OP_SUBSTITUTE) {
      if (reference[i] === typed[j] || i >= reference.length) return null;
      out.push(typed[j]!);
      i++;
      j++;
    } else if (op === OP_INSERT) {
      out.push(typed[j]!);
      j++;
    } else {
      if (i >= reference.length) return null;
      i++;
    }
  }
  return i === reference.length && j === typed.length ? out : null;
}

// Few symbols, so strings share a lot and the alignments are interesting; an astral
// character and an accented one check that code points, not UTF-16 units, are counted.
const text = (maxLength: number) =>
  fc
    .array(fc.constantFrom("a", "b", "c", " ", "é", "😀"), { maxLength })
    .map((chars) => chars.join(""));

/** A copy of a text with random edits, so pairs are related like reference and typing. */
const relatedPair = (maxLength: number) =>
  fc
    .tuple(
      text(maxLength),
      fc.array(
        fc.tuple(fc.nat(), fc.constantFrom("sub", "ins", "del"), fc.constantFrom("a", "x", "😀")),
        {
          maxLength: 40,
        },
      ),
    )
    .map(([reference, edits]) => {
      const chars = Array.from(reference);
      for (const [at, kind, ch] of edits) {
        const i = chars.length === 0 ? 0 : at % chars.length;
        if (kind === "ins" || chars.length === 0) chars.splice(i, 0, ch);
        else if (kind === "sub") chars[i] = ch;
        else chars.splice(i, 1);
      }
      return [reference, chars.join("")] as const;
    });

describe("editDistance", () => {
  it("agrees with the textbook dynamic programme on small strings", () => {
    fc.assert(
      fc.property(text(30), text(30), (a, b) => {
        expect(stringDistance(a, b)).toBe(referenceDistance(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with the textbook dynamic programme on related strings longer than a block", () => {
    fc.assert(
      fc.property(relatedPair(300), ([a, b]) => {
        expect(stringDistance(a, b)).toBe(referenceDistance(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it("is symmetric", () => {
    fc.assert(
      fc.property(text(40), text(40), (a, b) => stringDistance(a, b) === stringDistance(b, a)),
    );
  });

  it("is zero exactly when the texts are equal", () => {
    fc.assert(
      fc.property(text(40), text(40), (a, b) => (stringDistance(a, b) === 0) === (a === b)),
    );
    fc.assert(fc.property(text(40), (a) => stringDistance(a, a) === 0));
  });

  it("obeys the triangle inequality", () => {
    fc.assert(
      fc.property(
        text(30),
        text(30),
        text(30),
        (a, b, c) => stringDistance(a, c) <= stringDistance(a, b) + stringDistance(b, c),
      ),
    );
  });

  it("counts an emoji as one character", () => {
    expect(stringDistance("😀", "😃")).toBe(1);
    expect(stringDistance("a😀b", "ab")).toBe(1);
  });

  it("matches the textbook value on long unrelated texts, where the band covers everything", () => {
    const a = "the quick brown fox jumps over the lazy dog ".repeat(14);
    const b = "pack my box with five dozen liquor jugs now ".repeat(14);
    expect(editDistance(codePoints(a), codePoints(b))).toBe(referenceDistance(a, b));
  });
});

describe("alignSequences", () => {
  it("is minimal and its edits turn the reference into the typed text", () => {
    fc.assert(
      fc.property(relatedPair(200), ([reference, typed]) => {
        const a = codePoints(reference);
        const b = codePoints(typed);
        const alignment = alignSequences(a, b);
        expect(alignment.distance).toBe(referenceDistance(reference, typed));
        expect(replay(a, b, alignment.ops)).toEqual(Array.from(b));
      }),
      { numRuns: 500 },
    );
  });

  it("reports counts that match its own steps", () => {
    fc.assert(
      fc.property(text(40), text(40), (reference, typed) => {
        const alignment = alignSequences(codePoints(reference), codePoints(typed));
        const tally = [0, 0, 0, 0];
        for (const op of alignment.ops) tally[op]!++;
        expect([
          alignment.matches,
          alignment.substitutions,
          alignment.insertions,
          alignment.deletions,
        ]).toEqual(tally);
        expect(alignment.distance).toBe(
          alignment.substitutions + alignment.insertions + alignment.deletions,
        );
        expect(alignment.matches + alignment.substitutions + alignment.deletions).toBe(
          Array.from(reference).length,
        );
        expect(alignment.matches + alignment.substitutions + alignment.insertions).toBe(
          Array.from(typed).length,
        );
      }),
    );
  });

  it("gives the same minimal alignment cost when memory forces it to split the work", () => {
    fc.assert(
      fc.property(relatedPair(300), ([reference, typed]) => {
        const a = codePoints(reference);
        const b = codePoints(typed);
        const tight = alignSequences(a, b, 16);
        expect(tight.distance).toBe(referenceDistance(reference, typed));
        expect(replay(a, b, tight.ops)).toEqual(Array.from(b));
      }),
      { numRuns: 300 },
    );
  });

  it("finds the few scattered edits in 10,000 characters", () => {
    const reference = "Somewhere in the middle of the text a word went missing. ".repeat(176);
    const typed = reference.replace("went missing", "was lost").replace(/middle/g, "midle");
    const alignment = alignSequences(codePoints(reference), codePoints(typed));
    // One dropped "d" per sentence, plus the rewritten phrase in the first.
    expect(alignment.distance).toBe(176 + fastestDistance("went missing", "was lost"));
    expect(alignment.deletions).toBeGreaterThanOrEqual(176);
  });

  it("agrees with fastest-levenshtein at 10,000 characters, split in halves or not", () => {
    const random = seededRandom(5);
    const words = ["the", "a", "quick", "order", "number", "charged", "twice", "Monday", "refund"];
    const prose = () =>
      Array.from({ length: 1600 }, () => words[Math.floor(random() * words.length)]).join(" ");
    const reference = prose();
    const related = Array.from(reference, (ch) => (random() < 0.1 ? "x" : ch)).join("");
    for (const typed of [related, prose()]) {
      const a = codePoints(reference);
      const b = codePoints(typed);
      const expected = fastestDistance(reference, typed);
      for (const limit of [undefined, 50_000]) {
        const alignment = alignSequences(a, b, limit);
        expect(alignment.distance).toBe(expected);
        expect(replay(a, b, alignment.ops)).toEqual(Array.from(b));
      }
    }
  });

  it("treats a dropped letter as a single deletion", () => {
    const alignment = alignSequences(codePoints("word"), codePoints("wrd"));
    expect(alignment).toMatchObject({
      distance: 1,
      deletions: 1,
      substitutions: 0,
      insertions: 0,
      matches: 3,
    });
  });
});
