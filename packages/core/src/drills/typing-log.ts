import { codePoints } from "./characters.ts";
import { type KeyEvent, keyAction, wordDeletionLength } from "./key-events.ts";

const NEWLINE = 0x0a;

export interface TypingEditorRules {
  /** The caret waits on a wrong key: the key is counted but never enters the text. */
  precision: boolean;
}

/**
 * The key log rewritten as plain appends and Backspaces, the form scoring replays.
 *
 * The typing editor has rules plain replay does not know: Enter types a line break in a
 * text that has one (and is only logged otherwise); once the whole target is typed,
 * further character keys do nothing; and in precision mode a wrong key is shown at the
 * caret but not typed. Enter is rewritten as the line break it typed. A wrong key in
 * precision mode becomes that key followed, at the same instant, by a Backspace: it still
 * counts as a miss and as an error put right, and the replayed text is exactly what the
 * editor showed.
 */
export function typingLogAsApplied(
  target: string,
  events: readonly KeyEvent[],
  rules: TypingEditorRules,
): KeyEvent[] {
  const goal = codePoints(target.normalize("NFC"));
  const replay = { enterTypesNewline: goal.includes(NEWLINE) };
  const typed: number[] = [];
  const applied: KeyEvent[] = [];
  for (const original of events) {
    const action = keyAction(original, replay);
    const event =
      action.kind === "character" && action.codePoint === NEWLINE
        ? { ...original, key: "\n" }
        : original;
    if (action.kind === "backspace") {
      typed.length -= action.word ? wordDeletionLength(typed) : Math.min(1, typed.length);
      applied.push(event);
      continue;
    }
    if (action.kind === "ignored") {
      applied.push(event);
      continue;
    }
    if (typed.length >= goal.length) continue;
    applied.push(event);
    if (rules.precision && action.codePoint !== goal[typed.length]) {
      applied.push({ t: event.t, key: "Backspace" });
      continue;
    }
    typed.push(action.codePoint);
  }
  return applied;
}
