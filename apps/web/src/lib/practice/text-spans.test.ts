import { describe, expect, it } from "vitest";
import { overlaySpans } from "./text-spans.ts";

describe("overlaySpans", () => {
  it("cuts the text at every boundary so each piece has one cover per layer", () => {
    const segments = overlaySpans("abcdefgh", [
      [{ start: 2, end: 6, tag: "gold" }],
      [{ start: 4, end: 8, tag: "mine" }],
    ]);
    expect(segments.map((s) => [s.text, ...s.cover])).toEqual([
      ["ab", null, null],
      ["cd", "gold", null],
      ["ef", "gold", "mine"],
      ["gh", null, "mine"],
    ]);
  });

  it("counts in code points, so an emoji is one character and is never split", () => {
    const segments = overlaySpans("a💊b", [[{ start: 1, end: 2, tag: 1 }]]);
    expect(segments.map((s) => [s.text, s.start, s.end, s.cover[0]])).toEqual([
      ["a", 0, 1, null],
      ["💊", 1, 2, 1],
      ["b", 2, 3, null],
    ]);
  });

  it("clamps spans that run past the text and returns the whole text when nothing covers it", () => {
    expect(overlaySpans("abc", [[{ start: 2, end: 9, tag: "x" }]]).at(-1)).toMatchObject({
      text: "c",
      cover: ["x"],
    });
    expect(overlaySpans("abc", [])).toEqual([{ text: "abc", start: 0, end: 3, cover: [] }]);
  });
});
