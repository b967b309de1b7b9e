import { describe, expect, it } from "vitest";
import { renderMarkdown, sectionTexts } from "./markdown.ts";
import { searchGuidelines } from "./search.ts";

describe("renderMarkdown", () => {
  it("gives each ## section its slug as id, and other headings a free slug only", () => {
    const html = renderMarkdown(
      "# Red teaming\n\n### Severity scale\n\n## Severity scale\n\n### Close calls\n\n## Style vs. bugs\n",
    );
    expect(html).toContain('<h1 id="red-teaming">Red teaming</h1>');
    expect(html).toContain("<h3>Severity scale</h3>");
    expect(html).toContain('<h2 id="severity-scale">Severity scale</h2>');
    expect(html).toContain('<h3 id="close-calls">Close calls</h3>');
    expect(html).toContain('<h2 id="style-vs-bugs">Style vs. bugs</h2>');
  });

  it("keeps tables, emphasis and code, and removes scripts, handlers and script links", () => {
    const html = renderMarkdown(
      [
        "| a | b |",
        "|:--|--:|",
        "| **x** | `y` |",
        "",
        '<script>alert(1)</script><img src=x onerror="alert(2)">',
        "",
        "[bad](javascript:alert(3)) [good](https://example.org)",
      ].join("\n"),
    );
    expect(html).toContain("<table>");
    expect(html).toContain('<td align="left"><strong>x</strong></td>');
    expect(html).toContain("<code>y</code>");
    expect(html).toContain('<a href="https://example.org">good</a>');
    expect(html).not.toMatch(/script|onerror|<img|javascript:/i);
  });
});

describe("sectionTexts and searchGuidelines", () => {
  const markdown = [
    "Intro text mentions verdicts too.",
    "",
    "## Verdicts",
    "",
    "A **policy violation** is a reply that *helps* with harm.",
    "",
    "- Over-refusal: declining the harmless",
    "",
    "## Close calls",
    "",
    "| case | verdict |",
    "|---|---|",
    "| dosing question | compliant |",
  ].join("\n");

  it("reads each section as plain text, starting with its heading", () => {
    expect(sectionTexts(markdown)).toEqual([
      {
        slug: "verdicts",
        title: "Verdicts",
        text: "Verdicts A policy violation is a reply that helps with harm. Over-refusal: declining the harmless",
      },
      {
        slug: "close-calls",
        title: "Close calls",
        text: "Close calls case verdict dosing question compliant",
      },
    ]);
  });

  it("matches case-insensitively across Markdown markers, outside the introduction", () => {
    const hits = searchGuidelines([{ category: "red_teaming", markdown }], "POLICY VIOLATION", 20);
    expect(hits).toEqual([
      {
        category: "red_teaming",
        slug: "verdicts",
        sectionTitle: "Verdicts",
        snippet:
          "Verdicts A policy violation is a reply that helps with harm. Over-refusal: declining the harmless",
      },
    ]);
    expect(searchGuidelines([{ category: "red_teaming", markdown }], "verdict", 1)).toHaveLength(1);
  });

  it("cuts a snippet to 200 characters around the match, marking what was left out", () => {
    const long = `## Long\n\n${"word ".repeat(100)}needle ${"after ".repeat(100)}`;
    const [hit] = searchGuidelines([{ category: "rewriting", markdown: long }], "needle", 20);
    expect(Array.from(hit?.snippet ?? "").length).toBeLessThanOrEqual(200);
    expect(hit?.snippet).toMatch(/^….*needle.*…$/);
  });
});
