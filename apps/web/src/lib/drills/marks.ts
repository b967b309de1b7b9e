import type { Mark } from "./api.ts";

/**
 * Proofreading marks: spans of the displayed text in code points, the unit the server's
 * seeded errors use. The browser reports selections in UTF-16 units, so every selection
 * goes through {@link codePointOffset} before it becomes a mark.
 */

/** The code-point offset of UTF-16 offset `unit` in `text`. */
export function codePointOffset(text: string, unit: number): number {
  let cps = 0;
  for (let i = 0; i < unit && i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The low half of a surrogate pair is part of the code point its high half began.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const high = text.charCodeAt(i - 1);
      if (high >= 0xd800 && high <= 0xdbff) continue;
    }
    cps++;
  }
  return cps;
}

/** The UTF-16 offset of code-point offset `cp` in `text`. */
export function unitOffset(text: string, cp: number): number {
  let unit = 0;
  for (let n = 0; n < cp && unit < text.length; n++) {
    const code = text.charCodeAt(unit);
    unit += code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length ? 2 : 1;
  }
  return unit;
}

const WHITESPACE = /\s/u;

/**
 * The mark for a selection of UTF-16 offsets [anchor, focus) in either order, with
 * whitespace trimmed from both ends (a double-click selects the space after a word), or
 * null when nothing but whitespace was selected.
 */
export function markFromSelection(text: string, anchor: number, focus: number): Mark | null {
  const cps = Array.from(text);
  let start = codePointOffset(text, Math.min(anchor, focus));
  let end = codePointOffset(text, Math.max(anchor, focus));
  while (start < end && WHITESPACE.test(cps[start]!)) start++;
  while (end > start && WHITESPACE.test(cps[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** True when two spans share at least one code point. */
export function overlaps(a: Mark, b: Mark): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Adds a mark in reading order. A new mark replaces the marks it overlaps: re-marking a
 * span is how a proofreader widens or narrows an earlier mark.
 */
export function addMark(marks: readonly Mark[], mark: Mark): Mark[] {
  return [...marks.filter((m) => !overlaps(m, mark)), mark].sort((a, b) => a.start - b.start);
}

export function removeMark(marks: readonly Mark[], mark: Mark): Mark[] {
  return marks.filter((m) => m.start !== mark.start || m.end !== mark.end);
}
