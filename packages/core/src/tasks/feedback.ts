import { type GuidelineRef, parseGuidelineRef } from "./guideline-sections.ts";
import { containsPhrase, type KeyPoint, keyPointCoverage } from "./key-points.ts";

/** What a scored attempt returns: the score, how it was built, and what to learn from it. */

export type TaskFeedbackKind = "missed" | "wrong" | "good" | "extra";

export interface TaskFeedback {
  kind: TaskFeedbackKind;
  message: string;
  /** `<category>#<section-slug>` of the guideline section that explains the point. */
  guidelineRef?: GuidelineRef;
}

export interface ScoreComponent {
  id: string;
  label: string;
  /** 0..1 */
  score: number;
  /** Share of the total score, 0..1; the weights of a breakdown sum to 1. */
  weight: number;
  detail: string;
}

export interface TaskScore {
  /** 0..1 */
  score: number;
  breakdown: ScoreComponent[];
  feedback: TaskFeedback[];
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Combines weighted components. The total is computed from the raw weights so that a perfect
 * attempt is exactly 1, then the weights are shown as shares of the total.
 */
export function combineScore(
  components: readonly ScoreComponent[],
  feedback: TaskFeedback[],
): TaskScore {
  const totalWeight = components.reduce((sum, part) => sum + part.weight, 0);
  if (totalWeight <= 0) throw new Error("a score needs at least one weighted component");
  const weighted = components.reduce((sum, part) => sum + part.weight * clamp01(part.score), 0);
  return {
    score: clamp01(weighted / totalWeight),
    breakdown: components.map((part) => ({
      ...part,
      score: clamp01(part.score),
      weight: part.weight / totalWeight,
    })),
    feedback,
  };
}

/** Slug words too common to say what a sentence is about. */
const SLUG_STOP_WORDS = new Set(["a", "and", "of", "the", "to", "vs", "with", "what", "good"]);

/**
 * The item reference whose section name the text mentions ("tie" → ranking-with-ties), so a
 * piece of feedback about formatting links the formatting section the author listed.
 */
export function refMentionedIn(text: string, itemRefs: readonly string[]): string | undefined {
  return itemRefs.find((ref) => {
    const parsed = parseGuidelineRef(ref);
    if (!parsed || parsed.slug === "close-calls") return false;
    return parsed.slug
      .split("-")
      .filter((word) => !SLUG_STOP_WORDS.has(word))
      .some((word) => containsPhrase(text, word));
  });
}

/** The best link for feedback about a particular text: a section it mentions, else the fallback. */
export function refForText(text: string, itemRefs: readonly string[], fallback: string): string {
  return refMentionedIn(text, itemRefs) ?? fallback;
}

export interface ScoredPart {
  component: ScoreComponent;
  feedback: TaskFeedback[];
}

/**
 * Key points a justification covers. A missed point links the section it names among the
 * item's references, else the item's first reference: the author listed it for this lesson.
 */
export function scoreKeyPoints(
  text: string,
  points: readonly KeyPoint[],
  itemRefs: readonly string[],
  weight: number,
  label = "Justification covers the key points",
): ScoredPart {
  const coverage = keyPointCoverage(text, points);
  const covered = coverage.filter((entry) => entry.covered).length;
  const feedback: TaskFeedback[] = coverage.map((entry) =>
    entry.covered
      ? {
          kind: "good",
          message: `You noted: ${entry.point.point}.`,
          guidelineRef: refForText(entry.point.point, itemRefs, itemRefs[0] ?? ""),
        }
      : {
          kind: "missed",
          message: `Your justification does not mention: ${entry.point.point}.`,
          guidelineRef: refForText(entry.point.point, itemRefs, itemRefs[0] ?? ""),
        },
  );
  return {
    component: {
      id: "key-points",
      label,
      score: points.length === 0 ? 1 : covered / points.length,
      weight,
      detail: `${covered} of ${points.length} key points`,
    },
    feedback,
  };
}

/** Lower-case words from an identifier: "factual_error" → "factual error". */
export function humanize(value: string): string {
  return value.replaceAll("_", " ");
}
