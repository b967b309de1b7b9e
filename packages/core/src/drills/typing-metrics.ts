import { alignSequences, OP_DELETE, OP_MATCH } from "./alignment.ts";
import { codePoints, fromCodePoints } from "./characters.ts";
import { DrillInputError } from "./input-errors.ts";
import { type KeyEvent, keyAction, validateKeyEvents, wordDeletionLength } from "./key-events.ts";
import { scoreTranscription, type TranscriptionScore } from "./transcription.ts";

/** How one target character fared. */
export interface KeyStats {
  /** Times it was typed right when it was due. */
  hits: number;
  /** Times another character was typed when it was due. */
  misses: number;
  /** Mean milliseconds from the previous key press to a hit; null without a timed hit. */
  meanTimeMs: number | null;
  /** What was typed instead, and how often. */
  confusions: Record<string, number>;
}

/**
 * Error rates after Soukoreff & MacKenzie (2003), over C + INF + IF:
 * C, characters of the target typed correctly in the final text; INF, errors left in it
 * (the edit distance to the target); IF, wrong characters typed and then erased.
 */
export interface ErrorRates {
  correct: number;
  incorrectNotFixed: number;
  incorrectFixed: number;
  /** INF / (C + INF + IF). */
  uncorrected: number;
  /** IF / (C + INF + IF). */
  corrected: number;
  /** (INF + IF) / (C + INF + IF). */
  total: number;
}

export interface TypingMetrics {
  /** The text the key presses produced. */
  finalText: string;
  /** From the first character typed to the last key press that changed the text. */
  durationMs: number;
  /** Characters of correctly typed words, with the space after each, / 5 per minute. */
  netWpm: number;
  /** Every character key pressed, erased ones included, / 5 per minute. */
  rawWpm: number;
  /** Correct character key presses / all character key presses (0–1). */
  accuracy: number;
  keystrokes: {
    characters: number;
    correct: number;
    backspaces: number;
    /** Characters removed by Backspace. */
    erased: number;
    /** Of those, characters that were wrong when typed. */
    erasedIncorrect: number;
  };
  errorRates: ErrorRates;
  /** 0–100; 100 is an even pace second after second. */
  consistency: number;
  /** Per target character. */
  perKey: Record<string, KeyStats>;
  /** The final text scored against the target (strict profile). */
  transcription: TranscriptionScore;
}

/**
 * Measures a typing drill from its key log.
 *
 * The final text is the log replayed: a character key appends its character, Backspace
 * removes the last code point, and ctrl+Backspace (or alt+Backspace) removes the last
 * word with the whitespace after it. Enter types a line break when the target has line
 * breaks; other named keys are ignored.
 *
 * A key press is correct when it types the target character at the cursor, the one the
 * typist sees highlighted; per-key statistics use the same rule.
 */
