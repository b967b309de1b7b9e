import { describe, expect, it } from "vitest";
import {
  clockTime,
  playerCommandFor,
  type ShortcutKey,
  seekedTime,
  steppedRate,
  timestampEdit,
} from "./player-keys.ts";

const press = (key: string, mods: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe("playerCommandFor", () => {
  it("maps the transport shortcuts while typing in the transcript", () => {
    expect(playerCommandFor(press(" ", { ctrlKey: true }), true)).toEqual({ kind: "toggle" });
    expect(playerCommandFor(press("Escape"), true)).toEqual({ kind: "toggle" });
    expect(playerCommandFor(press("ArrowLeft", { ctrlKey: true }), true)).toEqual({
      kind: "seek",
      by: -5,
    });
    expect(playerCommandFor(press("ArrowRight", { ctrlKey: true }), true)).toEqual({
      kind: "seek",
      by: 5,
    });
    expect(playerCommandFor(press("ArrowUp", { ctrlKey: true }), true)).toEqual({
      kind: "rate",
      by: 0.1,
    });
    expect(playerCommandFor(press("ArrowDown", { ctrlKey: true }), true)).toEqual({
      kind: "rate",
      by: -0.1,
    });
    expect(playerCommandFor(press("j", { ctrlKey: true }), true)).toEqual({ kind: "timestamp" });
    expect(playerCommandFor(press("/", { ctrlKey: true }), true)).toEqual({ kind: "help" });
  });

  it("leaves ordinary typing, arrows and other shortcuts to the editor", () => {
    for (const k of ["a", " ", "ArrowLeft", "Enter", "Backspace"]) {
      expect(playerCommandFor(press(k), true)).toBeNull();
    }
    expect(
      playerCommandFor(press("ArrowLeft", { ctrlKey: true, shiftKey: true }), true),
    ).toBeNull();
    expect(playerCommandFor(press("z", { ctrlKey: true }), true)).toBeNull();
    expect(playerCommandFor(press("ArrowLeft", { metaKey: true }), true)).toBeNull();
  });

  it("keeps ? a question mark in the transcript and opens help elsewhere", () => {
    expect(playerCommandFor(press("?", { shiftKey: true }), true)).toBeNull();
    expect(playerCommandFor(press("?", { shiftKey: true }), false)).toEqual({ kind: "help" });
  });
});

describe("rate and seek", () => {
  it("steps the rate on a 0.1 grid between 0.5× and 1.5×", () => {
    let rate = 1;
    for (let i = 0; i < 3; i++) rate = steppedRate(rate, 0.1);
    expect(rate).toBe(1.3);
    for (let i = 0; i < 20; i++) rate = steppedRate(rate, 0.1);
    expect(rate).toBe(1.5);
    for (let i = 0; i < 20; i++) rate = steppedRate(rate, -0.1);
    expect(rate).toBe(0.5);
  });

  it("seeks inside the clip", () => {
    expect(seekedTime(3, -5, 40)).toBe(0);
    expect(seekedTime(38, 5, 40)).toBe(40);
    expect(seekedTime(10, 5, Number.NaN)).toBe(15);
  });
});

describe("timestamps", () => {
  it("rounds down to the second and keeps counting minutes past the hour", () => {
    expect(clockTime(12.8)).toBe("00:12");
    expect(clockTime(65)).toBe("01:05");
    expect(clockTime(3725)).toBe("62:05");
    expect(clockTime(-1)).toBe("00:00");
  });

  it("inserts a timestamp at a line start as is, and mid-line on a new line", () => {
    expect(timestampEdit("", 0, 0, 6.4)).toEqual({ insert: "[00:06] ", start: 0, end: 0 });
    expect(timestampEdit("[00:00] Dana: Hi.\n", 18, 18, 6.4).insert).toBe("[00:06] ");
    expect(timestampEdit("[00:00] Dana: Hi.", 17, 17, 6.4).insert).toBe("\n[00:06] ");
  });

  it("replaces a selection with the timestamp", () => {
    expect(timestampEdit("abc\ndef", 4, 7, 75)).toEqual({ insert: "[01:15] ", start: 4, end: 7 });
  });
});
