/**
 * Keyboard control of the transcription player. Every shortcut works while the focus is in
 * the transcript, so a transcriber never reaches for the mouse: that is the whole point of
 * a transcription player.
 */

export const SEEK_STEP_SEC = 5;
export const MIN_RATE = 0.5;
export const MAX_RATE = 1.5;
export const RATE_STEP = 0.1;

export type PlayerCommand =
  | { kind: "toggle" }
  | { kind: "seek"; by: number }
  | { kind: "rate"; by: number }
  | { kind: "timestamp" }
  | { kind: "help" };

export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface Shortcut {
  keys: string[];
  action: string;
}

/** What the help dialog lists, in the order a transcriber reaches for them. */
export const PLAYER_SHORTCUTS: readonly Shortcut[] = [
  { keys: ["Ctrl", "Space"], action: "Play or pause" },
  { keys: ["Esc"], action: "Play or pause" },
  { keys: ["Ctrl", "←"], action: `Rewind ${SEEK_STEP_SEC} seconds` },
  { keys: ["Ctrl", "→"], action: `Skip ahead ${SEEK_STEP_SEC} seconds` },
  { keys: ["Ctrl", "↑"], action: "Faster (0.1× steps, up to 1.5×)" },
  { keys: ["Ctrl", "↓"], action: "Slower (0.1× steps, down to 0.5×)" },
  { keys: ["Ctrl", "J"], action: "Insert the current time as [mm:ss]" },
  { keys: ["Ctrl", "/"], action: "Show these shortcuts (or ? outside the transcript)" },
];

/**
 * The player command for a keydown, or null to let the key type. `inEditor` is true when
 * the focus is in the transcript, where a bare "?" must stay a question mark.
 */
export function playerCommandFor(event: ShortcutKey, inEditor: boolean): PlayerCommand | null {
  if (event.metaKey || event.altKey) return null;
  if (!event.ctrlKey) {
    if (event.key === "Escape" && !event.shiftKey) return { kind: "toggle" };
    if (event.key === "?" && !inEditor) return { kind: "help" };
    return null;
  }
  if (event.shiftKey) return null;
  switch (event.key) {
    case " ":
      return { kind: "toggle" };
    case "ArrowLeft":
      return { kind: "seek", by: -SEEK_STEP_SEC };
    case "ArrowRight":
      return { kind: "seek", by: SEEK_STEP_SEC };
    case "ArrowUp":
      return { kind: "rate", by: RATE_STEP };
    case "ArrowDown":
      return { kind: "rate", by: -RATE_STEP };
    case "j":
    case "J":
      return { kind: "timestamp" };
    case "/":
      return { kind: "help" };
    default:
      return null;
  }
}

/** The rate after a step, kept on the 0.1 grid so repeated steps never drift. */
export function steppedRate(rate: number, by: number): number {
  const next = Math.round((rate + by) * 10) / 10;
  return Math.min(MAX_RATE, Math.max(MIN_RATE, next));
}

/** The playback position after a seek, inside the clip. */
export function seekedTime(current: number, by: number, duration: number): number {
  const end = Number.isFinite(duration) && duration > 0 ? duration : Number.POSITIVE_INFINITY;
  return Math.min(end, Math.max(0, current + by));
}

/** `mm:ss`, rounded down to the second; minutes keep counting past 59, as house style says. */
export function clockTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(whole / 60);
  return `${String(minutes).padStart(2, "0")}:${String(whole % 60).padStart(2, "0")}`;
}

export interface TextEdit {
  /** Text to put in place of value[start, end) (UTF-16 offsets, as a textarea reports them). */
  insert: string;
  start: number;
  end: number;
}

/**
 * Inserts `[mm:ss] ` for a new turn: on a line of its own, so a timestamp typed mid-line
 * starts the next line, as the house style's one-turn-per-line form needs.
 */
export function timestampEdit(
  value: string,
  start: number,
  end: number,
  seconds: number,
): TextEdit {
  const atLineStart = start === 0 || value[start - 1] === "\n";
  return { insert: `${atLineStart ? "" : "\n"}[${clockTime(seconds)}] `, start, end };
}
