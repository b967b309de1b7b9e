/** Fenced code blocks in an assistant's answer; bug lines are counted within the block. */

export interface FencedCodeBlock {
  /** The info string after the opening fence, e.g. "python". */
  info: string;
  lines: string[];
  /** False when the text ends before a closing fence. */
  closed: boolean;
  /** Index of the opening fence's line in the text, and of the line after the block. */
  start: number;
  end: number;
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
    const start = index;
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
    blocks.push({ info, lines: body, closed, start, end: index });
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

/**
 * An answer split around its first fenced block: the prose before and after it, so the code
 * can be shown line by line (as bug lines are numbered) between the two.
 */
export function splitAtCodeBlock(response: string): { before: string; after: string } | null {
  const block = fencedCodeBlocks(response)[0];
  if (!block) return null;
  const lines = response.split(/\r?\n/);
  return {
    before: lines.slice(0, block.start).join("\n"),
    after: lines.slice(block.end).join("\n"),
  };
}
