import { describe, expect, it } from "vitest";
import { unwrapParagraphs } from "./unwrap.ts";

describe("unwrapParagraphs", () => {
  it("joins the lines of a hard-wrapped paragraph and keeps blank lines between paragraphs", () => {
    expect(unwrapParagraphs("One line\nwrapped here.\n\nSecond\nparagraph.\n")).toBe(
      "One line wrapped here.\n\nSecond paragraph.\n",
    );
  });

  it("keeps list items, headings, quotes and tables on their own lines", () => {
    const text = "## Steps\n- first\n  continues\n- second\n1. one\n> quoted\n| a | b |\n| - | - |";
    expect(unwrapParagraphs(text)).toBe(
      "## Steps\n- first continues\n- second\n1. one\n> quoted\n| a | b |\n| - | - |",
    );
  });

  it("leaves fenced code exactly as written", () => {
    const text = "Run this:\n```python\nx = 1\ny = 2\n```\nthen\ncheck.";
    expect(unwrapParagraphs(text)).toBe("Run this:\n```python\nx = 1\ny = 2\n```\nthen check.");
  });

  it("keeps explicit line breaks", () => {
    expect(unwrapParagraphs("Dear Sam,  \nthanks\\\nfor this")).toBe(
      "Dear Sam,  \nthanks\\\nfor this",
    );
  });

  it("changes nothing in text without hard wraps", () => {
    const text = "A single paragraph.\n\nAnother one.";
    expect(unwrapParagraphs(text)).toBe(text);
  });
});
