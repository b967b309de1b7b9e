import { z } from "zod";
import { type CheckFormat, checkFormatSchema } from "./enums.ts";
import { countWords, isBlank } from "./text.ts";

/** The checks engine: objective rules a rewrite or a written prompt must satisfy. */

const nonBlank = z.string().refine((s) => !isBlank(s), { message: "must not be blank" });
const phrases = z.array(nonBlank).min(1);

/** Flags that keep `RegExp.test` stateless; `g` and `y` would make results depend on history. */
const ALLOWED_FLAGS = new Set(["i", "m", "s", "u"]);

function regexProblem(pattern: string, flags: string | undefined): string | null {
  const chars = [...(flags ?? "")];
  if (chars.some((c) => !ALLOWED_FLAGS.has(c)) || new Set(chars).size !== chars.length) {
    return `flags must be distinct letters from "imsu", got "${flags}"`;
  }
  try {
    new RegExp(pattern, flags);
    return null;
  } catch (error) {
    return `pattern does not compile: ${(error as Error).message}`;
  }
}

const checkBase = {
  id: nonBlank,
  description: nonBlank,
  weight: z.number().positive().finite().default(1),
};

const regexFields = { pattern: z.string().min(1), flags: z.string().optional() };

export const checkSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ ...checkBase, kind: z.literal("mustInclude"), anyOf: phrases }),
    z.strictObject({ ...checkBase, kind: z.literal("mustNotInclude"), anyOf: phrases }),
    z.strictObject({ ...checkBase, kind: z.literal("minWords"), value: z.int().positive() }),
    z.strictObject({ ...checkBase, kind: z.literal("maxWords"), value: z.int().positive() }),
    z.strictObject({ ...checkBase, kind: z.literal("regex"), ...regexFields }),
    z.strictObject({ ...checkBase, kind: z.literal("notRegex"), ...regexFields }),
    z.strictObject({ ...checkBase, kind: z.literal("format"), value: checkFormatSchema }),
  ])
  .superRefine((check, ctx) => {
    if (check.kind !== "regex" && check.kind !== "notRegex") return;
    const problem = regexProblem(check.pattern, check.flags);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["pattern"] });
  });
export type Check = z.infer<typeof checkSchema>;

/** A list of checks whose ids are unique, so feedback and breakdown rows can be told apart. */
export function checksSchema(min: number, max?: number) {
  const list = z.array(checkSchema).min(min);
  return (max === undefined ? list : list.max(max)).superRefine((checks, ctx) => {
    const seen = new Set<string>();
    checks.forEach((check, index) => {
      if (seen.has(check.id)) {
        ctx.addIssue({
          code: "custom",
          message: `duplicate check id "${check.id}"`,
          path: [index, "id"],
        });
      }
      seen.add(check.id);
    });
  });
}

export interface CheckResult {
  check: Check;
  passed: boolean;
  /** What the engine saw, in words a worker can act on. */
  detail: string;
}

/**
 * Case-insensitive comparison that also treats typographic quotes as straight ones: a worker
 * typing on a phone should not fail "don't" because their keyboard produced "don’t".
 */
function fold(text: string): string {
  return text.normalize("NFC").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
}

function findPhrase(text: string, anyOf: readonly string[]): string | undefined {
  const folded = fold(text);
  return anyOf.find((phrase) => folded.includes(fold(phrase)));
}

const BULLET_LINE = /^\s{0,3}[-*+•]\s+\S/;
const NUMBERED_LINE = /^\s{0,3}\d{1,3}[.)]\s+\S/;
const HEADING_LINE = /^\s{0,3}#{1,6}\s+\S/;
const QUOTE_LINE = /^\s{0,3}>\s?/;
const FENCE_LINE = /^\s{0,3}(```|~~~)/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const INLINE_MARKDOWN =
  /\*\*[^*\n]+\*\*|__[^_\n]+__|(?<![\p{L}\p{N}*])\*[^*\s][^*\n]*\*(?![\p{L}\p{N}*])|`[^`\n]+`|\[[^\]\n]+\]\([^)\s]+\)/u;

function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

