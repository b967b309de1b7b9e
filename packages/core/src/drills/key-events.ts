import { z } from "zod";
import { codePointLength, fromCodePoints, isWhitespace } from "./characters.ts";
import { DrillInputError } from "./input-errors.ts";

/** Most keystrokes one drill submission may carry; a 10-minute drill at 150 WPM is ~9,000. */
export const MAX_EVENTS = 20_000;

/**
 * One key press as the browser reported it. `key` is `KeyboardEvent.key`: a single
 * character, "Backspace", or another named key ("Shift", "ArrowLeft", …) that scoring
 * ignores. `ctrl` or `alt` with Backspace deletes a word, as browsers do.
 */
export const keyEventSchema = z.object({
  /** Milliseconds since the drill started. */
  t: z.number().finite().nonnegative(),
  key: z.string().min(1).max(32),
  ctrl: z.boolean().optional(),
  alt: z.boolean().optional(),
});
export type KeyEvent = z.infer<typeof keyEventSchema>;

/** The event log of one drill: 1 to MAX_EVENTS events in time order. */
export const keyEventLogSchema = z
  .array(keyEventSchema)
  .min(1, "A drill needs at least one key event.")
  .max(MAX_EVENTS, `A drill may carry at most ${MAX_EVENTS} key events.`)
  .superRefine((events, ctx) => {
    for (let i = 1; i < events.length; i++) {
      if (events[i]!.t < events[i - 1]!.t) {
        ctx.addIssue({
          code: "custom",
          path: [i, "t"],
          message: "Key events must be in time order.",
        });
        return;
      }
    }
  });

/**
 * Checks an event log and returns it typed; throws {@link DrillInputError} naming the
 * first bad field ("events[12].t") otherwise.
 */
export function validateKeyEvents(events: unknown): KeyEvent[] {
  if (!Array.isArray(events)) {
    throw new DrillInputError("invalid_event", "events", "Key events must be a list.");
  }
  if (events.length === 0) {
    throw new DrillInputError("no_events", "events", "A drill needs at least one key event.");
  }
  if (events.length > MAX_EVENTS) {
    throw new DrillInputError(
      "too_many_events",
      "events",
      `A drill may carry at most ${MAX_EVENTS} key events; this one has ${events.length}.`,
    );
  }
  const valid: KeyEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const parsed = keyEventSchema.safeParse(events[i]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.length ? `.${issue.path.join(".")}` : "";
      throw new DrillInputError(
        "invalid_event",
        `events[${i}]${path}`,
        issue?.message ?? "Invalid key event.",
      );
    }
    if (i > 0 && parsed.data.t < valid[i - 1]!.t) {
      throw new DrillInputError(
        "events_out_of_order",
        `events[${i}].t`,
        `Key events must be in time order; event ${i} is earlier than event ${i - 1}.`,
      );
    }
    valid.push(parsed.data);
  }
  return valid;
}

/** What a key press does to the text. */
export type KeyAction =
  | { kind: "character"; codePoint: number }
  | { kind: "backspace"; word: boolean }
  | { kind: "ignored" };

export interface ReplayOptions {
  /** Treat Enter as typing a line break (transcripts); typing drills ignore it. */
  enterTypesNewline?: boolean;
}

export function keyAction(event: KeyEvent, options: ReplayOptions = {}): KeyAction {
  if (event.key === "Backspace") {
    return { kind: "backspace", word: event.ctrl === true || event.alt === true };
  }
  if (event.key === "Enter" && options.enterTypesNewline) {
    return { kind: "character", codePoint: 0x0a };
  }
  // A character key names exactly one character; a longer name is a named key. Ctrl with
  // a character is a shortcut, except with Alt too, which is how AltGr reports itself.
  const shortcut = event.ctrl === true && event.alt !== true;
  if (codePointLength(event.key) === 1 && !shortcut) {
    return { kind: "character", codePoint: event.key.codePointAt(0)! };
  }
  return { kind: "ignored" };
}

/**
 * How many code points a word-deleting Backspace removes from the end of `text`: the
 * whitespace before the cursor, then the run of non-whitespace before that, as browsers
 * delete a word on ctrl+Backspace (alt+Backspace on a Mac).
 */
export function wordDeletionLength(text: readonly number[]): number {
  let at = text.length;
  while (at > 0 && isWhitespace(text[at - 1]!)) at--;
  while (at > 0 && !isWhitespace(text[at - 1]!)) at--;
  return text.length - at;
}

/** The text the events produce, typed at the end of the text (no cursor movement). */
export function replayKeyEvents(events: readonly KeyEvent[], options: ReplayOptions = {}): string {
  const text: number[] = [];
  for (const event of events) {
    const action = keyAction(event, options);
    if (action.kind === "character") text.push(action.codePoint);
    else if (action.kind === "backspace")
      text.length -= action.word ? wordDeletionLength(text) : Math.min(1, text.length);
  }
  return fromCodePoints(text);
}
