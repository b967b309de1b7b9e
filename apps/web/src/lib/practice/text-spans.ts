import type { CodePointSpan } from "@rubric/core";

export interface OverlaySegment<T> {
  text: string;
  start: number;
  end: number;
  /** What covers this stretch of text, one entry per layer in the order given; null where none. */
  cover: (T | null)[];
}

/**
 * Splits a text (in code points) at every span boundary of every layer, so each piece is
 * covered uniformly and can be drawn with one style: the expert's errors under the worker's
 * marks, which may overlap them in any way.
 */
export function overlaySpans<T>(
  text: string,
  layers: readonly (readonly (CodePointSpan & { tag: T })[])[],
): OverlaySegment<T>[] {
  const chars = Array.from(text);
  const clamp = (offset: number) => Math.max(0, Math.min(chars.length, offset));
  const cuts = new Set<number>([0, chars.length]);
  for (const layer of layers) {
    for (const span of layer) {
      cuts.add(clamp(span.start));
      cuts.add(clamp(span.end));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((start, index) => {
    const end = points[index + 1] as number;
    return {
      text: chars.slice(start, end).join(""),
      start,
      end,
      cover: layers.map(
        (layer) => layer.find((span) => span.start <= start && span.end >= end)?.tag ?? null,
      ),
    };
  });
}
