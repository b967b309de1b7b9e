/**
 * A ranking in progress: groups of response ids from best to worst, where the members of one
 * group are tied. Groups rather than per-item "tied with the one above" flags, because a tie
 * belongs to the responses, not to a position: moving one response must never silently tie
 * or untie two others.
 */
export type RankingGroups = string[][];

/** Every response alone, in the order the item lists them. */
export function initialGroups(ids: readonly string[]): RankingGroups {
  return ids.map((id) => [id]);
}

export function flatOrder(groups: RankingGroups): string[] {
  return groups.flat();
}

function locate(groups: RankingGroups, id: string): { group: number; index: number } | null {
  for (let group = 0; group < groups.length; group += 1) {
    const index = groups[group]?.indexOf(id) ?? -1;
    if (index >= 0) return { group, index };
  }
  return null;
}

function without(groups: RankingGroups, id: string): RankingGroups {
  return groups.map((group) => group.filter((member) => member !== id)).filter((g) => g.length > 0);
}

/**
 * One step up. A tied response first leaves its tie, above its former partners; an untied one
 * jumps over the whole group above it, whose tie stays as it was.
 */
export function moveUp(groups: RankingGroups, id: string): RankingGroups {
  const at = locate(groups, id);
  if (!at) return groups;
  const size = groups[at.group]?.length ?? 0;
  if (size > 1) {
    const rest = without(groups, id);
    return [...rest.slice(0, at.group), [id], ...rest.slice(at.group)];
  }
  if (at.group === 0) return groups;
  const next = [...groups];
  [next[at.group - 1], next[at.group]] = [
    next[at.group] as string[],
    next[at.group - 1] as string[],
  ];
  return next;
}

/** One step down; the mirror of moveUp. */
export function moveDown(groups: RankingGroups, id: string): RankingGroups {
  const at = locate(groups, id);
  if (!at) return groups;
  const size = groups[at.group]?.length ?? 0;
  if (size > 1) {
    const rest = without(groups, id);
    return [...rest.slice(0, at.group + 1), [id], ...rest.slice(at.group + 1)];
  }
  if (at.group === groups.length - 1) return groups;
  const next = [...groups];
  [next[at.group], next[at.group + 1]] = [
    next[at.group + 1] as string[],
    next[at.group] as string[],
  ];
  return next;
}

/** Whether a response shares its rank with the response above it. */
export function isTiedWithPrevious(groups: RankingGroups, id: string): boolean {
  const at = locate(groups, id);
  return at !== null && at.index > 0;
}

/**
 * Toggles the tie between a response and the one directly above it, the "=" drawn between
 * two cards. Untying splits the group there; tying merges the two groups, since a response
 * tied with two others makes those two equal as well.
 */
export function toggleTie(groups: RankingGroups, id: string): RankingGroups {
  const at = locate(groups, id);
  if (!at) return groups;
  const group = groups[at.group] as string[];
  if (at.index > 0) {
    return [
      ...groups.slice(0, at.group),
      group.slice(0, at.index),
      group.slice(at.index),
      ...groups.slice(at.group + 1),
    ];
  }
  if (at.group === 0) return groups;
  return [
    ...groups.slice(0, at.group - 1),
    [...(groups[at.group - 1] as string[]), ...group],
    ...groups.slice(at.group + 1),
  ];
}

/**
 * Moves a response to a position in the flat order (drag and drop, or a number key). Dropped
 * between two tied responses it joins their tie; anywhere else it stands alone.
 */
export function moveTo(groups: RankingGroups, id: string, position: number): RankingGroups {
  if (!locate(groups, id)) return groups;
  const rest = without(groups, id);
  const count = rest.reduce((sum, group) => sum + group.length, 0);
  const target = Math.max(0, Math.min(position, count));
  let seen = 0;
  for (let g = 0; g < rest.length; g += 1) {
    const group = rest[g] as string[];
    if (target === seen) return [...rest.slice(0, g), [id], ...rest.slice(g)];
    if (target < seen + group.length) {
      const inside = target - seen;
      const joined = [...group.slice(0, inside), id, ...group.slice(inside)];
      return [...rest.slice(0, g), joined, ...rest.slice(g + 1)];
    }
    seen += group.length;
  }
  return [...rest, [id]];
}

/** Rank per id, 1 best, in standard competition form (1, 2, 2, 4) as the gold is written. */
export function toRankMap(groups: RankingGroups): Record<string, number> {
  const ranks: Record<string, number> = {};
  let rank = 1;
  for (const group of groups) {
    for (const id of group) ranks[id] = rank;
    rank += group.length;
  }
  return ranks;
}

/** Groups from a rank map (a stored answer or the gold); ids without a rank go last. */
export function fromRankMap(ranks: Record<string, number>, ids: readonly string[]): RankingGroups {
  const byRank = new Map<number, string[]>();
  for (const id of ids) {
    const rank = ranks[id] ?? Number.POSITIVE_INFINITY;
    byRank.set(rank, [...(byRank.get(rank) ?? []), id]);
  }
  return [...byRank.entries()].sort((a, b) => a[0] - b[0]).map(([, members]) => members);
}
