/**
 * One-to-one matching of a worker's marks to gold targets, and the precision/recall figures
 * built on it. One-to-one, because marking the same error twice must not count twice, and one
 * broad mark must not claim several errors.
 */

export interface Matching {
  /** For each gold target, the index of the mark matched to it, or -1. */
  goldToMark: number[];
  /** For each mark, the index of the gold target it matched, or -1. */
  markToGold: number[];
}

/**
 * A maximum matching that also maximises the total weight of matched gold targets. Gold
 * targets are tried in decreasing weight with augmenting paths: the sets of gold targets that
 * can be matched together form a transversal matroid, on which this greedy order is optimal,
 * so a mark that could cover either a minor or a major error is given to the major one.
 */
export function matchMarks<G, M>(
  gold: readonly G[],
  marks: readonly M[],
  compatible: (gold: G, mark: M) => boolean,
  weight: (gold: G) => number = () => 1,
): Matching {
  const goldToMark = gold.map(() => -1);
  const markToGold = marks.map(() => -1);
  const order = gold
    .map((target, index) => ({ index, weight: weight(target) }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);

  const augment = (g: number, visited: boolean[]): boolean => {
    const target = gold[g] as G;
    for (let m = 0; m < marks.length; m += 1) {
      if (visited[m] || !compatible(target, marks[m] as M)) continue;
      visited[m] = true;
      const holder = markToGold[m] ?? -1;
      if (holder < 0 || augment(holder, visited)) {
        markToGold[m] = g;
        goldToMark[g] = m;
        return true;
      }
    }
    return false;
  };

  for (const { index } of order) {
    augment(
      index,
      marks.map(() => false),
    );
  }
  return { goldToMark, markToGold };
}

/**
 * F1 from counts. With nothing planted and nothing flagged the worker is exactly right, so the
 * empty case scores 1 rather than being undefined.
 */
export function f1(truePositives: number, falsePositives: number, falseNegatives: number): number {
  const denominator = 2 * truePositives + falsePositives + falseNegatives;
  return denominator === 0 ? 1 : (2 * truePositives) / denominator;
}

/** Precision with the same convention: no marks at all are never imprecise. */
export function precision(truePositives: number, falsePositives: number): number {
  const marked = truePositives + falsePositives;
  return marked === 0 ? 1 : truePositives / marked;
}

/** Recall with the same convention: when nothing was planted, nothing was missed. */
export function recall(truePositives: number, falseNegatives: number): number {
  const planted = truePositives + falseNegatives;
  return planted === 0 ? 1 : truePositives / planted;
}

/** Jaccard similarity of two sets; two empty sets are identical. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const value of a) if (b.has(value)) shared += 1;
  return shared / (a.size + b.size - shared);
}
