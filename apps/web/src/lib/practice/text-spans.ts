import { type CodePointSpan, codePointLength, spansOverlap } from "@rubric/core";

/**
 * Spans a worker marks in a response, in code points from the start of the response, as the
 * API scores them. The DOM counts in UTF-16 units, so every conversion goes through here.
 */

/** Text nodes under a container, in document order. */
function textNodes(container: Node): Text[] {
  const nodes: Text[] = [];
  const walker = container.ownerDocument?.createTreeWalker(container, 4 /* SHOW_TEXT */);
  if (!walker) return nodes;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * The code-point offset, within the container's text, of a DOM boundary point (a node and an
 * offset as a Range or Selection reports it). Null when the point lies outside the container.
 */
export function offsetOfPoint(container: Node, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  let total = 0;
  if (node.nodeType === 3) {
    for (const text of textNodes(container)) {
      if (text === node) return total + codePointLength((text.data ?? "").slice(0, offset));
      total += codePointLength(text.data);
    }
    return null;
  }
  // An element boundary: everything in the children before `offset` precedes the point.
  const before = Array.from(node.childNodes).slice(0, offset);
  for (const text of textNodes(container)) {
    if (node.contains(text) && !before.some((child) => child.contains(text))) break;
    total += codePointLength(text.data);
  }
  return total;
}

/** The span a Range covers inside the container, clipped to it; null when it selects nothing. */
export function spanOfRange(container: Node, range: Range): CodePointSpan | null {
  const text = container.textContent ?? "";
  const length = codePointLength(text);
  const startInside = container.contains(range.startContainer);
  const endInside = container.contains(range.endContainer);
  if (!startInside && !endInside) return null;
  const start = startInside ? offsetOfPoint(container, range.startContainer, range.startOffset) : 0;
  const end = endInside ? offsetOfPoint(container, range.endContainer, range.endOffset) : length;
  if (start === null || end === null) return null;
  return trimSpan(text, { start: Math.min(start, end), end: Math.max(start, end) });
}

/**
 * Drops whitespace at either edge: a double-click selects a word with its trailing space, and
 * a mark should cover what the worker meant, not the gap after it.
 */
export function trimSpan(text: string, span: CodePointSpan): CodePointSpan | null {
  const chars = Array.from(text);
  let { start, end } = span;
  while (start < end && /\s/u.test(chars[start] ?? "")) start += 1;
  while (end > start && /\s/u.test(chars[end - 1] ?? "")) end -= 1;
  return end > start ? { start, end } : null;
}

/** The DOM point at a code-point offset, for placing a selection programmatically. */
export function pointAtOffset(container: Node, offset: number): { node: Node; offset: number } {
  let remaining = offset;
  const nodes = textNodes(container);
  for (const text of nodes) {
    const chars = Array.from(text.data);
    if (remaining <= chars.length) {
      return { node: text, offset: chars.slice(0, remaining).join("").length };
    }
    remaining -= chars.length;
  }
  const last = nodes.at(-1);
  return last ? { node: last, offset: last.data.length } : { node: container, offset: 0 };
}

/**
 * Adds a mark, merging it with any it overlaps: two marks over the same words are one finding,
 * and the API would count the second as a false positive.
 */
export function addSpan(spans: readonly CodePointSpan[], span: CodePointSpan): CodePointSpan[] {
  let merged = { ...span };
  const rest: CodePointSpan[] = [];
  for (const existing of spans) {
    if (spansOverlap(existing, merged)) {
      merged = {
        start: Math.min(existing.start, merged.start),
        end: Math.max(existing.end, merged.end),
      };
    } else rest.push(existing);
  }
  return [...rest, merged].sort((a, b) => a.start - b.start);
}

/** Words of a text as code-point spans, for moving a keyboard selection word by word. */
export function wordSpans(text: string): CodePointSpan[] {
  const spans: CodePointSpan[] = [];
  let index = 0;
  let start = -1;
  for (const char of text) {
    const inWord = !/\s/u.test(char);
    if (inWord && start < 0) start = index;
    if (!inWord && start >= 0) {
      spans.push({ start, end: index });
      start = -1;
    }
    index += 1;
  }
  if (start >= 0) spans.push({ start, end: index });
  return spans;
}

export interface Segment<T> {
  text: string;
  start: number;
  end: number;
  /** What covers this stretch of text, in the order the layers were given; null where none. */
  cover: (T | null)[];
}

/**
 * Splits a text at every span boundary of every layer, so each piece is covered uniformly and
 * can be drawn with one style (a worker's marks over the expert's, for instance).
 */
export function segmentText<T>(
  text: string,
  layers: readonly (readonly (CodePointSpan & { tag: T })[])[],
): Segment<T>[] {
  const chars = Array.from(text);
  const cuts = new Set<number>([0, chars.length]);
  for (const layer of layers) {
    for (const span of layer) {
      cuts.add(Math.max(0, Math.min(chars.length, span.start)));
      cuts.add(Math.max(0, Math.min(chars.length, span.end)));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    segments.push({
      text: chars.slice(start, end).join(""),
      start,
      end,
      cover: layers.map(
        (layer) => layer.find((span) => span.start <= start && span.end >= end)?.tag ?? null,
      ),
    });
  }
  return segments;
}
