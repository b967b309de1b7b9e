/** A source of uniform numbers in [0, 1), passed in so that every draw can be replayed. */
export type RandomSource = () => number;

/**
 * Mulberry32: a small, fast 32-bit generator. Good enough to shuffle item pools, and the same
 * seed gives the same sequence on every platform, so a drawn assessment can be reproduced.
 */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A 32-bit seed from text (FNV-1a over UTF-16 units), e.g. from a worker id and an attempt
 * number, so that a retake draws differently while any one attempt can be replayed.
 */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
