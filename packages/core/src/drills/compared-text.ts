import {
  CharClass,
  charClass,
  codePoints,
  isUnicodePunctuation,
  isWhitespace,
} from "./characters.ts";
import { tagRanges } from "./house-style.ts";

/**
 * How strictly typed text is compared with its reference.
 *
 * - `strict`: every character counts, case, punctuation and each whitespace character
 *   included. Both texts are first put in Unicode normal form C, because "é" typed as one
 *   code point or as "e" plus a combining accent is the same text on screen.
 * - `lenient`: lower-cased, punctuation (\p{P}) removed, runs of whitespace collapsed to
 *   one space and the ends trimmed, then compared as above.
 */
export type TranscriptionProfile = "strict" | "lenient";

/** A text as it is compared, with a map back to the code points it came from. */
export interface ComparedText {
  /** The code points compared. */
  cps: Int32Array;
  /**
   * For compared code point x, the original code points `[from[x], to[x])` it came from;
   * null when the compared text is the original, code point for code point.
   */
  from: Int32Array | null;
  to: Int32Array | null;
  /** 1 where a compared code point belongs to a tag such as [inaudible]; null if none. */
  tag: Uint8Array | null;
}

const SPACE = 0x20;

export function compareForm(text: string, profile: TranscriptionProfile): ComparedText {
  const tags = tagRanges(text);
  if (profile === "strict" && isNfc(text)) {
    const cps = codePoints(text);
    return {
      cps,
      from: null,
      to: null,
      tag: tagMask(tags, cps.length),
    };
  }
  return rebuild(codePoints(text), tags, profile === "lenient");
}

function isNfc(text: string): boolean {
  // Every character below U+0300 (where combining marks begin) is already in form C.
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x300) return text.normalize("NFC") === text;
  }
  return true;
}

function tagMask(tags: ReadonlyArray<[number, number]>, length: number): Uint8Array | null {
  if (tags.length === 0) return null;
  const mask = new Uint8Array(length);
  for (const [start, end] of tags) mask.fill(1, start, end);
  return mask;
}

/**
 * Normalises cluster by cluster (a base character and the combining marks after it), so
 * every compared code point can name the original characters it stands for.
 */
function rebuild(
  source: Int32Array,
  tags: ReadonlyArray<[number, number]>,
  lenient: boolean,
): ComparedText {
  const sourceTag = tagMask(tags, source.length);
  const capacity = source.length * 3 + 4;
  let cps = new Int32Array(capacity);
  let from = new Int32Array(capacity);
  let to = new Int32Array(capacity);
  const tag = sourceTag ? new Uint8Array(capacity) : null;
  let n = 0;

  const push = (cp: number, start: number, end: number) => {
    if (n === cps.length) {
      cps = grow(cps);
      from = grow(from);
      to = grow(to);
    }
    cps[n] = cp;
    from[n] = start;
    to[n] = end;
    if (tag && sourceTag) tag[n] = sourceTag[start]!;
    n++;
  };

  let i = 0;
  while (i < source.length) {
    let j = i + 1;
    while (j < source.length && charClass(source[j]!) === CharClass.Mark) j++;
    const first = source[i]!;
    let piece: Int32Array | null = null;
    let single = first;
    if (j - i === 1 && first < 0x80) {
      if (lenient && first >= 0x41 && first <= 0x5a) single = first + 0x20;
    } else {
      let text = String.fromCodePoint(...source.subarray(i, j)).normalize("NFC");
      if (lenient) text = text.toLowerCase();
      piece = codePoints(text);
    }
    const count = piece ? piece.length : 1;
    for (let p = 0; p < count; p++) {
      const cp = piece ? piece[p]! : single;
      if (!lenient) {
        push(cp, i, j);
      } else if (isWhitespace(cp)) {
        // Collapse: one space between words, none at the start.
        if (n > 0 && cps[n - 1] !== SPACE) push(SPACE, i, j);
      } else if (!isUnicodePunctuation(cp)) {
        push(cp, i, j);
      }
    }
    i = j;
  }
  if (lenient && n > 0 && cps[n - 1] === SPACE) n--;
  return {
    cps: cps.slice(0, n),
    from: from.slice(0, n),
    to: to.slice(0, n),
    tag: tag ? tag.slice(0, n) : null,
  };
}

function grow<T extends Int32Array>(array: T): T {
  const bigger = new Int32Array(array.length * 2) as T;
  bigger.set(array);
  return bigger;
}

/** Original code-point range for compared range [start, end); an empty range maps to a point. */
export function originalSpan(text: ComparedText, start: number, end: number): [number, number] {
  const { from, to, cps } = text;
  if (from === null || to === null) return [start, end];
  if (end > start) return [from[start]!, to[end - 1]!];
  const at = start < cps.length ? from[start]! : cps.length > 0 ? to[cps.length - 1]! : 0;
  return [at, at];
}

/** Word boundaries of a compared text: maximal runs without whitespace. */
export interface WordSpans {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

export function wordSpans(cps: Int32Array): WordSpans {
  const starts = new Int32Array((cps.length >> 1) + 1);
  const ends = new Int32Array((cps.length >> 1) + 1);
  let count = 0;
  let i = 0;
  while (i < cps.length) {
    while (i < cps.length && isWhitespace(cps[i]!)) i++;
    if (i === cps.length) break;
    const start = i;
    while (i < cps.length && !isWhitespace(cps[i]!)) i++;
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  return { starts, ends, count };
}
