import { z } from "zod";
import { codePointLength } from "./characters.ts";
import { type KeyEvent, keyAction, replayKeyEvents, validateKeyEvents } from "./key-events.ts";

/**
 * Checks that a drill result could have come from a person at a keyboard. Flagged
 * results are kept but do not count towards personal bests. Everything here is pure:
 * the server passes in its own clock readings. Duplicate submissions are the server's
 * business (by id) and are not checked here.
 */

export type DrillMode = "typing" | "transcription";

export const plausibilityThresholdsSchema = z.object({
  /** Shortest believable drill, first key press to last, in ms. */
  minDurationMs: z.number().nonnegative(),
  /** Allowance for network delay and clock granularity when comparing clocks, in ms. */
  clockSlackMs: z.number().nonnegative(),
  /** A run of this many key presses … */
  fastRunKeys: z.number().int().min(2),
  /** … whose median interval is below this (ms) is faster than fingers. */
  fastIntervalMs: z.number().positive(),
  /** Net speed above this is beyond recorded human typing. */
  maxWpm: z.number().positive(),
});
export type PlausibilityThresholds = z.infer<typeof plausibilityThresholdsSchema>;

/**
 * Defaults. Top typists sustain ~200 WPM (about 60 ms per key) and burst above that for
 * a word or two, so a median under 25 ms over 20 keys or 250 WPM overall is a machine.
 */
export const PLAUSIBILITY_THRESHOLDS: PlausibilityThresholds = {
  minDurationMs: 3_000,
  clockSlackMs: 2_000,
  fastRunKeys: 20,
  fastIntervalMs: 25,
  maxWpm: 250,
};

export type PlausibilityCode =
  | "too_short"
  | "inhuman_speed"
  | "inhuman_intervals"
  | "claimed_longer_than_elapsed"
  | "overlaps_previous_submission"
  | "clock_order"
  | "text_without_keystrokes";

export interface PlausibilityFlag {
  code: PlausibilityCode;
  /** Why the result was flagged, in words an admin reviewing it can check. */
  reason: string;
}

export interface PlausibilityInput {
  events: readonly KeyEvent[];
  /** The drill's text (typing: whether Enter types a line break depends on it). */
  target: string;
  /** The text the client submitted. */
  finalText: string;
  /** Server clock (ms) when the attempt was recorded as started. */
  startedAt: number;
  /** Server clock (ms) when the submission arrived. */
  submittedAt: number;
  /** Server clock (ms) when the drill content was issued to the client. */
  serverIssuedAt: number;
  /** Server clock (ms) of the same person's previous drill submission, if any. */
  previousSubmissionAt?: number;
  mode: DrillMode;
}

export interface PlausibilityResult {
  flags: PlausibilityFlag[];
  /** Flagged results are stored but never count as personal bests. */
  excludeFromBests: boolean;
}

export function checkPlausibility(
  input: PlausibilityInput,
  thresholds: PlausibilityThresholds = PLAUSIBILITY_THRESHOLDS,
): PlausibilityResult {
  const events = validateKeyEvents(input.events);
  const flags: PlausibilityFlag[] = [];
  const flag = (code: PlausibilityCode, reason: string) => flags.push({ code, reason });
  const replay = {
    enterTypesNewline: input.mode === "transcription" || input.target.includes("\n"),
  };

  const presses = events.filter((event) => keyAction(event, replay).kind !== "ignored");
  const claimedMs = events[events.length - 1]!.t;
  const activeMs = presses.length > 0 ? presses[presses.length - 1]!.t - presses[0]!.t : 0;

  if (activeMs < thresholds.minDurationMs) {
    flag(
      "too_short",
      `Typing lasted ${seconds(activeMs)}; a drill takes at least ${seconds(thresholds.minDurationMs)}.`,
    );
  }

  const finalLength = codePointLength(input.finalText);
  if (activeMs > 0) {
    const wpm = finalLength / 5 / (activeMs / 60_000);
    if (wpm > thresholds.maxWpm) {
      flag(
        "inhuman_speed",
        `${Math.round(wpm)} WPM is above the ${thresholds.maxWpm} WPM people reach.`,
      );
    }
  } else if (finalLength > 1) {
    flag("inhuman_speed", `${finalLength} characters appeared at a single instant.`);
  }

  // Character keys only: a held Backspace auto-repeats faster than anyone types.
  const characterPresses = presses.filter((event) => keyAction(event, replay).kind === "character");
  const fastest = fastestRunMedian(characterPresses, thresholds.fastRunKeys);
  if (fastest !== null && fastest < thresholds.fastIntervalMs) {
    flag(
      "inhuman_intervals",
      `${thresholds.fastRunKeys} keys in a row came a median ${fastest} ms apart; fingers need at least ${thresholds.fastIntervalMs} ms.`,
    );
  }

  const elapsedMs = input.submittedAt - input.serverIssuedAt;
  if (claimedMs > elapsedMs + thresholds.clockSlackMs) {
    flag(
      "claimed_longer_than_elapsed",
      `The key log spans ${seconds(claimedMs)}, but only ${seconds(elapsedMs)} passed between issuing the drill and receiving it.`,
    );
  }
  if (
    input.previousSubmissionAt !== undefined &&
    claimedMs > input.submittedAt - input.previousSubmissionAt + thresholds.clockSlackMs
  ) {
    flag(
      "overlaps_previous_submission",
      `The key log spans ${seconds(claimedMs)}, but the previous drill was submitted ${seconds(input.submittedAt - input.previousSubmissionAt)} before this one.`,
    );
  }
  if (input.startedAt < input.serverIssuedAt || input.startedAt > input.submittedAt) {
    flag(
      "clock_order",
      "The attempt's start lies outside the time between issuing the drill and receiving it.",
    );
  }

  if (input.mode === "typing") {
    // Typing drills only append at the end, so the log must rebuild the text exactly.
    if (replayKeyEvents(events, replay).normalize("NFC") !== input.finalText.normalize("NFC")) {
      flag(
        "text_without_keystrokes",
        "The submitted text is not what the key presses type: it was pasted or edited.",
      );
    }
  } else {
    // Transcripts are edited anywhere, so only count: every character needs a key press.
    const typedCharacters = characterPresses.length;
    const visible = codePointLength(input.finalText.replace(/[ \t]+/gu, " ").trim());
    if (visible > typedCharacters) {
      flag(
        "text_without_keystrokes",
        `The transcript has ${visible} characters but only ${typedCharacters} were typed: text was pasted.`,
      );
    }
  }
  return { flags, excludeFromBests: flags.length > 0 };
}

/** The smallest median interval over every run of `runKeys` consecutive key presses. */
function fastestRunMedian(presses: readonly KeyEvent[], runKeys: number): number | null {
  if (presses.length < runKeys) return null;
  const gaps = runKeys - 1;
  let fastest = Number.POSITIVE_INFINITY;
  for (let start = 0; start + runKeys <= presses.length; start++) {
    const window: number[] = [];
    for (let k = start + 1; k < start + runKeys; k++) {
      window.push(presses[k]!.t - presses[k - 1]!.t);
    }
    window.sort((x, y) => x - y);
    const median =
      gaps % 2 === 1 ? window[gaps >> 1]! : (window[gaps / 2 - 1]! + window[gaps / 2]!) / 2;
    if (median < fastest) fastest = median;
  }
  return fastest;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
