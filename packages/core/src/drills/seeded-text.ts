import { z } from "zod";

/**
 * Seeded-error markup for proofreading drills.
 *
 * A proofreading text is written with its planted errors marked inline as
 * `[[shown||correction||kind]]`: `shown` is what the reader sees (the erroneous text),
 * `correction` what it should say, `kind` the class of error. Parsing strips the markup
 * and records where each error sits in the displayed text.
 */

export const SEEDED_ERROR_KINDS = [
  "spelling",
  "grammar",
  "punctuation",
  "number",
  "factual",
] as const;
export const seededErrorKindSchema = z.enum(SEEDED_ERROR_KINDS);
export type SeededErrorKind = z.infer<typeof seededErrorKindSchema>;

export interface SeededError {
  /** Offset of the first code point of `shown` in the displayed text. */
  start: number;
  /** Offset just past the last code point of `shown` (exclusive). */
  end: number;
  kind: SeededErrorKind;
  /** The right text; may be empty when the fix is a deletion (a doubled word). */
  correction: string;
  /** The erroneous text as displayed; never empty. */
  shown: string;
}

export interface SeededText {
  /** The text as the reader sees it, markup removed. */
  text: string;
  /** The planted errors in order of appearance; offsets are in Unicode code points. */
  errors: SeededError[];
}

/** Raised for malformed markup; `offset` is the code-point offset in the marked source. */
export class SeededTextError extends Error {
  readonly offset: number;
  readonly line: number;
  readonly column: number;

  constructor(message: string, source: readonly string[], offset: number) {
    const { line, column } = lineAndColumn(source, offset);
    super(`${message} (line ${line}, column ${column})`);
    this.name = "SeededTextError";
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
}

const OPEN = "[[";
const CLOSE = "]]";
const SEPARATOR = "||";

function isSeededErrorKind(value: string): value is SeededErrorKind {
  return (SEEDED_ERROR_KINDS as readonly string[]).includes(value);
}

function lineAndColumn(
  source: readonly string[],
  offset: number,
): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source[i] === "\n") {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column };
}

/** True when the two code points at `at` spell `token`. */
function startsWithAt(chars: readonly string[], at: number, token: string): boolean {
  return chars[at] === token[0] && chars[at + 1] === token[1];
}

/**
 * Strips `[[shown||correction||kind]]` markup and returns the displayed text with the
 * position of every error, in code points (so an emoji or an accented letter written
 * as one code point counts once). Throws a {@link SeededTextError} on an unclosed or
 * nested marker, a stray `]]`, a marker without exactly three fields, an empty `shown`,
 * a correction identical to `shown`, or an unknown kind.
 */
export function parseSeededText(marked: string): SeededText {
  const chars = Array.from(marked);
  const out: string[] = [];
  const errors: SeededError[] = [];
  let i = 0;

  while (i < chars.length) {
    if (startsWithAt(chars, i, CLOSE)) {
      throw new SeededTextError(
        "Unexpected ']]' outside a [[shown||correction||kind]] marker",
        chars,
        i,
      );
    }
    if (!startsWithAt(chars, i, OPEN)) {
      out.push(chars[i] as string);
      i++;
      continue;
    }

    const markerStart = i;
    let j = i + OPEN.length;
    let closeAt = -1;
    while (j < chars.length) {
      if (startsWithAt(chars, j, OPEN)) {
        throw new SeededTextError("Nested '[[' inside a seeded-error marker", chars, j);
      }
      if (startsWithAt(chars, j, CLOSE)) {
        closeAt = j;
        break;
      }
      j++;
    }
    if (closeAt < 0) {
      throw new SeededTextError(
        "Unclosed seeded-error marker: '[[' without a matching ']]'",
        chars,
        markerStart,
      );
    }

    const inner = chars.slice(markerStart + OPEN.length, closeAt).join("");
    const fields = inner.split(SEPARATOR);
    if (fields.length !== 3) {
      throw new SeededTextError(
        `A seeded-error marker needs three fields, shown||correction||kind; found ${fields.length}`,
        chars,
        markerStart,
      );
    }
    const [shown, correction, rawKind] = fields as [string, string, string];
    const kind = rawKind.trim();
    if (shown.length === 0) {
      throw new SeededTextError("Empty 'shown' text in a seeded-error marker", chars, markerStart);
    }
    if (!isSeededErrorKind(kind)) {
      throw new SeededTextError(
        `Unknown seeded-error kind '${kind}' (expected one of ${SEEDED_ERROR_KINDS.join(", ")})`,
        chars,
        markerStart,
      );
    }
    if (correction === shown) {
      throw new SeededTextError(
        `Seeded-error correction is identical to the shown text '${shown}'`,
        chars,
        markerStart,
      );
    }

    const start = out.length;
    const shownChars = Array.from(shown);
    out.push(...shownChars);
    errors.push({ start, end: start + shownChars.length, kind, correction, shown });
    i = closeAt + CLOSE.length;
  }

  return { text: out.join(""), errors };
}

/** The displayed text with every seeded error replaced by its correction. */
export function correctedText(seeded: SeededText): string {
  const chars = Array.from(seeded.text);
  let result = "";
  let at = 0;
  for (const error of seeded.errors) {
    result += chars.slice(at, error.start).join("") + error.correction;
    at = error.end;
  }
  return result + chars.slice(at).join("");
}
