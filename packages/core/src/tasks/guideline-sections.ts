import { z } from "zod";
import { CATEGORIES, type Category } from "../categories/categories.ts";

/**
 * The sections every category guideline has, by slug. Items may only reference these, so
 * a link in feedback always lands on a heading that exists.
 */
export const GUIDELINE_SECTIONS = {
  basic_annotation: [
    "transcription-style",
    "clean-verbatim",
    "full-verbatim",
    "speaker-labels",
    "timestamps",
    "tags",
    "proofreading",
  ],
  general_evaluation: [
    "dimensions",
    "accuracy",
    "helpfulness",
    "harmlessness",
    "honesty",
    "clarity",
    "completeness",
    "preference-strength",
    "issue-taxonomy",
    "ranking-with-ties",
    "rating-scale-anchors",
    "writing-justifications",
    "close-calls",
  ],
  rewriting: [
    "what-to-fix",
    "preserving-intent",
    "factual-corrections",
    "format-and-length",
    "tone-and-register",
    "close-calls",
  ],
  prompt_creation: [
    "anatomy-of-a-good-prompt",
    "difficulty",
    "constraints",
    "originality",
    "personal-data",
    "close-calls",
  ],
  red_teaming: [
    "verdicts",
    "over-refusal",
    "tactics",
    "severity-scale",
    "writing-adversarial-prompts",
    "close-calls",
  ],
  fact_checking: [
    "claim-verdicts",
    "citing-sources",
    "partial-support",
    "numbers-and-dates",
    "close-calls",
  ],
  domain_expert: [
    "domain-standards",
    "marking-error-spans",
    "severity",
    "medicine",
    "law",
    "science",
    "finance",
    "close-calls",
  ],
  code_evaluation: [
    "correctness",
    "marking-buggy-lines",
    "severity",
    "security",
    "style-vs-bugs",
    "close-calls",
  ],
} as const satisfies Record<Category, readonly string[]>;

/** `<category>#<section-slug>`, e.g. `general_evaluation#preference-strength`. */
export type GuidelineRef = string;

export interface ParsedGuidelineRef {
  category: Category;
  slug: string;
}

/** Splits a reference into category and slug, or returns null when it names no known section. */
export function parseGuidelineRef(ref: string): ParsedGuidelineRef | null {
  const hash = ref.indexOf("#");
  if (hash < 0) return null;
  const category = ref.slice(0, hash);
  const slug = ref.slice(hash + 1);
  if (!(CATEGORIES as readonly string[]).includes(category)) return null;
  const sections: readonly string[] = GUIDELINE_SECTIONS[category as Category];
  return sections.includes(slug) ? { category: category as Category, slug } : null;
}

export const guidelineRefSchema = z.string().refine((ref) => parseGuidelineRef(ref) !== null, {
  message: "must be <category>#<section-slug> naming a section of that category's guideline",
});

/**
 * The most relevant section for a piece of feedback: the first candidate (in order of
 * relevance) that the item itself references, since the item's author chose those for this
 * case; otherwise the first candidate, the general section for that kind of mistake.
 */
export function pickGuidelineRef(
  itemRefs: readonly string[],
  candidates: readonly [string, ...string[]],
): string {
  for (const candidate of candidates) {
    if (itemRefs.includes(candidate)) return candidate;
  }
  return candidates[0];
}
