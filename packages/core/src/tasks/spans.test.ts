import { describe, expect, it } from "vitest";
import { locateQuotes, spansOverlap } from "./spans.ts";
import { sliceCodePoints } from "./text.ts";

describe("locateQuotes", () => {
  it("returns code-point offsets, so characters outside the BMP count once", () => {
    const response = "Be careful 💊. Ibuprofen can raise blood pressure.";
    const [span] = locateQuotes(response, [{ quote: "raise blood pressure" }]);
    expect(response.indexOf("raise")).toBe(29); // UTF-16 units: the emoji counts twice
    expect(span).toEqual({ start: 28, end: 48 });
    expect(sliceCodePoints(response, span?.start ?? 0, span?.end ?? 0)).toBe(
      "raise blood pressure",
    );
  });

  it("throws when a quote is absent", () => {
    expect(() => locateQuotes("The dose is 4 g.", [{ quote: "5 g" }])).toThrow(/not found/);
  });

  it("throws when a quote occurs more than once, overlapping occurrences included", () => {
    expect(() => locateQuotes("take 4 g, then 4 g", [{ quote: "4 g" }])).toThrow(/more than once/);
    expect(() => locateQuotes("aaa", [{ quote: "aa" }])).toThrow(/more than once/);
  });
});

describe("spansOverlap", () => {
  it("needs at least one shared code point; touching ends do not overlap", () => {
    expect(spansOverlap({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(spansOverlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
  });
});
