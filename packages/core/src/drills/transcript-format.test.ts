import { describe, expect, it } from "vitest";
import { DrillInputError } from "./input-errors.ts";
import {
  MINOR_WEIGHT,
  parseTranscript,
  scoreTranscript,
  type TranscriptIssue,
} from "./transcript-format.ts";

const REFERENCE = [
  "[00:00] Dana: Thanks for calling Northwind support, this is Dana.",
  "[00:04] Speaker 1: Hi, I placed an order on Monday and [inaudible] twice.",
  "[00:11] Dana: I'm sorry about that. [noise] Can you read me the order number?",
  "[00:16] Speaker 1: Sure, it's NW47129. [crosstalk]",
].join("\n");

/** The reference with line `index` (0-based) replaced. */
function withLine(index: number, line: string): string {
  const lines = REFERENCE.split("\n");
  lines[index] = line;
  return lines.join("\n");
}

function formattingIssues(
  typed: string,
): Array<Pick<TranscriptIssue, "code" | "severity" | "line">> {
  return scoreTranscript(REFERENCE, typed).formatting.issues.map(({ code, severity, line }) => ({
    code,
    severity,
    line,
  }));
}

describe("parseTranscript", () => {
  it("reads timestamp, label and text of each turn", () => {
    expect(parseTranscript("[01:05] Speaker 2: Yes, at 10:30.\n\n(1:07) Dana: No")).toEqual([
      {
        line: 1,
        seconds: 65,
        timestampWellFormed: true,
        label: "Speaker 2",
        text: "Yes, at 10:30.",
      },
      { line: 3, seconds: 67, timestampWellFormed: false, label: "Dana", text: "No" },
    ]);
  });

  it("keeps a line without timestamp or label as a turn without them", () => {
    expect(parseTranscript("just words")).toEqual([
      { line: 1, seconds: null, timestampWellFormed: false, label: null, text: "just words" },
    ]);
  });
});

