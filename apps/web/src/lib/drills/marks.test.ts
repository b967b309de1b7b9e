import { describe, expect, it } from "vitest";
import { addMark, codePointOffset, markFromSelection, removeMark, unitOffset } from "./marks.ts";

describe("selection offsets", () => {
  it("converts UTF-16 offsets to code points past astral characters", () => {
    const text = "a😀b 𝑥y";
    expect(codePointOffset(text, 0)).toBe(0);
    expect(codePointOffset(text, 3)).toBe(2);
    expect(codePointOffset(text, 4)).toBe(3);
    expect(codePointOffset(text, text.length)).toBe(Array.from(text).length);
  });

  it("round-trips code points to UTF-16 units", () => {
    const text = "né😀e 𝑥";
    for (let cp = 0; cp <= Array.from(text).length; cp++) {
      expect(codePointOffset(text, unitOffset(text, cp))).toBe(cp);
    }
  });

  it("makes a mark from a selection made in either direction, in code points", () => {
    const text = "😀 Their great";
    const start = text.indexOf("Their");
    expect(markFromSelection(text, start, start + 5)).toEqual({ start: 2, end: 7 });
    expect(markFromSelection(text, start + 5, start)).toEqual({ start: 2, end: 7 });
  });

  it("trims the whitespace a double-click takes with a word", () => {
    expect(markFromSelection("eggs has been", 5, 9)).toEqual({ start: 5, end: 8 });
    expect(markFromSelection("a   b", 1, 4)).toBeNull();
  });
});

describe("mark list", () => {
  it("keeps marks in reading order", () => {
    const marks = addMark(addMark([], { start: 10, end: 12 }), { start: 2, end: 4 });
    expect(marks).toEqual([
      { start: 2, end: 4 },
      { start: 10, end: 12 },
    ]);
  });

  it("replaces the marks a new mark overlaps and keeps those it only touches", () => {
    const marks = [
      { start: 0, end: 3 },
      { start: 5, end: 8 },
      { start: 9, end: 12 },
    ];
    expect(addMark(marks, { start: 3, end: 10 })).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 10 },
    ]);
  });

  it("removes exactly the mark asked for", () => {
    const marks = [
      { start: 0, end: 3 },
      { start: 5, end: 8 },
    ];
    expect(removeMark(marks, { start: 5, end: 8 })).toEqual([{ start: 0, end: 3 }]);
  });
});
