/**
 * Choosing the items of a practice batch. A worker learns most from items they have never
 * seen, so those come first; next come items served in an earlier batch but never answered
 * (an abandoned batch), and only then items already attempted. Within each tier the order is
 * random, so two workers (or two batches) do not walk the library in the same order.
 */

export interface PracticeHistory {
  /** Items the worker has submitted an answer to. */
  attempted: ReadonlySet<string>;
  /** Items that were part of any of the worker's batches, answered or not. */
  served: ReadonlySet<string>;
}

/** A source of uniform numbers in [0, 1); the server passes a cryptographic one. */
export type RandomSource = () => number;

function tier(id: string, history: PracticeHistory): number {
  if (history.attempted.has(id)) return 2;
  return history.served.has(id) ? 1 : 0;
}

/** Fisher–Yates on a copy. */
function shuffled<T>(values: readonly T[], random: RandomSource): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Up to `size` distinct items from `candidates`, freshest first. Returns fewer only when
 * there are fewer distinct candidates; the caller decides whether that is enough.
 */
export function pickBatchItems(
  candidates: readonly string[],
  history: PracticeHistory,
  size: number,
  random: RandomSource,
): string[] {
  const unique = [...new Set(candidates)];
  const tiers: string[][] = [[], [], []];
  for (const id of unique) tiers[tier(id, history)]?.push(id);
  return tiers.flatMap((ids) => shuffled(ids, random)).slice(0, Math.max(0, size));
}
