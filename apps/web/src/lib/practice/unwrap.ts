/** A line that starts a Markdown block of its own and so never continues the line above. */
const BLOCK_START = /^ {0,3}(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>|\||`{3,}|~{3,})/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Markdown with hard-wrapped paragraph lines joined. A renderer already reads such a line
 * break as a space, so the text means the same; but in an editor narrower than the wrap
 * width the breaks show as ragged half-lines, which makes a rewrite needlessly hard to edit.
 * Blank lines, list items, headings, quotes, tables, code blocks and explicit line breaks
 * (two trailing spaces or a backslash) are kept.
 */
export function unwrapParagraphs(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  let joinable = false;
  for (const line of markdown.split("\n")) {
    const opening = FENCE.exec(line)?.[1];
    if (fence !== null) {
      out.push(line);
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = null;
      joinable = false;
      continue;
    }
    if (opening) {
      fence = opening;
      out.push(line);
      joinable = false;
      continue;
    }
    const blank = line.trim() === "";
    if (joinable && !blank && !BLOCK_START.test(line)) {
      out[out.length - 1] = `${out[out.length - 1]} ${line.trim()}`;
    } else {
      out.push(line);
    }
    const last = out[out.length - 1] ?? "";
    joinable = !blank && !/^ {0,3}(?:#|\|)/.test(last) && !/(?: {2}|\\)$/.test(last);
  }
  return out.join("\n");
}
