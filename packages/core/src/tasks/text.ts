/** Text helpers shared by schemas and scoring. Offsets and lengths are in code points. */

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Counts words the way a reader would: runs of letters and digits, with inner apostrophes and
 * hyphens kept inside one word ("don't", "off-by-one"). Markdown markers and punctuation are
 * not words, so a bulleted answer is not longer than the same answer as prose.
 */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}

/** Converts a UTF-16 index into a code-point offset. */
export function codePointOffset(text: string, utf16Index: number): number {
  return codePointLength(text.slice(0, utf16Index));
}

/** The code points of text from start (inclusive) to end (exclusive), by code-point offsets. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