describe("scoreTranscript", () => {
  it("scores a faithful transcript 100 on both axes", () => {
    const score = scoreTranscript(REFERENCE, REFERENCE);
    expect(score.accuracy.score).toBe(100);
    expect(score.formatting.score).toBe(100);
    expect(score.accuracy.issues).toEqual([]);
    expect(score.formatting.issues).toEqual([]);
    expect(score.formatting.checkpoints).toBe(4 + 3);
  });

  it("judges accuracy on the spoken words only, ignoring case and punctuation", () => {
    const typed = withLine(0, "[00:00] Dana: thanks for calling northwind support this is dana");
    const score = scoreTranscript(REFERENCE, typed);
    expect(score.accuracy.score).toBe(100);
    expect(score.accuracy.referenceText).not.toContain("[inaudible]");
  });

  it("reports a wrong word as a major accuracy issue on its line", () => {
    const typed = withLine(
      1,
      "[00:04] Speaker 1: Hi, I placed an order on Sunday and [inaudible] twice.",
    );
    const score = scoreTranscript(REFERENCE, typed);
    expect(score.accuracy.wer).toBeCloseTo(1 / score.accuracy.transcription.referenceWordCount);
    expect(score.accuracy.score).toBeCloseTo(100 * (1 - score.accuracy.wer));
    expect(score.accuracy.issues).toEqual([
      expect.objectContaining({ code: "word_error", severity: "major", line: 2, referenceLine: 2 }),
    ]);
  });

  it("accepts a timestamp within 2 seconds and flags one further off as minor", () => {
    expect(
      formattingIssues(withLine(2, REFERENCE.split("\n")[2]!.replace("[00:11]", "[00:13]"))),
    ).toEqual([]);
    expect(
      formattingIssues(withLine(2, REFERENCE.split("\n")[2]!.replace("[00:11]", "[00:14]"))),
    ).toEqual([{ code: "timestamp_off", severity: "minor", line: 3 }]);
  });

  it("flags a timestamp written the wrong way as minor", () => {
    expect(
      formattingIssues(withLine(1, REFERENCE.split("\n")[1]!.replace("[00:04]", "[0:04]"))),
    ).toEqual([{ code: "timestamp_format", severity: "minor", line: 2 }]);
  });

  it("flags a missing timestamp as minor", () => {
    expect(
      formattingIssues(withLine(1, REFERENCE.split("\n")[1]!.replace("[00:04] ", ""))),
    ).toEqual([{ code: "missing_timestamp", severity: "minor", line: 2 }]);
  });

  it("flags the wrong speaker as major and a mis-capitalised label as minor", () => {
    expect(
      formattingIssues(withLine(3, REFERENCE.split("\n")[3]!.replace("Speaker 1", "Speaker 2"))),
    ).toEqual([{ code: "wrong_label", severity: "major", line: 4 }]);
    expect(
      formattingIssues(withLine(3, REFERENCE.split("\n")[3]!.replace("Speaker 1", "speaker 1"))),
    ).toEqual([{ code: "label_format", severity: "minor", line: 4 }]);
  });

  it("flags a missing turn break as major", () => {
    const lines = REFERENCE.split("\n");
    const merged = [
      `${lines[0]} Hi, I placed an order on Monday and [inaudible] twice.`,
      lines[2],
      lines[3],
    ].join("\n");
    expect(formattingIssues(merged)).toEqual([
      { code: "missing_turn_break", severity: "major", line: 1 },
    ]);
  });

  it("flags a turn split over two lines as a minor extra turn break", () => {
    const lines = REFERENCE.split("\n");
    const split = [
      lines[0],
      "[00:04] Speaker 1: Hi, I placed an order",
      "[00:06] Speaker 1: on Monday and [inaudible] twice.",
      lines[2],
      lines[3],
    ].join("\n");
    expect(formattingIssues(split)).toEqual([
      { code: "extra_turn_break", severity: "minor", line: 3 },
    ]);
  });

  it("flags a missing [inaudible] as major and a missing [noise] as minor", () => {
    expect(formattingIssues(REFERENCE.replace(" [inaudible]", ""))).toEqual([
      { code: "missing_tag", severity: "major", line: 2 },
    ]);
    expect(formattingIssues(REFERENCE.replace(" [noise]", ""))).toEqual([
      { code: "missing_tag", severity: "minor", line: 3 },
    ]);
  });

  it("flags words guessed where the audio is [inaudible] as major", () => {
    const issues = formattingIssues(REFERENCE.replace("[inaudible]", "I got charged"));
    expect(issues).toEqual([{ code: "guessed_inaudible", severity: "major", line: 2 }]);
  });

  it("flags an invented [inaudible] as major", () => {
    const typed = REFERENCE.replace("this is Dana.", "this is [inaudible].");
    expect(formattingIssues(typed)).toEqual([{ code: "invented_tag", severity: "major", line: 1 }]);
  });

  it("flags a misspelt tag as minor and the wrong tag as major", () => {
    expect(formattingIssues(REFERENCE.replace("[noise]", "[nosie]"))).toEqual([
      { code: "misspelt_tag", severity: "minor", line: 3 },
    ]);
    expect(formattingIssues(REFERENCE.replace("[crosstalk]", "[noise]"))).toEqual([
      { code: "wrong_tag", severity: "major", line: 4 },
    ]);
  });

  it("scores formatting as 100 · (1 − (majors + 0.3 · minors) / checkpoints)", () => {
    const typed = withLine(3, "[00:20] Speaker 2: Sure, it's NW47129. [crosstalk]");
    const score = scoreTranscript(REFERENCE, typed);
    expect(score.formatting.issues.map((i) => i.severity).sort()).toEqual(["major", "minor"]);
    expect(score.formatting.score).toBeCloseTo(100 * (1 - (1 + MINOR_WEIGHT) / 7));
  });

  it("never scores below 0, however many errors there are", () => {
    const score = scoreTranscript(REFERENCE, `nothing like it ${"[inaudible] ".repeat(8)}`);
    const majors = score.formatting.issues.filter((i) => i.severity === "major").length;
    expect(majors).toBeGreaterThan(score.formatting.checkpoints);
    expect(score.formatting.score).toBe(0);
    expect(scoreTranscript(REFERENCE, "a b c ".repeat(40)).accuracy.score).toBe(0);
  });

  it("rejects a reference that is not in the house style", () => {
    expect(() => scoreTranscript("Dana: no timestamp", "x")).toThrow(DrillInputError);
  });
});
