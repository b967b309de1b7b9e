/**
 * Kendall's tau-b between two paired samples, tie-corrected as scipy.stats.kendalltau
 * (variant "b") defines it:
 *
 *   tau_b = (P − Q) / sqrt((P + Q + T) · (P + Q + U))
 *
 * over all pairs i < j: P concordant, Q discordant, T tied only in x, U tied only in y (pairs
 * tied in both count in neither). The result is NaN when either input is constant (including
 * fewer than two values), since no ordering exists to agree with, and NaN when any value is
 * NaN, as scipy's default "propagate" policy does. Throws when the lengths differ.
 *
 * Rankings here have at most six entries, so the direct O(n²) count is the clearest choice.
 */
export function kendallTauB(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) {
    throw new RangeError(
      `kendallTauB needs paired samples, got lengths ${x.length} and ${y.length}`,
    );
  }
  if (x.some(Number.isNaN) || y.some(Number.isNaN)) return Number.NaN;
  let concordant = 0;
  let discordant = 0;
  let tiedOnlyX = 0;
  let tiedOnlyY = 0;
  for (let i = 0; i < x.length; i += 1) {
    for (let j = i + 1; j < x.length; j += 1) {
      const dx = compare(x[i] as number, x[j] as number);
      const dy = compare(y[i] as number, y[j] as number);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiedOnlyX += 1;
      else if (dy === 0) tiedOnlyY += 1;
      else if (dx === dy) concordant += 1;
      else discordant += 1;
    }
  }
  const denominator = Math.sqrt(
    (concordant + discordant + tiedOnlyX) * (concordant + discordant + tiedOnlyY),
  );
  if (denominator === 0) return Number.NaN;
  // Rounding can push an exact ±1 a hair outside the range; the statistic itself cannot leave it.
  return Math.max(-1, Math.min(1, (concordant - discordant) / denominator));
}

/** Comparison rather than subtraction, so equal infinities tie instead of producing NaN. */
function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
