import { describe, expect, it } from "vitest";
import { codeBlockLines, fencedCodeBlocks, splitAtCodeBlock } from "./code-block.ts";

describe("codeBlockLines", () => {
  it("returns the lines of the first fenced block, without the fences", () => {
    const response = "Here:\n\n```python\ndef f():\n\n    return 1\n```\n\nAnd:\n```\nx\n```\n";
    expect(codeBlockLines(response)).toEqual(["def f():", "", "    return 1"]);
  });

  it("handles tilde fences, longer fences containing backticks, and CRLF line ends", () => {
    expect(codeBlockLines("~~~go\nfmt.Println(1)\n~~~")).toEqual(["fmt.Println(1)"]);
    expect(codeBlockLines("````md\n```\ninner\n```\n````")).toEqual(["```", "inner", "```"]);
    expect(codeBlockLines("```\r\na\r\nb\r\n```")).toEqual(["a", "b"]);
  });

  it("returns null when there is no fenced block", () => {
    expect(codeBlockLines("just prose with `inline` code")).toBeNull();
  });
});

describe("fencedCodeBlocks", () => {
  it("reports an unclosed block as not closed", () => {
    const [block] = fencedCodeBlocks("```ts\nconst a = 1;\n");
    expect(block).toEqual({
      info: "ts",
      lines: ["const a = 1;", ""],
      closed: false,
      start: 0,
      end: 3,
    });
  });
});

describe("splitAtCodeBlock", () => {
  it("returns the prose around the first block", () => {
    const response = "Here:\n\n```python\nx = 1\n```\n\nDone.\n```\ny\n```";
    expect(splitAtCodeBlock(response)).toEqual({
      before: "Here:\n",
      after: "\nDone.\n```\ny\n```",
    });
    expect(splitAtCodeBlock("no code")).toBeNull();
  });
});
