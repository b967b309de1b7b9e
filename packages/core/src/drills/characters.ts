/**
 * Code points and the character classes drill scoring cares about.
 *
 * Everything in the drills is measured in Unicode code points: an emoji or a letter outside
 * the Basic Multilingual Plane is one character to the person typing it, not two UTF-16 units.
 */

/** The code points of `text`, in order. */
export function codePoints(text: string): Int32Array {
  const out = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out[n++] = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = unit;
  }
  return n === out.length ? out : out.slice(0, n);
}

/** The text spelled by `cps[start..end)`. */
export function fromCodePoints(cps: ArrayLike<number>, start = 0, end = cps.length): string {
  let out = "";
  for (let i = start; i < end; i++) out += String.fromCodePoint(cps[i] as number);
  return out;
}

export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** Character classes; a code point has exactly one. */
export const CharClass = {
  Letter: 0,
  Digit: 1,
  Whitespace: 2,
  /** Punctuation (\p{P}) and symbols (\p{S}): marks a reader sees but does not pronounce. */
  Punctuation: 3,
  /** Combining marks (\p{M}): accents written as a separate code point. */
  Mark: 4,
  Other: 5,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const ASCII_CLASS = new Uint8Array(128);
for (let cp = 0; cp < 128; cp++) ASCII_CLASS[cp] = slowClass(cp);
const classCache = new Map<number, CharClass>();

function slowClass(cp: number): CharClass {
  const ch = String.fromCodePoint(cp);
  if (/\s/u.test(ch)) return CharClass.Whitespace;
  if (/\p{L}/u.test(ch)) return CharClass.Letter;
  if (/\p{N}/u.test(ch)) return CharClass.Digit;
  if (/\p{M}/u.test(ch)) return CharClass.Mark;
  if (/[\p{P}\p{S}]/u.test(ch)) return CharClass.Punctuation;
  return CharClass.Other;
}

export function charClass(cp: number): CharClass {
  if (cp < 128) return ASCII_CLASS[cp] as CharClass;
  let known = classCache.get(cp);
  if (known === undefined) {
    known = slowClass(cp);
    // The cache only ever holds characters someone typed or read; a bound keeps a hostile
    // input from growing it without limit.
    if (classCache.size < 4096) classCache.set(cp, known);
  }
  return known;
}

/** Whitespace as JavaScript's `\s` defines it (spaces, tabs, line breaks, Unicode spaces). */
export function isWhitespace(cp: number): boolean {
  return charClass(cp) === CharClass.Whitespace;
}

/** Punctuation in the Unicode sense (\p{P}); what the lenient profile removes. */
export function isUnicodePunctuation(cp: number): boolean {
  if (cp < 128) return ASCII_PUNCTUATION[cp] === 1;
  return charClass(cp) === CharClass.Punctuation && /\p{P}/u.test(String.fromCodePoint(cp));
}

const ASCII_PUNCTUATION = new Uint8Array(128);
for (let cp = 0; cp < 128; cp++) {
  ASCII_PUNCTUATION[cp] = /\p{P}/u.test(String.fromCharCode(cp)) ? 1 : 0;
}

/** The letter without accents, lower-cased: "É" and "e" share the base "e". */
export function baseLetter(cp: number): string {
  return String.fromCodePoint(cp).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** True when two different characters are the same letter in another case. */
export function differOnlyInCase(a: number, b: number): boolean {
  if (a === b) return false;
  if (a < 128 && b < 128) {
    const lower = a | 0x20;
    return lower === (b | 0x20) && lower >= 0x61 && lower <= 0x7a;
  }
  const x = String.fromCodePoint(a);
  const y = String.fromCodePoint(b);
  return x.toLowerCase() === y.toLowerCase() || x.toUpperCase() === y.toUpperCase();
}

/** True when two different characters share a base letter but differ in their accents. */
export function differOnlyInDiacritic(a: number, b: number): boolean {
  if (a === b || (a < 128 && b < 128)) return false;
  const x = baseLetter(a);
  return x !== "" && x === baseLetter(b) && !differOnlyInCase(a, b);
}
