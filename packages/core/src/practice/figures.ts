/**
 * Time on task as the server will record it: what the browser measured, but never more than
 * the time that has passed since the batch began, since the browser's figure is only a claim.
 */
export function clampActiveSeconds(claimedSeconds: number, elapsedSeconds: number): number {
  return Math.max(0, Math.min(Math.floor(claimedSeconds), Math.floor(elapsedSeconds)));
}

/** The mean of scores, or null when there are none (no score is not a score of zero). */
export function meanScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}
