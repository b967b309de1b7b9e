import { codePointLength, codePointOffset } from "./text.ts";

/** A half-open range of code points, [start, end). */
export interface CodePointSpan {
  start: number;
  end: number;
}

/**
 * Finds each quote in the response and returns its code-point span. A quote must occur exactly
 * once: an absent quote means the item's text and gold drifted apart, and an ambiguous one
 * would let a worker's mark match the wrong occurrence.
 */
export function locateQuotes(
  response: string,
  errors: readonly { quote: string }[],
): CodePointSpan[] {
  return errors.map(({ quote }, index) => {
    if (quote.length === 0) throw new Error(`error ${index + 1}: the quote is empty`);
    const at = response.indexOf(quote);
    if (at < 0) throw new Error(`error ${index + 1}: quote not found in the response: "${quote}"`);
    if (response.indexOf(quote, at + 1) >= 0) {
      throw new Error(
        `error ${index + 1}: quote occurs more than once in the response: "${quote}"`,
      );
    }
    const start = codePointOffset(response, at);
    return { start, end: start + codePointLength(quote) };
  });
}

/** Whether two spans share at least one code point. */
export function spansOverlap(a: CodePointSpan, b: CodePointSpan): boolean {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}
