/**
 * Cuts a text into runs for highlighting: plain runs between spans, the spans themselves,
 * and zero-width spans (something the typist added that the text does not have) as points.
 * Offsets are code points.
 */

export interface Span {
  start: number;
  end: number;
}

export type Segment<T extends Span> = { text: string; span: T | null };

/**
 * Segments of `text` in reading order. Spans are taken in start order; a span that
 * overlaps one already placed is shortened to what is left of it, so every character
 * appears exactly once.
 */
export function segmentText<T extends Span>(text: string, spans: readonly T[]): Segment<T>[] {
  const cps = Array.from(text);
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Segment<T>[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.min(Math.max(span.start, at), cps.length);
    const end = Math.min(Math.max(span.end, start), cps.length);
    if (start > at) out.push({ text: cps.slice(at, start).join(""), span: null });
    if (end > start || span.start === span.end)
      out.push({ text: cps.slice(start, end).join(""), span });
    at = end;
  }
  if (at < cps.length) out.push({ text: cps.slice(at).join(""), span: null });
  return out;
}
