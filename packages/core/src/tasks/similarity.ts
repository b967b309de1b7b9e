import { jaccard } from "./matching.ts";

/**
 * Near-copy detection for written prompts: the Jaccard similarity of character 5-gram sets,
 * after folding case, punctuation and spacing (so re-punctuating a copy does not hide it).
 *
 * Threshold 0.5: independently written prompts, even on a similar subject, share few
 * five-character sequences (well under 0.3), while a copy with a few names or numbers swapped
 * keeps most of them. At 0.5 or more, at least a third of all distinct 5-grams across the two
 * texts appear in both, which does not happen by coincidence in texts of prompt length.
 */
export const NEAR_COPY_THRESHOLD = 0.5;

const GRAM = 5;

function normalize(text: string): string[] {
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return Array.from(folded);
}

export function characterGrams(text: string, size = GRAM): Set<string> {
  const chars = normalize(text);
  const grams = new Set<string>();
  if (chars.length === 0) return grams;
  if (chars.length < size) {
    grams.add(chars.join(""));
    return grams;
  }
  for (let i = 0; i + size <= chars.length; i += 1) grams.add(chars.slice(i, i + size).join(""));
  return grams;
}

/** Similarity in [0, 1]; 1 for texts equal after folding. Empty texts are not similar to anything. */
export function nearCopySimilarity(a: string, b: string): number {
  const gramsA = characterGrams(a);
  const gramsB = characterGrams(b);
  if (gramsA.size === 0 || gramsB.size === 0) return 0;
  return jaccard(gramsA, gramsB);
}

export function isNearCopy(a: string, b: string): boolean {
  return nearCopySimilarity(a, b) >= NEAR_COPY_THRESHOLD;
}
