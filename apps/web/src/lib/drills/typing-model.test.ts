import { keyEventLogSchema, replayKeyEvents, seededRandom, typingLogAsApplied } from "@rubric/core";
import { describe, expect, it } from "vitest";
import { KeyLog } from "./keylog.ts";
import { CharState, type TypingInput, TypingModel } from "./typing-model.ts";

const chars = (text: string): TypingInput[] => Array.from(text, (char) => ({ kind: "char", char }));
const backspace: TypingInput = { kind: "backspace", word: false };
const wordBackspace: TypingInput = { kind: "backspace", word: true };

function typeAll(model: TypingModel, inputs: TypingInput[]) {
  for (const input of inputs) model.apply(input);
}

describe("TypingModel", () => {
  it("marks each typed character right or wrong against the character at its position", () => {
    const model = new TypingModel("cat", false);
    typeAll(model, chars("cut"));
    expect([...model.states]).toEqual([CharState.Correct, CharState.Incorrect, CharState.Correct]);
    expect(model.text).toBe("cut");
    expect(model.finished).toBe(true);
    expect(model.correctChars).toBe(2);
  });

  it("reports only the position that changed and where the caret went", () => {
    const model = new TypingModel("hello", false);
    model.apply({ kind: "char", char: "h" });
    expect(model.apply({ kind: "char", char: "x" })).toEqual({ from: 1, to: 2, caret: 2 });
    expect(model.apply(backspace)).toEqual({ from: 1, to: 2, caret: 1 });
  });

  it("shows a position fixed after a mistake as corrected, not plain correct", () => {
    const model = new TypingModel("ab", false);
    typeAll(model, [...chars("x"), backspace, ...chars("ab")]);
    expect([...model.states]).toEqual([CharState.Corrected, CharState.Correct]);
    expect(model.accuracy).toBeCloseTo(2 / 3);
  });

  it("Backspace returns a position to pending and stops at the start", () => {
    const model = new TypingModel("ab", false);
    typeAll(model, [...chars("a"), backspace, backspace]);
    expect([...model.states]).toEqual([CharState.Pending, CharState.Pending]);
    expect(model.caret).toBe(0);
    expect(model.apply(backspace)).toBeNull();
  });

  it("ctrl+Backspace deletes the whitespace before the caret and the word before it", () => {
    const model = new TypingModel("one two three", false);
    typeAll(model, chars("one two "));
    expect(model.apply(wordBackspace)).toEqual({ from: 4, to: 8, caret: 4 });
    expect(model.text).toBe("one ");
    expect([...model.states].slice(4, 8)).toEqual([0, 0, 0, 0]);
  });

  it("ignores characters past the end of the text", () => {
    const model = new TypingModel("a", false);
    typeAll(model, chars("a"));
    expect(model.apply({ kind: "char", char: "b" })).toBeNull();
    expect(model.text).toBe("a");
  });

  it("counts an astral character as one position", () => {
    const model = new TypingModel("a😀b", false);
    typeAll(model, chars("a😀b"));
    expect(model.states.length).toBe(3);
    expect([...model.states]).toEqual([1, 1, 1]);
  });

  describe("precision mode", () => {
    it("holds the caret on a wrong key until the right one is typed", () => {
      const model = new TypingModel("cat", true);
      model.apply({ kind: "char", char: "c" });
      expect(model.apply({ kind: "char", char: "x" })).toEqual({ from: 1, to: 2, caret: 1 });
      expect(model.apply({ kind: "char", char: "y" })).toBeNull();
      expect(model.caret).toBe(1);
      expect(model.text).toBe("c");
      expect(model.states[1]).toBe(CharState.Incorrect);
      model.apply({ kind: "char", char: "a" });
      expect(model.states[1]).toBe(CharState.Corrected);
      expect(model.caret).toBe(2);
      expect(model.accuracy).toBeCloseTo(2 / 4);
    });

    it("keeps the text a prefix of the target whatever is typed", () => {
      const model = new TypingModel("the quick fox", true);
      typeAll(model, chars("thwe quixck fpox"));
      expect("the quick fox".startsWith(model.text)).toBe(true);
      expect(model.text).toBe("the quick fox");
      expect(model.accuracy).toBeCloseTo(13 / 16);
    });

    it("Backspace over a held mistake erases the character before it and lets the mistake go", () => {
      const model = new TypingModel("cat", true);
      typeAll(model, chars("cx"));
      expect(model.apply(backspace)).toEqual({ from: 0, to: 2, caret: 0 });
      expect([...model.states]).toEqual([0, 0, 0]);
      expect(model.text).toBe("");
    });

    it("Backspace at the start only lets a held mistake go", () => {
      const model = new TypingModel("cat", true);
      model.apply({ kind: "char", char: "x" });
      expect(model.apply(backspace)).toEqual({ from: 0, to: 1, caret: 0 });
      expect(model.states[0]).toBe(CharState.Pending);
    });
  });
});

describe("agreement with the server's replay", () => {
  const target = "The café opened at 7:15; Hélène knew everyone's order.";
  const keys = [...new Set(Array.from(target)), "x", "Q", "Backspace", "Backspace*"];

  function randomSession(seed: number, precision: boolean) {
    const random = seededRandom(seed);
    const model = new TypingModel(target, precision);
    const log = new KeyLog();
    let t = 0;
    for (let n = 0; n < 120; n++) {
      t += 40 + Math.floor(random() * 200);
      // Mostly the right next character, as a person types; sometimes a slip or a fix.
      const roll = random();
      const next = Array.from(target)[model.caret];
      const key =
        roll < 0.7 && next !== undefined ? next : keys[Math.floor(random() * keys.length)]!;
      const word = key === "Backspace*";
      const input: TypingInput =
        key === "Backspace" || word ? { kind: "backspace", word } : { kind: "char", char: key };
      if (input.kind === "char" && model.finished) continue;
      log.record(word ? "Backspace" : key, t, { ctrl: word });
      model.apply(input);
    }
    return { model, log };
  }

  for (const precision of [false, true]) {
    it(`rebuilds the text the surface showed from the key log (${precision ? "precision" : "normal"} mode)`, () => {
      for (let seed = 1; seed <= 200; seed++) {
        const { model, log } = randomSession(seed, precision);
        const applied = typingLogAsApplied(target, log.events, { precision });
        expect(replayKeyEvents(applied)).toBe(model.text);
        expect(() => keyEventLogSchema.parse(log.events)).not.toThrow();
      }
    });
  }
});
