import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Category, categorySchema } from "@rubric/core";
import { parse as parseYaml } from "yaml";

/** Category guidelines: `guidelines/<category>.md`, Markdown with YAML front matter. */

export const GUIDELINES_DIR = fileURLToPath(new URL("../guidelines/", import.meta.url));

export interface GuidelineSection {
  /** The `##` heading lowercased, other characters as hyphens: "Preference strength" → "preference-strength". */
  slug: string;
  title: string;
}

export interface Guideline {
  category: Category;
  title: string;
  version: number;
  /** The body after the front matter. */
  markdown: string;
  sections: GuidelineSection[];
}

const FRONT_MATTER_KEYS = ["category", "title", "version"];

/** Problems with front matter, which must be exactly `category`, `title` and `version`. */
function frontMatterProblems(data: unknown): string[] {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return ["front matter must be a mapping of category, title and version"];
  }
  const record = data as Record<string, unknown>;
  const problems = Object.keys(record)
    .filter((key) => !FRONT_MATTER_KEYS.includes(key))
    .map((key) => `${key}: not a front matter field (category, title, version)`);
  if (!categorySchema.safeParse(record.category).success) {
    problems.push(`category: must be one of ${categorySchema.options.join(", ")}`);
  }
  if (typeof record.title !== "string" || record.title.trim() === "") {
    problems.push("title: must be a non-empty string");
  }
  if (!Number.isInteger(record.version) || (record.version as number) < 1) {
    problems.push("version: must be a positive integer");
  }
  return problems;
}

/** The anchor a heading gets; guideline references name sections by it. */
export function guidelineSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** `##` headings outside code fences, in order (`#` and `###` are not sections). */
export function guidelineSections(markdown: string): GuidelineSection[] {
  const sections: GuidelineSection[] = [];
  let fence: string | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^ {0,3}## +(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) sections.push({ slug: guidelineSlug(heading[1]), title: heading[1] });
  }
  return sections;
}

/** Sections a link could not tell apart: two headings with the same slug. */
export function sectionProblems(sections: readonly GuidelineSection[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const section of sections) {
    if (seen.has(section.slug)) problems.push(`two sections share the slug "${section.slug}"`);
    seen.add(section.slug);
  }
  return problems;
}

export class GuidelineError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.join("; ")}`);
    this.name = "GuidelineError";
  }
}

/** Parses one guideline file's text; `file` names it in errors. */
export function parseGuideline(source: string, file: string): Guideline {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) throw new GuidelineError(file, ["missing YAML front matter between --- lines"]);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? "");
  } catch (error) {
    throw new GuidelineError(file, [
      `front matter YAML: ${(error as Error).message.split("\n")[0]}`,
    ]);
  }
  const frontProblems = frontMatterProblems(data);
  if (frontProblems.length > 0) throw new GuidelineError(file, frontProblems);
  const front = data as { category: Category; title: string; version: number };
  const markdown = source.slice(match[0].length);
  const sections = guidelineSections(markdown);
  const problems = sectionProblems(sections);
  if (problems.length > 0) throw new GuidelineError(file, problems);
  return {
    category: front.category,
    title: front.title,
    version: front.version,
    markdown,
    sections,
  };
}

/** Every guideline, sorted by file name; a file must be named after its category. */
export function loadGuidelines(dir: string = GUIDELINES_DIR): Guideline[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && !name.startsWith("."))
    .sort()
    .map((name) => {
      const file = `guidelines/${name}`;
      const guideline = parseGuideline(readFileSync(join(dir, name), "utf8"), file);
      if (basename(name, ".md") !== guideline.category) {
        throw new GuidelineError(file, [`category ${guideline.category} must match the file name`]);
      }
      return guideline;
    });
}

/** Words of running text, as a reader counts them (Markdown markers are not words). */
export function countGuidelineWords(markdown: string): number {
  return markdown.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
