import { describe, expect, it } from "vitest";
import { EXAMPLE_ITEM_INPUTS, exampleInput } from "../example-items.ts";
import { schemaProblems, taskItemSchema } from "./item.ts";

/** Paths of the problems an input has, or [] when it is valid. */
function problemPaths(input: unknown): string[] {
  const result = taskItemSchema.safeParse(input);
  return result.success ? [] : schemaProblems(result.error.issues).map((problem) => problem.path);
}

function problems(input: unknown): string[] {
  const result = taskItemSchema.safeParse(input);
  return result.success
    ? []
    : schemaProblems(result.error.issues).map((p) => `${p.path}: ${p.message}`);
}

// biome-ignore lint/suspicious/noExplicitAny: tests edit nested fields of example inputs freely
type Input = Record<string, any>;

function edit(id: string, change: (input: Input) => void): Input {
  const input = exampleInput(id) as Input;
  change(input);
  return input;
}

describe("taskItemSchema: common fields", () => {
  it("accepts every example item", () => {
    for (const input of EXAMPLE_ITEM_INPUTS) expect(problems(input)).toEqual([]);
  });

  it("requires the category that belongs to the task type", () => {
    expect(problemPaths(edit("pw-901", (i) => (i.category = "rewriting")))).toEqual(["category"]);
  });

  it("requires the id prefix of the task type and three digits", () => {
    expect(problemPaths(edit("pw-901", (i) => (i.id = "rk-001")))).toEqual(["id"]);
    expect(problemPaths(edit("pw-901", (i) => (i.id = "pw-1")))).toEqual(["id"]);
  });

  it("rejects an unknown task type", () => {
    expect(problemPaths(edit("pw-901", (i) => (i.taskType = "essay")))).toEqual(["taskType"]);
  });

  it("holds expected minutes to the type's range", () => {
    expect(problemPaths(edit("pw-901", (i) => (i.expectedMinutes = 10)))).toEqual([
      "expectedMinutes",
    ]);
    expect(problemPaths(edit("rw-901", (i) => (i.expectedMinutes = 9)))).toEqual([
      "expectedMinutes",
    ]);
  });

  it("accepts 1–4 distinct references to listed guideline sections only", () => {
    expect(
      problemPaths(edit("pw-901", (i) => (i.guidelineRefs = ["general_evaluation#tone"]))),
    ).toEqual(["guidelineRefs.0"]);
    expect(problemPaths(edit("pw-901", (i) => (i.guidelineRefs = ["accuracy"])))).toEqual([
      "guidelineRefs.0",
    ]);
    expect(problemPaths(edit("pw-901", (i) => (i.guidelineRefs = [])))).toEqual(["guidelineRefs"]);
    const five = ["accuracy", "clarity", "honesty", "dimensions", "completeness"].map(
      (s) => `general_evaluation#${s}`,
    );
    expect(problemPaths(edit("pw-901", (i) => (i.guidelineRefs = five)))).toEqual([
      "guidelineRefs",
    ]);
    const twice = ["general_evaluation#accuracy", "general_evaluation#accuracy"];
    expect(problemPaths(edit("pw-901", (i) => (i.guidelineRefs = twice)))).toEqual([
      "guidelineRefs.1",
    ]);
  });

  it("holds the rationale to 60–250 words", () => {
    expect(problemPaths(edit("pw-901", (i) => (i.rationale = "Too short.")))).toEqual([
      "rationale",
    ]);
    expect(problemPaths(edit("pw-901", (i) => (i.rationale = "word ".repeat(251))))).toEqual([
      "rationale",
    ]);
  });

  it("rejects unknown fields, so a misspelt optional field is not silently dropped", () => {
    expect(problemPaths(edit("pw-901", (i) => (i.domian = "medicine")))).toEqual([""]);
  });

  it("accepts a domain on any item but only from the list", () => {
    expect(problems(edit("pw-901", (i) => (i.domain = "medicine")))).toEqual([]);
    expect(problemPaths(edit("pw-901", (i) => (i.domain = "astrology")))).toEqual(["domain"]);
  });
});

