import type { PlausibilityFlag } from "./plausibility.ts";

/**
 * A transcript sent without its key log cannot be told from pasted text, so it is kept
 * but never counts as a best.
 */
export const UNLOGGED_TRANSCRIPT_FLAG: PlausibilityFlag = {
  code: "text_without_keystrokes",
  reason: "The transcript came without its key log, so it cannot be told from pasted text.",
};

const LINE_TIMESTAMP = /^\[\d{2,}:\d{2}\] ?/gmu;

/**
 * The part of a transcript its character keys typed. Transcription editors insert a
 * line's `[mm:ss] ` timestamp with one shortcut, so those characters have no key press of
 * their own and must not count against the log.
 */
export function keyTypedTranscript(text: string): string {
  return text.replace(LINE_TIMESTAMP, "");
}
