import { describe, expect, it } from "vitest";
import { correctedText, parseSeededText, SeededTextError } from "./seeded-text.ts";

describe("parseSeededText", () => {
  it("returns plain text unchanged when there is no markup", () => {
    expect(parseSeededText("Nothing to fix here.")).toEqual({
      text: "Nothing to fix here.",
      errors: [],
    });
  });

  it("strips markup and records offsets into the displayed text", () => {
    const parsed = parseSeededText(
      "The patients [[was||were||grammar]] seen on [[Teusday||Tuesday||spelling]].",
    );
    expect(parsed.text).toBe("The patients was seen on Teusday.");
    expect(parsed.errors).toEqual([
      { start: 13, end: 16, kind: "grammar", correction: "were", shown: "was" },
      { start: 25, end: 32, kind: "spelling", correction: "Tuesday", shown: "Teusday" },
    ]);
    for (const error of parsed.errors) {
      expect(parsed.text.slice(error.start, error.end)).toBe(error.shown);
    }
  });

  it("counts offsets in code points, not UTF-16 units", () => {
    const parsed = parseSeededText("🙂 café [[teh||the||spelling]] end");
    expect(parsed.text).toBe("🙂 café teh end");
    const error = parsed.errors[0];
    expect(error).toMatchObject({ start: 7, end: 10 });
    expect(Array.from(parsed.text).slice(7, 10).join("")).toBe("teh");
    expect(parsed.text.indexOf("teh")).toBe(8); // one more in UTF-16: the emoji is a surrogate pair
  });

  it("keeps markers that span lines and offsets after a newline", () => {
    const parsed = parseSeededText("First line.\n[[Its||It's||punctuation]] second.");
    expect(parsed.text).toBe("First line.\nIts second.");
    expect(parsed.errors[0]).toMatchObject({ start: 12, end: 15 });
  });

  it("allows an empty correction for a deletion and trims the kind", () => {
    const parsed = parseSeededText(
      "in [[the the||the||grammar]] end and [[very ||||grammar ]]good",
    );
    expect(parsed.text).toBe("in the the end and very good");
    expect(parsed.errors[1]).toMatchObject({ shown: "very ", correction: "", kind: "grammar" });
  });

  it("marks a missing comma on the word before it", () => {
    const parsed = parseSeededText("It works; [[however||however,||punctuation]] it is slow.");
    expect(parsed.errors[0]).toMatchObject({
      shown: "however",
      correction: "however,",
      kind: "punctuation",
    });
  });

  it("rebuilds the corrected text", () => {
    const parsed = parseSeededText(
      "Paris is the capital of [[Spain||France||factual]]; [[its||it's||punctuation]] big.",
    );
    expect(correctedText(parsed)).toBe("Paris is the capital of France; it's big.");
  });

  it("accepts single brackets and pipes outside markers", () => {
    const parsed = parseSeededText("Use a[0] or a || b, then [[teh||the||spelling]] rest [x].");
    expect(parsed.text).toBe("Use a[0] or a || b, then teh rest [x].");
    expect(parsed.errors).toHaveLength(1);
  });

  describe("malformed markup", () => {
    const cases: Array<[string, string, RegExp]> = [
      ["unclosed", "A [[teh||the||spelling sentence.", /Unclosed/],
      ["nested", "A [[one [[two||2||number]]||x||grammar]] b", /Nested/],
      ["stray close", "A sentence]] here.", /Unexpected '\]\]'/],
      ["empty shown", "A [[||the||spelling]] b", /Empty 'shown'/],
      ["unknown kind", "A [[teh||the||typo]] b", /Unknown seeded-error kind 'typo'/],
      ["too few fields", "A [[teh||the]] b", /three fields/],
      ["too many fields", "A [[teh||the||spelling||x]] b", /three fields/],
      ["no-op correction", "A [[the||the||spelling]] b", /identical/],
    ];
    for (const [name, input, message] of cases) {
      it(`rejects ${name}`, () => {
        expect(() => parseSeededText(input)).toThrow(SeededTextError);
        expect(() => parseSeededText(input)).toThrow(message);
      });
    }

    it("reports the line and column of the problem", () => {
      try {
        parseSeededText("ok\nstill ok [[teh||the");
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(SeededTextError);
        const e = error as SeededTextError;
        expect(e.line).toBe(2);
        expect(e.column).toBe(10);
        expect(e.message).toContain("line 2, column 10");
      }
    });
  });
});