describe("taskItemSchema: pairwise and rating", () => {
  it("requires all six dimensions in integer ratings from 1 to 5", () => {
    expect(problemPaths(edit("pw-901", (i) => delete i.gold.ratings.a.honesty))).toEqual([
      "gold.ratings.a.honesty",
    ]);
    expect(problemPaths(edit("pw-901", (i) => (i.gold.ratings.b.clarity = 6)))).toEqual([
      "gold.ratings.b.clarity",
    ]);
    expect(problemPaths(edit("pw-901", (i) => (i.gold.preference = 1.5)))).toEqual([
      "gold.preference",
    ]);
  });

  it("rejects unknown and repeated issue tags", () => {
    expect(problemPaths(edit("pw-901", (i) => (i.gold.issues.b = ["rudeness"])))).toEqual([
      "gold.issues.b.0",
    ]);
    expect(problemPaths(edit("pw-901", (i) => (i.gold.issues.b = ["tone", "tone"])))).toEqual([
      "gold.issues.b.1",
    ]);
  });

  it("requires 2–4 key points", () => {
    expect(problemPaths(edit("pw-901", (i) => i.gold.keyPoints.pop()))).toEqual(["gold.keyPoints"]);
  });

  it("requires rating gold keys to equal the listed criteria", () => {
    expect(problemPaths(edit("rt-901", (i) => delete i.gold.ratings.clarity))).toEqual([
      "gold.ratings.clarity",
    ]);
    expect(problemPaths(edit("rt-901", (i) => (i.gold.ratings.honesty = 3)))).toEqual([
      "gold.ratings.honesty",
    ]);
  });

  it("requires 3–6 distinct criteria", () => {
    expect(
      problemPaths(edit("rt-901", (i) => (i.prompt.criteria = ["accuracy", "clarity"]))),
    ).toContain("prompt.criteria");
    expect(
      problemPaths(
        edit("rt-901", (i) => (i.prompt.criteria = ["accuracy", "accuracy", "clarity"])),
      ),
    ).toContain("prompt.criteria.1");
  });
});

describe("taskItemSchema: ranking", () => {
  it("requires 4–6 responses with ids A, B, C… in order", () => {
    expect(problemPaths(edit("rk-901", (i) => i.prompt.responses.pop()))).toContain(
      "prompt.responses",
    );
    expect(
      problemPaths(
        edit("rk-901", (i) => {
          i.prompt.responses[1].id = "C";
          i.prompt.responses[2].id = "B";
        }),
      ),
    ).toEqual(["prompt.responses.1.id", "prompt.responses.2.id"]);
  });

  it("requires the gold ranking to rank exactly the responses, within 1..n, best ranked 1", () => {
    expect(problemPaths(edit("rk-901", (i) => delete i.gold.ranking.D))).toEqual(["gold.ranking"]);
    expect(problemPaths(edit("rk-901", (i) => (i.gold.ranking.E = 2)))).toEqual(["gold.ranking.E"]);
    expect(problemPaths(edit("rk-901", (i) => (i.gold.ranking.C = 5)))).toEqual(["gold.ranking.C"]);
    expect(
      problemPaths(edit("rk-901", (i) => (i.gold.ranking = { A: 2, B: 2, C: 4, D: 3 }))),
    ).toEqual(["gold.ranking"]);
  });

  it("rejects a gold ranking that ties every response", () => {
    expect(problems(edit("rk-901", (i) => (i.gold.ranking = { A: 1, B: 1, C: 1, D: 1 })))).toEqual([
      "gold.ranking: a ranking that ties every response cannot be scored; order at least two",
    ]);
  });

  it("accepts optional issue tags per response, for responses of the item only", () => {
    expect(problems(edit("rk-901", (i) => (i.gold.issues = { C: ["factual_error"] })))).toEqual([]);
    expect(problemPaths(edit("rk-901", (i) => (i.gold.issues = { F: ["tone"] })))).toEqual([
      "gold.issues.F",
    ]);
  });
});

