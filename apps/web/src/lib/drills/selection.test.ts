import { describe, expect, it } from "vitest";
import { markAtDomSelection, markFromDomSelection, rangeOffsets } from "./selection.ts";

function render(html: string): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

describe("selection to code-point offsets", () => {
  it("measures a range that crosses highlighted spans from the start of the text", () => {
    const container = render("Eggs <mark>that</mark> has been");
    const range = document.createRange();
    range.setStart(container.querySelector("mark")!.firstChild!, 2);
    range.setEnd(container.lastChild!, 4);
    expect(rangeOffsets(container, range)).toEqual([7, 13]);
  });

  it("turns a selection after an emoji into code-point offsets of the displayed text", () => {
    const text = "😀 Their great";
    const container = render(text);
    const range = document.createRange();
    range.setStart(container.firstChild!, text.indexOf("Their"));
    range.setEnd(container.firstChild!, text.indexOf("Their") + 6);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    expect(markFromDomSelection(container, text, selection)).toEqual({ start: 2, end: 7 });
  });

  it("ignores a selection outside the text", () => {
    const container = render("inside");
    const outside = render("outside");
    const range = document.createRange();
    range.selectNodeContents(outside);
    expect(rangeOffsets(container, range)).toBeNull();
  });
});

describe("markAtDomSelection", () => {
  it("finds the mark a collapsed caret sits in, counting in code points", () => {
    const text = "😀 one two";
    const container = render("😀 one <mark>two</mark>");
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    const range = document.createRange();
    range.setStart(container.querySelector("mark")!.firstChild!, 1);
    range.collapse(true);
    selection.addRange(range);
    const marks = [
      { start: 2, end: 5 },
      { start: 6, end: 9 },
    ];
    expect(markAtDomSelection(container, text, marks, selection)).toEqual({ start: 6, end: 9 });
  });

  it("returns null when the caret touches no mark", () => {
    const container = render("plain text");
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    const range = document.createRange();
    range.setStart(container.firstChild!, 1);
    range.collapse(true);
    selection.addRange(range);
    expect(
      markAtDomSelection(container, "plain text", [{ start: 6, end: 10 }], selection),
    ).toBeNull();
  });
});
