import { describe, expect, it } from "vitest";
import { segmentText } from "./segments.ts";

describe("segmentText", () => {
  it("cuts plain runs around spans, by code points", () => {
    const segments = segmentText("a😀 cat sat", [{ start: 3, end: 6, id: "x" }]);
    expect(segments).toEqual([
      { text: "a😀 ", span: null },
      { text: "cat", span: { start: 3, end: 6, id: "x" } },
      { text: " sat", span: null },
    ]);
  });

  it("keeps a zero-width span as a point between runs", () => {
    const insertion = { start: 2, end: 2 };
    expect(segmentText("abcd", [insertion]).map((s) => [s.text, s.span !== null])).toEqual([
      ["ab", false],
      ["", true],
      ["cd", false],
    ]);
  });

  it("shows every character once when spans overlap or run past the end", () => {
    const segments = segmentText("abcdef", [
      { start: 4, end: 9 },
      { start: 1, end: 3 },
      { start: 2, end: 5 },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe("abcdef");
    expect(segments.map((s) => s.text)).toEqual(["a", "bc", "de", "f"]);
  });

  it("returns the whole text when there are no spans", () => {
    expect(segmentText("plain", [])).toEqual([{ text: "plain", span: null }]);
  });
});