describe("taskItemSchema: written work", () => {
  it("requires 4–8 rewrite checks with distinct ids", () => {
    expect(
      problemPaths(edit("rw-901", (i) => (i.gold.checks = i.gold.checks.slice(0, 3)))),
    ).toEqual(["gold.checks"]);
    expect(problemPaths(edit("rw-901", (i) => (i.gold.checks[1].id = "interval")))).toEqual([
      "gold.checks.1.id",
    ]);
  });

  it("rejects a reference rewrite that fails its own checks", () => {
    expect(
      problems(
        edit(
          "rw-901",
          (i) => (i.gold.referenceRewrite = "- Take 2 tablets twice a day.\n- Up to 1,200 mg."),
        ),
      ),
    ).toEqual([
      'gold.referenceRewrite: the reference rewrite fails check "interval": none of: every 4 to 6 hours, every 4-6 hours',
    ]);
  });

  it("requires a length check on prompt creation and at least one check per constraint", () => {
    expect(problems(edit("pc-901", (i) => i.gold.checks.pop()))).toEqual([
      "gold.checks: needs a length check (minWords or maxWords)",
    ]);
    expect(problemPaths(edit("pc-901", (i) => i.prompt.brief.constraints.push("a", "b")))).toEqual([
      "gold.checks",
    ]);
  });

  it("rejects a reference prompt that copies the brief's example or contains personal data", () => {
    const copied = edit("pc-901", (i) => {
      i.prompt.examples = [i.gold.referencePrompt];
    });
    expect(problems(copied).join()).toContain('automatic check "original"');
    const personal = edit("pc-901", (i) => {
      i.gold.referencePrompt += "Email the table to chef.jones@example.com.\n";
    });
    expect(problems(personal).join()).toContain('automatic check "no-personal-data"');
  });
});

describe("taskItemSchema: red team", () => {
  it("requires the conversation to start with the user and end with the assistant's reply", () => {
    expect(problemPaths(edit("rd-901", (i) => i.prompt.conversation.pop()))).toContain(
      "prompt.conversation",
    );
    expect(
      problemPaths(
        edit("rd-901", (i) => i.prompt.conversation.push({ role: "user", content: "And?" })),
      ),
    ).toEqual(["prompt.conversation.2.role"]);
  });

  it("reports a classify item with a writing key as a mismatch of gold, not a union error", () => {
    const mixed = edit("rd-901", (i) => {
      i.gold = exampleInput("rd-902").gold;
    });
    expect(problems(mixed)).toEqual([
      "gold: a classify item's gold has verdict, tactic, severity and keyPoints",
    ]);
  });

  it("reports the closest gold shape's problems when gold is malformed", () => {
    expect(problemPaths(edit("rd-901", (i) => (i.gold.severity = 7)))).toEqual(["gold.severity"]);
  });

  it("requires a writing brief to name a tactic other than none", () => {
    expect(problemPaths(edit("rd-902", (i) => (i.prompt.brief.tactic = "none")))).toEqual([
      "prompt.brief.tactic",
    ]);
  });
});

