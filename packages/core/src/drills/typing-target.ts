import { PLAUSIBILITY_THRESHOLDS } from "./plausibility.ts";
import { MAX_DRILL_WORDS } from "./weak-spots.ts";

export interface TypingPassageRef {
  id: string;
  text: string;
}

export interface TypingTarget {
  text: string;
  passageIds: string[];
}

/**
 * Characters a timed drill must hold per second so nobody runs out of text: the speed
 * above which a result is flagged anyway.
 */
export const TIMED_CHARS_PER_SECOND = (PLAUSIBILITY_THRESHOLDS.maxWpm * 5) / 60;

/** Words a weak-spot drill without a time limit has: about a passage's worth. */
export const UNTIMED_WEAK_SPOT_WORDS = 60;

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Passages of one set, in random order, joined with spaces until even the fastest
 * plausible typist cannot finish them within `durationSec`. A passage repeats only once
 * the whole set has been used.
 */
export function timedTypingTarget(
  passages: readonly TypingPassageRef[],
  durationSec: number,
  random: () => number,
): TypingTarget {
  if (passages.length === 0) throw new Error("A timed drill needs at least one passage.");
  const needed = Math.ceil(durationSec * TIMED_CHARS_PER_SECOND);
  const chosen: TypingPassageRef[] = [];
  let length = 0;
  do {
    for (const passage of shuffled(passages, random)) {
      chosen.push(passage);
      length += Array.from(passage.text).length + 1;
      if (length >= needed) break;
    }
  } while (length < needed);
  return { text: chosen.map((p) => p.text).join(" "), passageIds: chosen.map((p) => p.id) };
}

/** One passage of the set, drawn at random. */
export function passageTypingTarget(
  passages: readonly TypingPassageRef[],
  random: () => number,
): TypingTarget {
  const passage = passages[Math.floor(random() * passages.length)];
  if (passage === undefined) throw new Error("A passage drill needs at least one passage.");
  return { text: passage.text, passageIds: [passage.id] };
}

/** Words a weak-spot drill needs: enough for the time limit at the fastest plausible pace. */
export function weakSpotWordCount(durationSec: number | undefined): number {
  if (durationSec === undefined) return UNTIMED_WEAK_SPOT_WORDS;
  // A word of practice text averages about five characters and a space.
  return Math.min(MAX_DRILL_WORDS, Math.ceil((durationSec * TIMED_CHARS_PER_SECOND) / 6));
}

/**
 * The vocabulary weak-spot drills draw from: the distinct words of the passages, lower
 * case, without surrounding punctuation. Words with digits are left out; numbers are
 * generated when digits are a weak spot.
 */
export function practiceWordBank(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const raw of text.normalize("NFC").split(/\s+/u)) {
      const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "").toLowerCase();
      if (word !== "" && /^[\p{L}\p{M}'’-]+$/u.test(word)) words.add(word);
    }
  }
  return [...words].sort();
}
