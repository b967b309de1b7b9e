import { codePoints, fromCodePoints } from "./characters.ts";

/** How far, in characters, the end of the typed text may drift from the target's. */
export const REACH_HALF_WIDTH = 64;

/**
 * The part of a timed drill's target the typist reached: the prefix of `target` closest
 * to `typed` by edit distance. A timed drill holds more text than anyone can finish, so
 * scoring against all of it would count the unreached rest as missing words; cutting it
 * at the typed length instead would misplace the end by every letter dropped or added
 * on the way. Ties go to the prefix whose length is nearest the typed length.
 *
 * Edit distances are computed in a diagonal band of half-width `halfWidth`, which is
 * O(typed length · halfWidth) and exact whenever the end lies within the band.
 */
export function reachedTarget(target: string, typed: string, halfWidth = REACH_HALF_WIDTH): string {
  const goal = codePoints(target.normalize("NFC"));
  const text = codePoints(typed.normalize("NFC"));
  const n = text.length;
  const m = goal.length;
  const width = 2 * halfWidth + 1;
  // Row i holds D(i, j) for j = i − halfWidth … i + halfWidth at index j − i + halfWidth.
  let previous = new Float64Array(width).fill(Number.POSITIVE_INFINITY);
  let current = new Float64Array(width);
  for (let k = 0; k < width; k++) {
    const j = k - halfWidth;
    if (j >= 0 && j <= m) previous[k] = j;
  }
  for (let i = 1; i <= n; i++) {
    for (let k = 0; k < width; k++) {
      const j = i + k - halfWidth;
      if (j < 0 || j > m) {
        current[k] = Number.POSITIVE_INFINITY;
        continue;
      }
      if (j === 0) {
        current[k] = i;
        continue;
      }
      const diagonal = previous[k]! + (text[i - 1] === goal[j - 1] ? 0 : 1);
      const up = k + 1 < width ? previous[k + 1]! + 1 : Number.POSITIVE_INFINITY;
      const left = k > 0 ? current[k - 1]! + 1 : Number.POSITIVE_INFINITY;
      current[k] = Math.min(diagonal, up, left);
    }
    [previous, current] = [current, previous];
  }
  let best = Math.min(n, m);
  let bestCost = Number.POSITIVE_INFINITY;
  for (let k = 0; k < width; k++) {
    const j = n + k - halfWidth;
    const cost = previous[k]!;
    if (j < 0 || j > m || !Number.isFinite(cost)) continue;
    if (cost < bestCost || (cost === bestCost && Math.abs(j - n) < Math.abs(best - n))) {
      best = j;
      bestCost = cost;
    }
  }
  return fromCodePoints(goal, 0, best);
}
