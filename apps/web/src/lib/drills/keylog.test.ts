import { describe, expect, it } from "vitest";
import { classifyKey, insertedChars, isPrintable, type KeyLike, KeyLog } from "./keylog.ts";

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  ...mods,
});

describe("KeyLog", () => {
  it("times events in whole milliseconds from the first key", () => {
    const log = new KeyLog();
    log.record("T", 1000.4);
    log.record("h", 1120.6);
    log.record("Backspace", 1250, { ctrl: true });
    expect(log.events).toEqual([
      { t: 0, key: "T" },
      { t: 120, key: "h" },
      { t: 250, key: "Backspace", ctrl: true },
    ]);
  });

  it("keeps the log in time order when an event carries an earlier stamp", () => {
    const log = new KeyLog();
    log.record("a", 500);
    log.record("b", 700);
    log.record("é", 690);
    expect(log.events.map((e) => e.t)).toEqual([0, 200, 200]);
  });

  it("measures elapsed time from the first key and zero before it", () => {
    const log = new KeyLog();
    expect(log.elapsed(5000)).toBe(0);
    expect(log.started).toBe(false);
    log.record("a", 5000);
    expect(log.elapsed(6500)).toBe(1500);
  });

  it("writes only the modifiers that were held, as the key-event schema expects", () => {
    const log = new KeyLog();
    expect(log.record("€", 0, { ctrl: true, alt: true })).toEqual({
      t: 0,
      key: "€",
      ctrl: true,
      alt: true,
    });
    expect(log.record("a", 1, { ctrl: false, alt: false })).toEqual({ t: 1, key: "a" });
  });
});

describe("classifyKey", () => {
  it("types a single printable character", () => {
    expect(classifyKey(key("a"), false)).toEqual({
      kind: "input",
      input: { kind: "char", char: "a" },
      ctrl: false,
      alt: false,
    });
    expect(classifyKey(key(" "), false)).toMatchObject({ kind: "input", input: { char: " " } });
  });

  it("treats Ctrl with a character as a shortcut, but Ctrl+Alt (AltGr) as typing", () => {
    expect(classifyKey(key("c", { ctrlKey: true }), false)).toEqual({ kind: "ignore" });
    expect(classifyKey(key("v", { metaKey: true }), false)).toEqual({ kind: "ignore" });
    expect(classifyKey(key("€", { ctrlKey: true, altKey: true }), false)).toMatchObject({
      kind: "input",
      input: { char: "€" },
      ctrl: true,
      alt: true,
    });
  });

  it("deletes a word with Ctrl or Alt held on Backspace", () => {
    expect(classifyKey(key("Backspace"), false)).toMatchObject({
      input: { kind: "backspace", word: false },
    });
    expect(classifyKey(key("Backspace", { ctrlKey: true }), false)).toMatchObject({
      input: { kind: "backspace", word: true },
      ctrl: true,
    });
    expect(classifyKey(key("Backspace", { altKey: true }), false)).toMatchObject({
      input: { kind: "backspace", word: true },
      alt: true,
    });
  });

  it("restarts on Escape, or on Enter right after Tab", () => {
    expect(classifyKey(key("Escape"), false)).toEqual({ kind: "restart" });
    expect(classifyKey(key("Tab"), false)).toEqual({ kind: "arm-restart" });
    expect(classifyKey(key("Enter"), true)).toEqual({ kind: "restart" });
    expect(classifyKey(key("Enter"), false)).toEqual({ kind: "log-only" });
  });

  it("types a line break with Enter only in a text that has line breaks", () => {
    expect(classifyKey(key("Enter"), false, true)).toMatchObject({
      kind: "input",
      input: { kind: "char", char: "\n" },
    });
    expect(classifyKey(key("Enter"), true, true)).toEqual({ kind: "restart" });
  });

  it("leaves composition and dead keys to the browser", () => {
    expect(classifyKey(key("Dead"), false)).toEqual({ kind: "pass" });
    expect(classifyKey(key("Process"), false)).toEqual({ kind: "pass" });
    expect(classifyKey(key("e", { isComposing: true }), false)).toEqual({ kind: "pass" });
  });

  it("ignores named keys that type nothing", () => {
    for (const name of ["Shift", "ArrowLeft", "CapsLock", "F5"]) {
      expect(classifyKey(key(name), false)).toEqual({ kind: "ignore" });
    }
  });
});

describe("inserted text", () => {
  it("splits what an input method inserted into code points and drops control characters", () => {
    expect(insertedChars("é😀")).toEqual(["é", "😀"]);
    expect(insertedChars("a\tb")).toEqual(["a", "b"]);
    expect(insertedChars(null)).toEqual([]);
  });

  it("knows a printable character from a control character", () => {
    expect(isPrintable("😀")).toBe(true);
    expect(isPrintable("ab")).toBe(false);
    expect(isPrintable("\u0007")).toBe(false);
  });
});
