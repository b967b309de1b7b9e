import { describe, expect, it } from "vitest";
import {
  containsPhrase,
  keyPointCoverage,
  keyPointSchema,
  keyPointsJustification,
  tokenize,
} from "./key-points.ts";

describe("containsPhrase", () => {
  it("matches case-insensitively", () => {
    expect(containsPhrase("The RENAL risk is real", "renal")).toBe(true);
  });

  it("matches whole words only: a phrase inside a longer word does not count", () => {
    expect(containsPhrase("This is an overdose", "dose")).toBe(false);
    expect(containsPhrase("the settings page", "set")).toBe(false);
  });

  it("tolerates plural and -ing forms in either direction", () => {
    expect(containsPhrase("two interactions here", "interaction")).toBe(true);
    expect(containsPhrase("an interaction here", "interactions")).toBe(true);
    expect(containsPhrase("wrong dosing interval", "dose")).toBe(true);
    expect(containsPhrase("three studies agree", "study")).toBe(true);
    expect(containsPhrase("stopping early", "stop")).toBe(true);
    expect(containsPhrase("missing caveat", "miss")).toBe(true);
  });

  it("does not strip suffixes that leave too short a stem", () => {
    expect(containsPhrase("a thing", "the")).toBe(false);
    expect(containsPhrase("being careful", "be")).toBe(false);
    expect(containsPhrase("a bus", "bu")).toBe(false);
  });

  it("matches multi-word phrases as consecutive words, across hyphens and punctuation", () => {
    expect(containsPhrase("An off by one error.", "off-by-one")).toBe(true);
    expect(containsPhrase("It's an off-by-one!", "off by one")).toBe(true);
    expect(containsPhrase("the triple, whammy", "triple whammy")).toBe(true);
    expect(containsPhrase("triple the whammy", "triple whammy")).toBe(false);
  });

  it("keeps meaningful symbols, so i + 1 and i - 1 differ", () => {
    expect(containsPhrase("use i - 1 here", "i + 1")).toBe(false);
    expect(containsPhrase("use i-1 here", "i - 1")).toBe(true);
  });

  it("matches numbers exactly, except that a whole number matches its decimal expansion", () => {
    expect(containsPhrase("take 4g a day", "4 g")).toBe(true);
    expect(containsPhrase("about $1,157.63", "1,157")).toBe(true);
    expect(containsPhrase("0.5 mg twice", "5 mg")).toBe(false);
    expect(containsPhrase("5.5 mg", "5.50")).toBe(false);
    expect(containsPhrase("5400 ml", "540")).toBe(false);
  });

  it("handles non-Latin scripts and vulgar fractions", () => {
    expect(containsPhrase("Die Nierenfunktion ist eingeschränkt", "eingeschränkt")).toBe(true);
    expect(containsPhrase("scale the salt to 1⅛ tsp", "1⅛")).toBe(true);
  });
});

describe("tokenize", () => {
  it("drops sentence punctuation but keeps symbols", () => {
    expect(tokenize("Wrong: O(n^2)!")).toEqual(["wrong", "o", "n", "^", "2"]);
  });
});

describe("keyPointSchema", () => {
  const valid = { point: "Names the renal risk", anyOf: ["kidney", "renal", "nephrotoxic"] };

  it("accepts 3–6 short phrasings", () => {
    expect(keyPointSchema.safeParse(valid).success).toBe(true);
  });

  it("rejects fewer than 3 or more than 6 phrasings, phrases over 3 words, and punctuation-only phrases", () => {
    expect(keyPointSchema.safeParse({ ...valid, anyOf: ["kidney", "renal"] }).success).toBe(false);
    expect(
      keyPointSchema.safeParse({ ...valid, anyOf: ["a", "b", "c", "d", "e", "f", "g"] }).success,
    ).toBe(false);
    expect(
      keyPointSchema.safeParse({ ...valid, anyOf: ["kidney", "renal", "not in the source"] })
        .success,
    ).toBe(false);
    expect(keyPointSchema.safeParse({ ...valid, anyOf: ["kidney", "renal", "?"] }).success).toBe(
      false,
    );
  });

  it("counts a phrase's words by spaces, so numbers with separators are one word", () => {
    expect(
      keyPointSchema.safeParse({ ...valid, anyOf: ["1.07 / 1.03", "git reset HEAD~1", "renal"] })
        .success,
    ).toBe(true);
  });
});

describe("keyPointCoverage", () => {
  const points = [
    { point: "Wrong dose", anyOf: ["dose", "4 g", "maximum"] },
    { point: "Liver harm", anyOf: ["liver", "hepatic", "hepatotoxic"] },
  ];

  it("reports which points a text covers and by which phrase", () => {
    const coverage = keyPointCoverage("The maximum is wrong.", points);
    expect(coverage.map((entry) => [entry.covered, entry.matched])).toEqual([
      [true, "maximum"],
      [false, undefined],
    ]);
  });

  it("builds an expert justification that covers every point", () => {
    const text = keyPointsJustification(points);
    expect(keyPointCoverage(text, points).every((entry) => entry.covered)).toBe(true);
  });
});
