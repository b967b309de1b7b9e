import { describe, expect, it } from "vitest";
import { type Check, checkFormat, checkSchema, checksSchema, runCheck } from "./checks.ts";

function check(input: Record<string, unknown>): Check {
  return checkSchema.parse({ id: "c", description: "A check", ...input });
}

describe("checkSchema", () => {
  it("defaults the weight to 1", () => {
    expect(check({ kind: "minWords", value: 5 }).weight).toBe(1);
  });

  it("rejects a pattern that does not compile and stateful or unknown flags", () => {
    expect(
      checkSchema.safeParse({ id: "c", description: "d", kind: "regex", pattern: "(" }).success,
    ).toBe(false);
    expect(
      checkSchema.safeParse({ id: "c", description: "d", kind: "regex", pattern: "a", flags: "g" })
        .success,
    ).toBe(false);
    expect(
      checkSchema.safeParse({
        id: "c",
        description: "d",
        kind: "notRegex",
        pattern: "a",
        flags: "iu",
      }).success,
    ).toBe(true);
  });

  it("rejects kind-specific fields on the wrong kind", () => {
    expect(
      checkSchema.safeParse({ id: "c", description: "d", kind: "minWords", anyOf: ["x"] }).success,
    ).toBe(false);
  });

  it("rejects duplicate check ids in a list", () => {
    const list = checksSchema(1, 8);
    const one = { id: "same", description: "d", kind: "minWords", value: 1 };
    expect(list.safeParse([one, one]).success).toBe(false);
  });
});

describe("runCheck", () => {
  it("mustInclude passes when any phrase appears, case-insensitively, typographic quotes folded", () => {
    const mustInclude = check({ kind: "mustInclude", anyOf: ["Every 6 hours", "don't exceed"] });
    expect(runCheck("take it EVERY 6 HOURS", mustInclude).passed).toBe(true);
    expect(runCheck("Don’t exceed 3 g", mustInclude).passed).toBe(true);
    expect(runCheck("every 4 hours", mustInclude).passed).toBe(false);
  });

  it("mustNotInclude fails when any phrase appears, and says which", () => {
    const result = runCheck(
      "Take it every 4 hours.",
      check({ kind: "mustNotInclude", anyOf: ["every 4 hours"] }),
    );
    expect(result.passed).toBe(false);
    expect(result.detail).toContain("every 4 hours");
  });

  it("counts words, not Markdown markers, for minWords and maxWords", () => {
    const text = "- one two\n- three four";
    expect(runCheck(text, check({ kind: "maxWords", value: 4 })).passed).toBe(true);
    expect(runCheck(text, check({ kind: "minWords", value: 5 })).passed).toBe(false);
  });

  it("regex must match and notRegex must not", () => {
    expect(runCheck("1,200 mg", check({ kind: "regex", pattern: "1,?200 ?mg" })).passed).toBe(true);
    expect(
      runCheck(
        "I AM AN AI",
        check({ kind: "notRegex", pattern: "as an ai|i am an ai", flags: "i" }),
      ).passed,
    ).toBe(false);
  });
});

describe("checkFormat", () => {
  it("bullets needs at least two bullet lines", () => {
    expect(checkFormat("- a\n- b", "bullets").passed).toBe(true);
    expect(checkFormat("- only one", "bullets").passed).toBe(false);
  });

  it("numbered needs at least two numbered lines", () => {
    expect(checkFormat("1. a\n2) b", "numbered").passed).toBe(true);
    expect(checkFormat("- a\n- b", "numbered").passed).toBe(false);
  });

  it("table needs a header, a separator and a row", () => {
    expect(checkFormat("| a | b |\n|---|---|\n| 1 | 2 |", "table").passed).toBe(true);
    expect(checkFormat("| a | b |\n| 1 | 2 |", "table").passed).toBe(false);
  });

  it("paragraphs needs two prose blocks and no lists", () => {
    expect(checkFormat("First.\n\nSecond.", "paragraphs").passed).toBe(true);
    expect(checkFormat("One block only.", "paragraphs").passed).toBe(false);
    expect(checkFormat("Intro.\n\n- a\n- b", "paragraphs").passed).toBe(false);
  });

  it("no_markdown rejects Markdown syntax but accepts plain numbered steps and arithmetic", () => {
    expect(checkFormat("1. Mix.\n2. Bake at 200 C. 2 * 3 = 6", "no_markdown").passed).toBe(true);
    for (const text of [
      "## Title",
      "- item",
      "Use **bold**",
      "Run `ls`",
      "See [docs](https://x.y)",
      "> quote",
    ]) {
      expect(checkFormat(text, "no_markdown").passed, text).toBe(false);
    }
  });
});
