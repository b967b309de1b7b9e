import { GUIDELINE_SECTIONS } from "@rubric/core";
import { describe, expect, it } from "vitest";
import {
  countGuidelineWords,
  GuidelineError,
  guidelineSlug,
  loadGuidelines,
  parseGuideline,
} from "./guidelines.ts";

describe("guidelineSlug", () => {
  it("lowercases a heading and joins its words with hyphens", () => {
    expect(guidelineSlug("Preference strength")).toBe("preference-strength");
    expect(guidelineSlug("Over-refusal")).toBe("over-refusal");
    expect(guidelineSlug("Style vs. bugs")).toBe("style-vs-bugs");
    expect(guidelineSlug("  Anatomy of a good prompt  ")).toBe("anatomy-of-a-good-prompt");
  });
});

describe("parseGuideline", () => {
  const source = [
    "---",
    "category: rewriting",
    "title: Response rewriting",
    "version: 2",
    "---",
    "# Rewriting",
    "",
    "## What to fix",
    "Text.",
    "### A subsection",
    "```markdown",
    "## Not a section",
    "```",
    "## Format and length",
  ].join("\n");

  it("reads front matter and lists ## sections outside code fences", () => {
    const guideline = parseGuideline(source, "guidelines/rewriting.md");
    expect(guideline).toMatchObject({
      category: "rewriting",
      title: "Response rewriting",
      version: 2,
    });
    expect(guideline.sections).toEqual([
      { slug: "what-to-fix", title: "What to fix" },
      { slug: "format-and-length", title: "Format and length" },
    ]);
    expect(guideline.markdown.startsWith("# Rewriting")).toBe(true);
  });

  it("rejects missing front matter and unknown categories, naming the file", () => {
    expect(() => parseGuideline("# No front matter", "guidelines/x.md")).toThrow(GuidelineError);
    expect(() =>
      parseGuideline(source.replace("rewriting\n", "rewritng\n"), "guidelines/x.md"),
    ).toThrow(/guidelines\/x\.md: category/);
  });

  it("rejects two sections with the same slug", () => {
    expect(() => parseGuideline(`${source}\n## What to fix`, "guidelines/rewriting.md")).toThrow(
      /what-to-fix/,
    );
  });
});

describe("guideline files", () => {
  const guidelines = loadGuidelines();

  it("all parse, each named after its category", () => {
    for (const guideline of guidelines) expect(guideline.sections.length).toBeGreaterThan(0);
  });

  it("each has every section the content format lists for its category", () => {
    const missing = guidelines.flatMap((guideline) => {
      const slugs = new Set(guideline.sections.map((section) => section.slug));
      return GUIDELINE_SECTIONS[guideline.category]
        .filter((slug) => !slugs.has(slug))
        .map((slug) => `${guideline.category}#${slug}`);
    });
    expect(missing, missing.join("\n")).toEqual([]);
  });

  it.each([
    "general_evaluation",
    "rewriting",
    "red_teaming",
    "fact_checking",
    "domain_expert",
    "code_evaluation",
    "prompt_creation",
  ])("%s exists and has at least 1,500 words", (category) => {
    const guideline = guidelines.find((candidate) => candidate.category === category);
    expect(guideline, `guidelines/${category}.md is missing`).toBeDefined();
    expect(countGuidelineWords(guideline?.markdown ?? "")).toBeGreaterThanOrEqual(1_500);
  });
});
