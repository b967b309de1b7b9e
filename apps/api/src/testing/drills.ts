import { type KeyEvent, mulberry32 } from "@rubric/core";

/** Helpers for tests of the precision drills over HTTP. */

/** A server clock the test moves by hand, so time passes between start and submit. */
export function testClock(start = "2026-03-02T09:00:00.000Z") {
  let at = Date.parse(start);
  return {
    now: () => new Date(at),
    advance: (ms: number) => {
      at += ms;
    },
  };
}

/**
 * A key pressed in place of the one due at code point `at`. `erase` presses Backspace and
 * types the right key, `leave` goes on with the error in the text, `retype` presses the
 * right key straight after (what precision mode asks, where the wrong key never lands).
 */
export interface Slip {
  at: number;
  wrong: string;
  fix: "erase" | "leave" | "retype";
}

export interface TypistOptions {
  slips?: Slip[];
  /** Mean milliseconds between keys; a steady 60 WPM typist is 200. */
  intervalMs?: number;
  seed?: number;
  /** Line breaks are typed with Enter (transcripts). */
  enterForNewline?: boolean;
}

/**
 * The key log of a person typing `text`: uneven intervals around the mean, Shift before
 * capitals, a slower beat after spotting a mistake, and the given slips.
 */
export function keystrokesFor(text: string, options: TypistOptions = {}): KeyEvent[] {
  const random = mulberry32(options.seed ?? 7);
  const mean = options.intervalMs ?? 200;
  const slips = new Map((options.slips ?? []).map((slip) => [slip.at, slip]));
  const events: KeyEvent[] = [];
  let t = 0;
  const press = (key: string, gap = mean) => {
    t += Math.round(gap * (0.6 + 0.8 * random()));
    events.push({ t, key });
  };
  Array.from(text).forEach((char, index) => {
    const key = char === "\n" && options.enterForNewline ? "Enter" : char;
    if (key !== char.toLowerCase() && key.length === 1) press("Shift", mean / 3);
    const slip = slips.get(index);
    if (slip) {
      press(slip.wrong);
      if (slip.fix === "leave") return;
      if (slip.fix === "erase") press("Backspace", mean * 2);
    }
    press(key);
  });
  return events;
}

/** `text` with the slips left in it: what the key log types. */
export function typedWithSlips(text: string, slips: readonly Slip[]): string {
  const chars = Array.from(text);
  for (const slip of slips) if (slip.fix === "leave") chars[slip.at] = slip.wrong;
  return chars.join("");
}

const LINE_TIMESTAMP = /^\[\d{2,}:\d{2}\] /u;

/**
 * The key log of a transcript typed in the editor: each line's `[mm:ss] ` goes in with the
 * Ctrl+J shortcut, the rest is typed, and Enter breaks lines.
 */
export function transcriptKeystrokes(transcript: string, options: TypistOptions = {}): KeyEvent[] {
  const lines = transcript.split("\n");
  const typedText = lines.map((line) => line.replace(LINE_TIMESTAMP, "")).join("\n");
  const events = keystrokesFor(typedText, { ...options, enterForNewline: true });
  const withShortcuts: KeyEvent[] = [];
  let line = 0;
  const shortcut = (t: number) => {
    if (LINE_TIMESTAMP.test(lines[line] ?? "")) withShortcuts.push({ t, key: "j", ctrl: true });
  };
  shortcut(0);
  for (const event of events) {
    withShortcuts.push(event);
    if (event.key === "Enter") {
      line++;
      shortcut(event.t);
    }
  }
  return withShortcuts;
}
