import { describe, expect, it } from "vitest";
import { DrillInputError } from "./input-errors.ts";
import { seededRandom } from "./seeded-random.ts";
import { scoreTranscription } from "./transcription.ts";
import { computeTypingMetrics } from "./typing-metrics.ts";
import {
  buildWeakSpotDrill,
  emptySkillProfile,
  type SkillProfile,
  skillProfileSchema,
  updateSkillProfile,
  weakestSpots,
} from "./weak-spots.ts";

function typedLog(text: string) {
  return Array.from(text).map((key, k) => ({ t: k * 150, key }));
}

describe("updateSkillProfile", () => {
  it("starts a key at its hit rate and then moves it by alpha", () => {
    // "e" is due twice and missed once (an "r" typed instead).
    const first = computeTypingMetrics("tee", typedLog("tre"));
    const once = updateSkillProfile(emptySkillProfile(), first, 0.3);
    expect(once.keys.e).toEqual({ value: 0.5, samples: 1 });
    expect(once.keys.t).toEqual({ value: 1, samples: 1 });

    const clean = computeTypingMetrics("tee", typedLog("tee"));
    const twice = updateSkillProfile(once, clean, 0.3);
    expect(twice.keys.e!.value).toBeCloseTo(0.3 * 1 + 0.7 * 0.5);
    expect(twice.keys.e!.samples).toBe(2);
  });

  it("rates a category by its errors over its opportunities", () => {
    const score = scoreTranscription("one two three four", "one too three four");
    const profile = updateSkillProfile(emptySkillProfile(), score, 0.5);
    expect(profile.categories.spelling).toEqual({ value: 1 - 1 / 4, samples: 1 });
    expect(profile.categories.missing_word).toEqual({ value: 1, samples: 1 });
    // No digits in the text, so the drill says nothing about numbers.
    expect(profile.categories.digit).toBeUndefined();
  });

  it("remembers mistyped words and lets them fade", () => {
    const miss = scoreTranscription("receive the parcel", "recieve the parcel");
    const once = updateSkillProfile(emptySkillProfile(), miss, 0.5);
    expect(once.words).toEqual({ receive: 0.5 });
    const clean = scoreTranscription("the parcel", "the parcel");
    const later = updateSkillProfile(once, clean, 0.5);
    expect(later.words.receive).toBeCloseTo(0.25);
  });

  it("leaves the old profile untouched and produces a valid profile", () => {
    const before = emptySkillProfile();
    const after = updateSkillProfile(before, scoreTranscription("a b", "a c"), 0.2);
    expect(before).toEqual(emptySkillProfile());
    expect(skillProfileSchema.parse(after)).toEqual(after);
  });

  it("rejects an alpha outside (0, 1]", () => {
    expect(() => updateSkillProfile(emptySkillProfile(), scoreTranscription("a", "a"), 0)).toThrow(
      DrillInputError,
    );
    expect(() =>
      updateSkillProfile(emptySkillProfile(), scoreTranscription("a", "a"), 1.5),
    ).toThrow(DrillInputError);
  });
});

const PROFILE: SkillProfile = {
  keys: {
    q: { value: 0.2, samples: 5 },
    e: { value: 0.95, samples: 9 },
    z: { value: 0.5, samples: 2 },
  },
  categories: {
    punctuation: { value: 0.4, samples: 4 },
    spelling: { value: 0.9, samples: 4 },
  },
  words: { necessary: 1.5 },
};

describe("weakestSpots", () => {
  it("lists keys and categories from the least confident up", () => {
    expect(weakestSpots(PROFILE, 3).map((s) => [s.kind, s.id])).toEqual([
      ["key", "q"],
      ["category", "punctuation"],
      ["key", "z"],
    ]);
    expect(weakestSpots(PROFILE, 0)).toEqual([]);
  });
});

describe("buildWeakSpotDrill", () => {
  const bank = ["queen", "quiet", "tree", "see", "bee", "feel", "keep", "deep", "quote", "sleep"];

  it("is the same for the same random sequence", () => {
    const a = buildWeakSpotDrill(PROFILE, bank, seededRandom(7), 40);
    const b = buildWeakSpotDrill(PROFILE, bank, seededRandom(7), 40);
    expect(a).toEqual(b);
    expect(a.text.split(" ")).toHaveLength(40);
  });

  it("favours words with the weakest keys and the most mistyped words", () => {
    const drill = buildWeakSpotDrill(PROFILE, bank, seededRandom(11), 400);
    const words = drill.text
      .replace(/[,.;:?!]/g, "")
      .toLowerCase()
      .split(" ");
    const withQ = words.filter((w) => w.includes("q")).length;
    const necessary = words.filter((w) => w === "necessary").length;
    // Unweighted, 3 of 11 words have a q and "necessary" is 1 in 11.
    expect(withQ / words.length).toBeGreaterThan(3 / 11);
    expect(necessary / words.length).toBeGreaterThan(1 / 11);
  });

  it("adds punctuation when punctuation is weak, and none when it is not", () => {
    const weak = buildWeakSpotDrill(PROFILE, bank, seededRandom(3), 200);
    expect(weak.text).toMatch(/[,.;:?!]/);
    const strong = buildWeakSpotDrill({ ...PROFILE, categories: {} }, bank, seededRandom(3), 200);
    expect(strong.text).not.toMatch(/[,.;:?!]/);
  });

  it("rejects an empty bank with no remembered words, and a bad length", () => {
    expect(() => buildWeakSpotDrill(emptySkillProfile(), [], seededRandom(1), 5)).toThrow(
      DrillInputError,
    );
    expect(() => buildWeakSpotDrill(PROFILE, bank, seededRandom(1), 0)).toThrow(DrillInputError);
  });
});