export function computeTypingMetrics(target: string, events: readonly KeyEvent[]): TypingMetrics {
  const log = validateKeyEvents(events);
  const goal = codePoints(target.normalize("NFC"));
  if (goal.length === 0) {
    throw new DrillInputError("empty_target", "target", "The target text is empty.");
  }

  // Enter types a line break only where the passage has lines to break.
  const replay = { enterTypesNewline: target.includes("\n") };
  const typed: number[] = [];
  // Whether each character now in the text was right when it was typed.
  const typedRight: boolean[] = [];
  const perKey = new Map<
    number,
    {
      hits: number;
      misses: number;
      timeSum: number;
      timed: number;
      confusions: Map<number, number>;
    }
  >();
  let characters = 0;
  let correct = 0;
  let backspaces = 0;
  let erased = 0;
  let erasedIncorrect = 0;
  let firstCharacterAt = -1;
  let lastChangeAt = -1;
  let previousPressAt = -1;
  const characterTimes: number[] = [];

  for (const event of log) {
    const action = keyAction(event, replay);
    if (action.kind === "ignored") continue;
    if (action.kind === "backspace") {
      backspaces++;
      const count = action.word ? wordDeletionLength(typed) : Math.min(1, typed.length);
      for (let r = 0; r < count; r++) {
        typed.pop();
        if (typedRight.pop() === false) erasedIncorrect++;
        erased++;
      }
      if (firstCharacterAt >= 0) lastChangeAt = event.t;
      previousPressAt = event.t;
      continue;
    }
    const position = typed.length;
    const expected = goal[position];
    const right = expected === action.codePoint;
    characters++;
    if (right) correct++;
    if (firstCharacterAt < 0) firstCharacterAt = event.t;
    lastChangeAt = event.t;
    characterTimes.push(event.t);
    if (expected !== undefined) {
      let stats = perKey.get(expected);
      if (stats === undefined) {
        stats = { hits: 0, misses: 0, timeSum: 0, timed: 0, confusions: new Map() };
        perKey.set(expected, stats);
      }
      if (right) {
        stats.hits++;
        if (previousPressAt >= 0) {
          stats.timeSum += event.t - previousPressAt;
          stats.timed++;
        }
      } else {
        stats.misses++;
        stats.confusions.set(action.codePoint, (stats.confusions.get(action.codePoint) ?? 0) + 1);
      }
    }
    typed.push(action.codePoint);
    typedRight.push(right);
    previousPressAt = event.t;
  }

  const finalText = fromCodePoints(typed);
  const transcription = scoreTranscription(target, finalText);
  const durationMs = firstCharacterAt < 0 ? 0 : lastChangeAt - firstCharacterAt;
  const minutes = durationMs / 60_000;

  const { substitutions, insertions, deletions } = transcription.charEdits;
  const c = transcription.referenceLength - substitutions - deletions;
  const inf = substitutions + insertions + deletions;
  const fixed = erasedIncorrect;
  const all = c + inf + fixed;

  return {
    finalText,
    durationMs,
    netWpm: minutes > 0 ? correctWordCharacters(target, finalText) / 5 / minutes : 0,
    rawWpm: minutes > 0 ? characters / 5 / minutes : 0,
    accuracy: characters > 0 ? correct / characters : 0,
    keystrokes: { characters, correct, backspaces, erased, erasedIncorrect },
    errorRates: {
      correct: c,
      incorrectNotFixed: inf,
      incorrectFixed: fixed,
      uncorrected: all > 0 ? inf / all : 0,
      corrected: all > 0 ? fixed / all : 0,
      total: all > 0 ? (inf + fixed) / all : 0,
    },
    consistency: consistency(characterTimes),
    perKey: Object.fromEntries(
      [...perKey.entries()].map(([cp, stats]) => [
        String.fromCodePoint(cp),
        {
          hits: stats.hits,
          misses: stats.misses,
          meanTimeMs: stats.timed > 0 ? stats.timeSum / stats.timed : null,
          confusions: Object.fromEntries(
            [...stats.confusions].map(([k, n]) => [String.fromCodePoint(k), n]),
          ),
        },
      ]),
    ),
    transcription,
  };
}

/**
 * Characters of the words typed correctly, each with the space typed after it, as
 * monkeytype counts them for net WPM. Words are matched by a minimal word alignment
 * rather than by position, so one skipped word does not void every word after it.
 */
export function correctWordCharacters(target: string, typed: string): number {
  const targetWords = target.normalize("NFC").trim().split(/\s+/u).filter(Boolean);
  const typedWords = typed.normalize("NFC").trim().split(/\s+/u).filter(Boolean);
  if (targetWords.length === 0 || typedWords.length === 0) return 0;
  const ids = new Map<string, number>();
  const toIds = (words: string[]) =>
    Int32Array.from(words, (word) => {
      let id = ids.get(word);
      if (id === undefined) {
        id = ids.size;
        ids.set(word, id);
      }
      return id;
    });
  const { ops } = alignSequences(toIds(targetWords), toIds(typedWords));
  const endsWithSpace = /\s$/u.test(typed);
  let count = 0;
  let v = 0;
  for (const op of ops) {
    if (op === OP_DELETE) continue;
    if (op === OP_MATCH) {
      const followedBySpace = v < typedWords.length - 1 || endsWithSpace;
      count += Array.from(typedWords[v]!).length + (followedBySpace ? 1 : 0);
    }
    v++;
  }
  return count;
}

/**
 * monkeytype's consistency: 100 · (1 − tanh(c + c³/3 + c⁵/5)) of the coefficient of
 * variation c of the characters typed in each whole second from the first character (the
 * last, partial second is left out, as it would read as a slowdown).
 */
export function consistency(characterTimes: readonly number[]): number {
  if (characterTimes.length === 0) return 0;
  const start = characterTimes[0]!;
  const seconds = Math.floor((characterTimes[characterTimes.length - 1]! - start) / 1000);
  if (seconds < 2) return 100;
  const counts = new Array<number>(seconds).fill(0);
  for (const t of characterTimes) {
    const second = Math.floor((t - start) / 1000);
    if (second < seconds) counts[second]!++;
  }
  const mean = counts.reduce((sum, n) => sum + n, 0) / seconds;
  if (mean === 0) return 0;
  const variance = counts.reduce((sum, n) => sum + (n - mean) ** 2, 0) / seconds;
  return kogasa(Math.sqrt(variance) / mean);
}

/** monkeytype's mapping of a coefficient of variation to 0–100. */
export function kogasa(cov: number): number {
  return 100 * (1 - Math.tanh(cov + cov ** 3 / 3 + cov ** 5 / 5));
}
