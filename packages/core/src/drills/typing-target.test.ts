import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random.ts";
import {
  passageTypingTarget,
  practiceWordBank,
  TIMED_CHARS_PER_SECOND,
  timedTypingTarget,
  weakSpotWordCount,
} from "./typing-target.ts";
import { MAX_DRILL_WORDS } from "./weak-spots.ts";

const passages = ["alpha", "bravo", "charlie"].map((id) => ({
  id,
  text: `${id} `.repeat(30).trim(),
}));

describe("timedTypingTarget", () => {
  it("holds more text than the fastest plausible typist finishes", () => {
    const target = timedTypingTarget(passages, 60, seededRandom(1));
    expect(target.text.length).toBeGreaterThanOrEqual(60 * TIMED_CHARS_PER_SECOND);
  });

  it("uses every passage once before repeating one", () => {
    const { passageIds } = timedTypingTarget(passages, 120, seededRandom(2));
    expect(passageIds.length).toBeGreaterThan(3);
    expect(new Set(passageIds.slice(0, 3)).size).toBe(3);
  });

  it("is the same for the same seed", () => {
    expect(timedTypingTarget(passages, 30, seededRandom(9))).toEqual(
      timedTypingTarget(passages, 30, seededRandom(9)),
    );
  });
});

describe("passageTypingTarget", () => {
  it("is one whole passage", () => {
    const target = passageTypingTarget(passages, seededRandom(3));
    expect(passages.map((p) => p.text)).toContain(target.text);
    expect(target.passageIds).toHaveLength(1);
  });
});

describe("weakSpotWordCount", () => {
  it("grows with the time limit and stays within the drill limit", () => {
    expect(weakSpotWordCount(15)).toBeLessThan(weakSpotWordCount(60));
    expect(weakSpotWordCount(100_000)).toBe(MAX_DRILL_WORDS);
  });
});

describe("practiceWordBank", () => {
  it("keeps distinct words in lower case, without punctuation or digits", () => {
    expect(
      practiceWordBank(["The café opened at 7, and the café's owner said: “Welcome!”"]),
    ).toEqual(["and", "at", "café", "café's", "opened", "owner", "said", "the", "welcome"]);
  });
});
