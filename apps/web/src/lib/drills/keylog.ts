import type { KeyEvent } from "./api.ts";
import type { TypingInput } from "./typing-model.ts";

/**
 * The raw keystroke log a drill submits. Times are milliseconds since the first key on the
 * page's monotonic clock (performance.now and Event.timeStamp share it), so a clock change
 * or a slow network during the drill cannot bend them.
 */
export class KeyLog {
  private origin: number | null = null;
  private last = 0;
  readonly events: KeyEvent[] = [];

  get started(): boolean {
    return this.origin !== null;
  }

  /** Milliseconds since the first key, at monotonic time `now`. */
  elapsed(now: number): number {
    return this.origin === null ? 0 : now - this.origin;
  }

  record(key: string, at: number, modifiers: { ctrl?: boolean; alt?: boolean } = {}): KeyEvent {
    if (this.origin === null) this.origin = at;
    // An input event can carry a stamp a little before the keydown handled just ahead of
    // it; the log must stay in time order.
    const t = Math.max(this.last, Math.round(at - this.origin));
    this.last = t;
    const event: KeyEvent = { t, key };
    if (modifiers.ctrl) event.ctrl = true;
    if (modifiers.alt) event.alt = true;
    this.events.push(event);
    return event;
  }
}

/** What a keydown does in a typing surface. */
export type KeyAction =
  | { kind: "input"; input: TypingInput; ctrl: boolean; alt: boolean }
  | { kind: "restart" }
  | { kind: "arm-restart" }
  /** Logged for the record (Enter), but it changes no text. */
  | { kind: "log-only" }
  | { kind: "ignore" }
  /** Left to the browser (composition, dead keys): the text arrives as an input event. */
  | { kind: "pass" };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
}

/** One visible character: a single code point that is not a control character. */
export function isPrintable(key: string): boolean {
  const cp = key.codePointAt(0);
  return (
    cp !== undefined && key.length === String.fromCodePoint(cp).length && cp >= 0x20 && cp !== 0x7f
  );
}

/**
 * Maps a keydown to its action, by the rules the server replays the log with: a single
 * character types itself unless Ctrl (without Alt, which is how AltGr reports itself) or
 * Meta makes it a shortcut; Backspace with Ctrl or Alt deletes a word; Enter types a line
 * break only in a text that has one. `armed` is true right after Tab, so Tab then Enter
 * restarts, as Escape does.
 */
export function classifyKey(event: KeyLike, armed: boolean, enterTypesNewline = false): KeyAction {
  if (event.isComposing || event.key === "Dead" || event.key === "Process") return { kind: "pass" };
  if (event.key === "Escape") return { kind: "restart" };
  if (event.key === "Tab") return { kind: "arm-restart" };
  if (event.key === "Enter") {
    if (armed) return { kind: "restart" };
    if (!enterTypesNewline) return { kind: "log-only" };
    return { kind: "input", input: { kind: "char", char: "\n" }, ctrl: false, alt: false };
  }
  if (event.key === "Backspace") {
    const word = event.ctrlKey || event.altKey;
    return {
      kind: "input",
      input: { kind: "backspace", word },
      ctrl: event.ctrlKey,
      alt: event.altKey,
    };
  }
  const shortcut = (event.ctrlKey && !event.altKey) || event.metaKey;
  if (shortcut || !isPrintable(event.key)) return { kind: "ignore" };
  return {
    kind: "input",
    input: { kind: "char", char: event.key },
    ctrl: event.ctrlKey,
    alt: event.altKey,
  };
}

/** Characters the browser inserted without a keydown we handled (an IME, a dead key). */
export function insertedChars(data: string | null): string[] {
  return data === null ? [] : Array.from(data).filter(isPrintable);
}
