import type { Mark } from "./api.ts";
import { codePointOffset, markFromSelection, overlaps } from "./marks.ts";

/**
 * The UTF-16 offsets of a DOM range's ends within `container`'s text, or null when the
 * range is not inside it. The container must show the text and nothing else, so its
 * text content and the text the offsets index are the same string.
 */
export function rangeOffsets(container: Node, range: Range): [number, number] | null {
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return null;
  const before = container.ownerDocument!.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  before.setEnd(range.endContainer, range.endOffset);
  return [start, before.toString().length];
}

/** The mark the current selection in `container` stands for, in code points of `text`. */
export function markFromDomSelection(
  container: Node,
  text: string,
  selection: Selection | null,
): Mark | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const offsets = rangeOffsets(container, selection.getRangeAt(0));
  return offsets ? markFromSelection(text, offsets[0], offsets[1]) : null;
}

/**
 * The mark the caret or selection in `container` touches, if any: what Backspace or Delete
 * takes away in a text whose spans are being marked.
 */
export function markAtDomSelection(
  container: Node,
  text: string,
  marks: readonly Mark[],
  selection: Selection | null,
): Mark | null {
  if (!selection || selection.rangeCount === 0) return null;
  const offsets = rangeOffsets(container, selection.getRangeAt(0));
  if (!offsets) return null;
  const start = codePointOffset(text, offsets[0]);
  const end = Math.max(codePointOffset(text, offsets[1]), start + 1);
  return marks.find((mark) => overlaps(mark, { start, end })) ?? null;
}
