import { describe, expect, it } from "vitest";
import {
  addSpan,
  offsetOfPoint,
  pointAtOffset,
  segmentText,
  spanOfRange,
  trimSpan,
  wordSpans,
} from "./text-spans.ts";

/** A response drawn as several text nodes, one already inside a mark, as the workspace draws it. */
function response(html: string): HTMLElement {
  const element = document.createElement("div");
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

describe("offsets in code points", () => {
  it("counts an emoji or an astral letter as one, where the DOM counts two", () => {
    const el = response("Dose 💊 then <mark>𝑥 mg</mark> daily");
    const mark = el.querySelector("mark")?.firstChild as Text;
    // "Dose 💊 then " is 12 code points (13 UTF-16 units).
    expect(offsetOfPoint(el, mark, 0)).toBe(12);
    // "𝑥" is two UTF-16 units; the offset after it is one code point further.
    expect(offsetOfPoint(el, mark, 2)).toBe(13);
  });

  it("reads element boundary points as the text before the child index", () => {
    const el = response("ab<mark>cd</mark>ef");
    expect(offsetOfPoint(el, el, 0)).toBe(0);
    expect(offsetOfPoint(el, el, 1)).toBe(2);
    expect(offsetOfPoint(el, el, 2)).toBe(4);
    expect(offsetOfPoint(el, el, 3)).toBe(6);
  });

  it("ignores points outside the response", () => {
    const el = response("inside");
    const other = response("outside");
    expect(offsetOfPoint(el, other.firstChild as Text, 1)).toBeNull();
  });

  it("turns a selection across marks into one code-point span, trimmed of edge spaces", () => {
    const el = response("Take 💊 <mark>400 mg</mark> every hour ");
    const range = document.createRange();
    range.setStart(el.firstChild as Text, 4);
    range.setEnd(el.lastChild as Text, 6);
    // Starts at the space after "Take", ends inside " every"; the leading space is dropped.
    expect(spanOfRange(el, range)).toEqual({ start: 5, end: 19 });
  });

  it("selects nothing when the range is collapsed or only whitespace", () => {
    const el = response("a   b");
    const range = document.createRange();
    range.setStart(el.firstChild as Text, 1);
    range.setEnd(el.firstChild as Text, 4);
    expect(spanOfRange(el, range)).toBeNull();
    expect(trimSpan("abc", { start: 1, end: 1 })).toBeNull();
  });

  it("finds the DOM point for a code-point offset, the inverse of offsetOfPoint", () => {
    const el = response("Dose 💊 then <mark>𝑥 mg</mark> daily");
    for (let offset = 0; offset <= 22; offset += 1) {
      const point = pointAtOffset(el, offset);
      expect(offsetOfPoint(el, point.node, point.offset)).toBe(offset);
    }
  });
});

describe("marks", () => {
  it("merges a mark with those it overlaps and keeps the list in order", () => {
    const spans = [
      { start: 0, end: 4 },
      { start: 10, end: 14 },
    ];
    expect(addSpan(spans, { start: 20, end: 22 })).toEqual([...spans, { start: 20, end: 22 }]);
    expect(addSpan(spans, { start: 3, end: 11 })).toEqual([{ start: 0, end: 14 }]);
    expect(addSpan(spans, { start: 4, end: 10 })).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 10 },
      { start: 10, end: 14 },
    ]);
  });

  it("splits a text into words by code points", () => {
    expect(wordSpans("  a 💊b\ncd ")).toEqual([
      { start: 2, end: 3 },
      { start: 4, end: 6 },
      { start: 7, end: 9 },
    ]);
  });

  it("segments a text so every piece has one cover per layer", () => {
    const segments = segmentText("abcdefgh", [
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
});
