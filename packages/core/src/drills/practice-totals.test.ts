import { describe, expect, it } from "vitest";
import {
  addMistypedWords,
  addTypingToTotals,
  emptyPracticeTotals,
  MAX_TALLIED_WORDS,
  PROGRESS_TOP,
  progressFigures,
} from "./practice-totals.ts";
import { computeTypingMetrics } from "./typing-metrics.ts";
import { emptySkillProfile, updateSkillProfile } from "./weak-spots.ts";

function typedLog(text: string) {
  return Array.from(text).map((key, k) => ({ t: k * 200, key }));
}

describe("practice totals", () => {
  it("adds each drill's hits, misses, timings and confusions per key", () => {
    const first = computeTypingMetrics("tee", typedLog("tre"));
    const second = computeTypingMetrics("tee", typedLog("tee"));
    const totals = addTypingToTotals(addTypingToTotals(emptyPracticeTotals(), first), second);
    expect(totals.keys.e).toEqual({ hits: 3, misses: 1, timedMs: 600, timed: 3 });
    expect(totals.confusions).toEqual({ e: { r: 1 } });
    expect(totals.words).toEqual({ tee: 1 });

    const figures = progressFigures(totals, emptySkillProfile());
    expect(figures.keyStats.find((k) => k.key === "e")).toEqual({
      key: "e",
      hits: 3,
      misses: 1,
      accuracy: 0.75,
      meanMs: 200,
    });
    expect(figures.confusions).toEqual([{ expected: "e", typed: "r", count: 1 }]);
    expect(figures.mistypedWords).toEqual([{ word: "tee", count: 1 }]);
  });

  it("keeps the most frequent words when there are too many to keep", () => {
    const many = Array.from({ length: MAX_TALLIED_WORDS + 10 }, (_, i) => `word${i}`);
    const totals = addMistypedWords(addMistypedWords(emptyPracticeTotals(), many), ["word3"]);
    expect(Object.keys(totals.words)).toHaveLength(MAX_TALLIED_WORDS);
    expect(totals.words.word3).toBe(2);
    expect(progressFigures(totals, emptySkillProfile()).mistypedWords).toHaveLength(PROGRESS_TOP);
  });

  it("names as weakest only keys and categories that went wrong", () => {
    const metrics = computeTypingMetrics("tee", typedLog("tre"));
    const profile = updateSkillProfile(emptySkillProfile(), metrics, 0.25);
    const { skill } = progressFigures(emptyPracticeTotals(), profile);
    expect(skill.weakestKeys).toEqual(["e"]);
    expect(skill.weakestCategories).toEqual(["spelling"]);
  });
});
