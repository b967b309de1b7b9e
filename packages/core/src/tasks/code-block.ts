/** Fenced code blocks in an assistant's answer; bug lines are counted within the block. */

export interface FencedCodeBlock {
  /** The info string after the opening fence, e.g. "python". */
  info: string;
  lines: string[];
  /** False when the text ends before a closing fence. */
  closed: boolean;
}

const OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Every fenced block, in order, following CommonMark's fence rules (``` or ~~~). */
export function fencedCodeBlocks(text: string): FencedCodeBlock[] {
  const blocks: FencedCodeBlock[] = [];
  const lines = text.split(/\r?\n/);
  let index = 0;
  while (index < lines.length) {
    const opening = OPENING.exec(lines[index] ?? "");
    const fence = opening?.[1];
    const info = (opening?.[2] ?? "").trim();
    // A backtick fence's info string may not contain backticks (that is inline code).
    if (!fence || (fence.startsWith("`") && info.includes("`"))) {
      index += 1;
      continue;
    }
    const closing = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    const body: string[] = [];
    index += 1;
    let closed = false;
    while (index < lines.length) {
      const line = lines[index] ?? "";
      index += 1;
      if (closing.test(line)) {
        closed = true;
        break;
      }
      body.push(line);
    }
    blocks.push({ info, lines: body, closed });
  }
  return blocks;
}

/**
 * The lines of the first fenced code block, numbered from 1 by position (line n is
 * `lines[n - 1]`), or null when the answer has no fenced block.
 */
export function codeBlockLines(response: string): string[] | null {
  return fencedCodeBlocks(response)[0]?.lines ?? null;
}