describe("taskItemSchema: fact check", () => {
  it("requires a verdict for every claim and only for the item's claims", () => {
    expect(problemPaths(edit("fc-901", (i) => delete i.gold.claims.c4))).toEqual([
      "gold.claims.c4",
    ]);
    expect(
      problemPaths(
        edit("fc-901", (i) => (i.gold.claims.c9 = { verdict: "unsupported", sources: [] })),
      ),
    ).toEqual(["gold.claims.c9"]);
  });

  it("allows citations of the item's sources only", () => {
    expect(problemPaths(edit("fc-901", (i) => (i.gold.claims.c1.sources = ["s7"])))).toEqual([
      "gold.claims.c1.sources.0",
    ]);
  });

  it("requires a source for supported and contradicted claims and none for unsupported ones", () => {
    expect(problemPaths(edit("fc-901", (i) => (i.gold.claims.c4.sources = [])))).toEqual([
      "gold.claims.c4.sources",
    ]);
    expect(
      problemPaths(
        edit("fc-901", (i) => (i.gold.claims.c2 = { verdict: "unsupported", sources: ["s2"] })),
      ),
    ).toEqual(["gold.claims.c2.sources"]);
  });

  it("requires 4–8 claims and 2–5 sources with distinct ids", () => {
    expect(
      problemPaths(edit("fc-901", (i) => (i.prompt.sources = i.prompt.sources.slice(0, 1)))),
    ).toContain("prompt.sources");
    expect(problemPaths(edit("fc-901", (i) => (i.prompt.claims[1].id = "c1")))).toContain(
      "prompt.claims.1.id",
    );
  });
});

describe("taskItemSchema: domain review", () => {
  it("requires a domain", () => {
    expect(problemPaths(edit("dm-901", (i) => delete i.domain))).toEqual(["domain"]);
  });

  it("requires every quote to occur exactly once in the response", () => {
    expect(problems(edit("dm-901", (i) => (i.gold.errors[1].quote = "rarely preferred")))).toEqual([
      "gold.errors.1.quote: the quote is not an exact substring of the response",
    ]);
    expect(problems(edit("dm-901", (i) => (i.gold.errors[1].quote = "can")))).toEqual([
      "gold.errors.1.quote: the quote occurs 2 times in the response; quote enough to make it unique",
    ]);
  });

  it("requires the verdict the errors imply", () => {
    expect(problemPaths(edit("dm-901", (i) => (i.gold.verdict = "minor_issues")))).toEqual([
      "gold.verdict",
    ]);
    expect(
      problemPaths(
        edit("dm-901", (i) => {
          i.gold.errors = [];
        }),
      ),
    ).toEqual(["gold.verdict"]);
  });

  it("allows at most 4 errors", () => {
    const error = { quote: "be careful", severity: "minor", explanation: "x" };
    expect(problemPaths(edit("dm-901", (i) => i.gold.errors.push(error, error, error)))).toContain(
      "gold.errors",
    );
  });
});

describe("taskItemSchema: code review", () => {
  it("requires exactly one closed fenced code block", () => {
    expect(problemPaths(edit("cd-901", (i) => (i.prompt.response = "No code here.")))).toEqual([
      "prompt.response",
    ]);
    expect(
      problemPaths(
        edit("cd-901", (i) => (i.prompt.response = `${i.prompt.response}\n\`\`\`\nmore\n\`\`\`\n`)),
      ),
    ).toEqual(["prompt.response"]);
  });

  it("requires bug lines inside the block, on non-blank lines, listed once", () => {
    expect(problemPaths(edit("cd-901", (i) => (i.gold.bugs[0].line = 6)))).toEqual([
      "gold.bugs.0.line",
    ]);
    expect(
      problems(
        edit("cd-901", (i) => {
          i.prompt.response = i.prompt.response.replace("    return []\n", "    return []\n\n");
          i.gold.bugs[0].line = 4;
        }),
      ),
    ).toEqual(["gold.bugs.0.line: line 4 of the code block is blank"]);
    expect(problemPaths(edit("cd-901", (i) => i.gold.bugs.push({ ...i.gold.bugs[0] })))).toEqual([
      "gold.bugs.1.line",
    ]);
  });

  it("requires bugs exactly when the verdict is incorrect", () => {
    expect(problemPaths(edit("cd-901", (i) => (i.gold.verdict = "correct")))).toEqual([
      "gold.verdict",
    ]);
  });

  it("accepts only the listed languages", () => {
    expect(problemPaths(edit("cd-901", (i) => (i.prompt.language = "cobol")))).toEqual([
      "prompt.language",
    ]);
  });
});