function hasTable(all: readonly string[]): boolean {
  for (let i = 1; i + 1 < all.length; i += 1) {
    const header = all[i - 1] ?? "";
    const separator = all[i] ?? "";
    const row = all[i + 1] ?? "";
    if (
      header.includes("|") &&
      separator.includes("|") &&
      TABLE_SEPARATOR.test(separator) &&
      row.includes("|")
    ) {
      return true;
    }
  }
  return false;
}

/** Whether the text has the format; `detail` explains a failure. */
export function checkFormat(
  text: string,
  format: CheckFormat,
): { passed: boolean; detail: string } {
  const all = lines(text);
  const bullets = all.filter((line) => BULLET_LINE.test(line)).length;
  const numbered = all.filter((line) => NUMBERED_LINE.test(line)).length;
  const headings = all.filter((line) => HEADING_LINE.test(line)).length;
  const table = hasTable(all);
  switch (format) {
    case "bullets":
      return bullets >= 2
        ? { passed: true, detail: `${bullets} bullet points` }
        : { passed: false, detail: "no bulleted list of at least two points" };
    case "numbered":
      return numbered >= 2
        ? { passed: true, detail: `${numbered} numbered steps` }
        : { passed: false, detail: "no numbered list of at least two items" };
    case "table":
      return table
        ? { passed: true, detail: "contains a table" }
        : { passed: false, detail: "no Markdown table with a header, separator and a row" };
    case "paragraphs": {
      const blocks = text.split(/\r?\n\s*\r?\n/).filter((block) => !isBlank(block));
      if (bullets + numbered > 0 || table) {
        return { passed: false, detail: "uses a list or table where prose paragraphs were asked" };
      }
      return blocks.length >= 2
        ? { passed: true, detail: `${blocks.length} paragraphs` }
        : {
            passed: false,
            detail: "a single block of text; separate paragraphs with a blank line",
          };
    }
    case "no_markdown": {
      // Numbered steps read naturally as plain text, so only Markdown-specific syntax counts.
      const found: string[] = [];
      if (headings > 0) found.push("headings");
      if (bullets > 0) found.push("bullet markers");
      if (table) found.push("a table");
      if (all.some((line) => QUOTE_LINE.test(line))) found.push("block quotes");
      if (all.some((line) => FENCE_LINE.test(line))) found.push("code fences");
      if (INLINE_MARKDOWN.test(text)) found.push("emphasis, code or link syntax");
      return found.length === 0
        ? { passed: true, detail: "plain text" }
        : { passed: false, detail: `uses Markdown: ${found.join(", ")}` };
    }
  }
}

/** Runs one check against a text. */
export function runCheck(text: string, check: Check): CheckResult {
  switch (check.kind) {
    case "mustInclude": {
      const found = findPhrase(text, check.anyOf);
      return found === undefined
        ? { check, passed: false, detail: `none of: ${check.anyOf.join(", ")}` }
        : { check, passed: true, detail: `includes "${found}"` };
    }
    case "mustNotInclude": {
      const found = findPhrase(text, check.anyOf);
      return found === undefined
        ? { check, passed: true, detail: "none of the excluded phrases" }
        : { check, passed: false, detail: `still includes "${found}"` };
    }
    case "minWords": {
      const words = countWords(text);
      return {
        check,
        passed: words >= check.value,
        detail: `${words} words (at least ${check.value})`,
      };
    }
    case "maxWords": {
      const words = countWords(text);
      return {
        check,
        passed: words <= check.value,
        detail: `${words} words (at most ${check.value})`,
      };
    }
    case "regex": {
      const passed = new RegExp(check.pattern, check.flags).test(text);
      return { check, passed, detail: passed ? "matches" : "required pattern not found" };
    }
    case "notRegex": {
      const passed = !new RegExp(check.pattern, check.flags).test(text);
      return { check, passed, detail: passed ? "no forbidden pattern" : "forbidden pattern found" };
    }
    case "format":
      return { check, ...checkFormat(text, check.value) };
  }
}

export function runChecks(text: string, checks: readonly Check[]): CheckResult[] {
  return checks.map((check) => runCheck(text, check));
}
