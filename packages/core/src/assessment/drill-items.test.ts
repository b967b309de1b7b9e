import { describe, expect, it } from "vitest";
import type { KeyEvent } from "../drills/key-events.ts";
import { parseSeededText } from "../drills/seeded-text.ts";
import { parseDrillItemAnswer, scoreDrillItem, typingItemAnswerSchema } from "./drill-items.ts";

const typed = (text: string): KeyEvent[] => Array.from(text).map((key, i) => ({ t: i * 180, key }));

const REFERENCE = [
  "[00:00] Dana: Thanks for calling Northwind support, this is Dana.",
  "[00:04] Speaker 1: Hi, I placed an order on Monday.",
].join("\n");

describe("scoreDrillItem", () => {
  it("scores proofreading by the F1 of the marks", () => {
    const seeded = parseSeededText("The [[cta||cat||spelling]] sat on [[teh||the||spelling]] mat.");
    const key = { kind: "proofreading" as const, text: seeded.text, errors: seeded.errors };
    const all = seeded.errors.map((e) => ({ start: e.start, end: e.end }));
    expect(scoreDrillItem(key, { marks: all })).toBe(1);
    expect(scoreDrillItem(key, { marks: all.slice(0, 1) })).toBeCloseTo(2 / 3, 10);
    expect(scoreDrillItem(key, { marks: [] })).toBe(0);
  });

  it("scores typing by key accuracy times the share of the passage typed", () => {
    const text = "Quiet harbour at dawn.";
    const key = { kind: "typing" as const, text };
    expect(scoreDrillItem(key, { events: typed(text), finalText: text })).toBe(1);
    const half = text.slice(0, 11);
    expect(scoreDrillItem(key, { events: typed(half), finalText: half })).toBeCloseTo(11 / 22, 10);
  });

  it("scores the typing check from the key log, not the text the client claims", () => {
    const text = "Quiet harbour at dawn.";
    const score = scoreDrillItem({ kind: "typing", text }, { events: typed("Q"), finalText: text });
    expect(score).toBeLessThan(0.1);
  });

  it("scores a transcript by word accuracy, and an empty one as 0", () => {
    const key = { kind: "transcription" as const, reference: REFERENCE };
    expect(scoreDrillItem(key, { text: REFERENCE })).toBe(1);
    expect(scoreDrillItem(key, { text: "  " })).toBe(0);
    const lossy = REFERENCE.replace("on Monday", "");
    expect(scoreDrillItem(key, { text: lossy })).toBeLessThan(1);
  });

  it("refuses answers of the wrong shape", () => {
    expect(typingItemAnswerSchema.safeParse({ events: [], finalText: "" }).success).toBe(false);
    expect(() => scoreDrillItem({ kind: "typing", text: "a" }, { marks: [] })).toThrow();
  });
});

describe("parseDrillItemAnswer", () => {
  it("names a mark that runs past the text", () => {
    const key = { kind: "proofreading" as const, text: "short", errors: [] };
    expect(
      parseDrillItemAnswer(key, {
        marks: [
          { start: 1, end: 3 },
          { start: 2, end: 40 },
        ],
      }),
    ).toEqual({
      ok: false,
      problems: [
        {
          path: "marks.1.end",
          message: "A mark must lie inside the text, which is 5 characters long.",
        },
      ],
    });
  });

  it("names the field of a misshapen answer and passes a good one through", () => {
    const key = { kind: "transcription" as const, reference: REFERENCE };
    const bad = parseDrillItemAnswer(key, { text: 42 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems[0]?.path).toBe("text");
    expect(parseDrillItemAnswer(key, { text: "Hello" })).toEqual({
      ok: true,
      answer: { text: "Hello" },
    });
  });
});
