import { describe, expect, it } from "vitest";
import { digitOf, handlesEnter, isSubmitChord, isTextEntry, letterOf } from "./keys.ts";

function element(html: string): HTMLElement {
  const host = document.createElement("div");
  host.innerHTML = html;
  return host.firstElementChild as HTMLElement;
}

describe("keys", () => {
  it("treats text fields as typing, but not checkboxes or radio buttons", () => {
    expect(isTextEntry(element("<textarea></textarea>"))).toBe(true);
    expect(isTextEntry(element("<input type='search'>"))).toBe(true);
    expect(isTextEntry(element("<input type='checkbox'>"))).toBe(false);
    expect(isTextEntry(element("<button>Go</button>"))).toBe(false);
    const editable = element("<div contenteditable='true'></div>");
    document.body.append(editable);
    expect(isTextEntry(editable)).toBe(true);
  });

  it("lets buttons and links keep Enter for themselves", () => {
    expect(handlesEnter(element("<button>Go</button>"))).toBe(true);
    expect(handlesEnter(element("<a href='/x'>x</a>"))).toBe(true);
    expect(handlesEnter(element("<div tabindex='0'></div>"))).toBe(false);
  });

  it("reads digits from the top row and the keypad, and ignores chords", () => {
    expect(digitOf(new KeyboardEvent("keydown", { key: "3", code: "Digit3" }))).toBe(3);
    expect(digitOf(new KeyboardEvent("keydown", { key: "End", code: "Numpad1" }))).toBe(1);
    expect(
      digitOf(new KeyboardEvent("keydown", { key: "#", code: "Digit3", shiftKey: true })),
    ).toBe(3);
    expect(
      digitOf(new KeyboardEvent("keydown", { key: "3", code: "Digit3", ctrlKey: true })),
    ).toBeNull();
    expect(digitOf(new KeyboardEvent("keydown", { key: "a", code: "KeyA" }))).toBeNull();
  });

  it("reads letters without modifiers and the submit chord with either modifier", () => {
    expect(letterOf(new KeyboardEvent("keydown", { key: "G" }))).toBe("g");
    expect(letterOf(new KeyboardEvent("keydown", { key: "g", altKey: true }))).toBeNull();
    expect(isSubmitChord(new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true }))).toBe(true);
    expect(isSubmitChord(new KeyboardEvent("keydown", { key: "Enter", metaKey: true }))).toBe(true);
    expect(isSubmitChord(new KeyboardEvent("keydown", { key: "Enter" }))).toBe(false);
  });
});
