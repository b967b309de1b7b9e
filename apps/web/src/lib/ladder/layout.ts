import {
  CATEGORY_LABELS,
  type Category,
  type Domain,
  formatBound,
  type LadderState,
} from "@rubric/core";

/** What the path needs of a ladder entry; the dashboard's entries carry more. */
export interface PathEntry {
  key: string;
  category: Category;
  domain: Domain | null;
  state: LadderState;
}

/** What the path needs of the ladder rules: which categories open which. */
export interface PathRule {
  category: Category;
  prerequisites: readonly Category[];
}

/** One category on the path; domain-expert evaluation holds one entry per domain. */
export interface PathGroup<E extends PathEntry> {
  category: Category;
  title: string;
  /** The categories it opens after, by name, for "after fact-checking". */
  after: string[];
  entries: E[];
}

/** One rung of the drawn path: the categories that open at the same depth, side by side. */
export interface PathTier<E extends PathEntry> {
  depth: number;
  groups: PathGroup<E>[];
}

/**
 * Lays the ladder out as tiers. A category's depth is one more than its deepest prerequisite
 * (one for a category that opens on the core assessment alone), so categories that unlock in
 * parallel share a tier: rewriting and prompt creation, then fact-checking and red teaming.
 * Within a tier, a category sits under the column of what it follows, so the path reads
 * straight down. Depths come from the published rules, never from a list kept here.
 */
export function ladderTiers<E extends PathEntry>(
  rules: readonly PathRule[],
  entries: readonly E[],
): PathTier<E>[] {
  const depth = new Map<Category, number>();
  for (const rule of rules) {
    const below = rule.prerequisites.map((p) => depth.get(p) ?? 0);
    depth.set(rule.category, 1 + Math.max(0, ...below));
  }
  const column = new Map<Category, number>();
  const tiers: PathTier<E>[] = [];
  for (const rule of rules) {
    const d = depth.get(rule.category) ?? 1;
    let tier = tiers.find((t) => t.depth === d);
    if (!tier) {
      tier = { depth: d, groups: [] };
      tiers.push(tier);
    }
    tier.groups.push({
      category: rule.category,
      title: CATEGORY_LABELS[rule.category],
      after: rule.prerequisites.map((p) => CATEGORY_LABELS[p].toLowerCase()),
      entries: entries.filter((e) => e.category === rule.category),
    });
  }
  tiers.sort((a, b) => a.depth - b.depth);
  for (const tier of tiers) {
    const parentColumn = (category: Category) => {
      const rule = rules.find((r) => r.category === category);
      return Math.min(...(rule?.prerequisites ?? []).map((p) => column.get(p) ?? 0), Infinity);
    };
    // A stable sort keeps ladder order between categories that follow the same column.
    tier.groups.sort((a, b) => parentColumn(a.category) - parentColumn(b.category));
    tier.groups.forEach((group, i) => {
      column.set(group.category, i);
    });
  }
  return tiers;
}

export type StateTone = "neutral" | "primary" | "success" | "warning";
export type StateIcon = "lock" | "open" | "check" | "pause";

/** How a state is shown: never by colour alone, always with an icon and a word. */
export interface StateLook {
  label: string;
  tone: StateTone;
  icon: StateIcon;
  /** One sentence for the step's accessible description. */
  meaning: string;
}

export const STATE_LOOK: Readonly<Record<LadderState, StateLook>> = {
  locked: {
    label: "Locked",
    tone: "neutral",
    icon: "lock",
    meaning: "Needs the steps before it first.",
  },
  available: {
    label: "Available",
    tone: "primary",
    icon: "open",
    meaning: "Open to practise and to test for.",
  },
  qualified: {
    label: "Qualified",
    tone: "success",
    icon: "check",
    meaning: "Unlocked and held.",
  },
  suspended: {
    label: "Suspended",
    tone: "warning",
    icon: "pause",
    meaning: "Recent quality fell under the bar; it returns once quality recovers.",
  },
};

/** The best state among a group's entries, for a group heading (domain-expert evaluation). */
export function bestState(states: readonly LadderState[]): LadderState {
  const order: LadderState[] = ["qualified", "suspended", "available", "locked"];
  return order.find((s) => states.includes(s)) ?? "locked";
}

/** What unlocking a step still asks for, as the entry reports it. */
export interface UnlockFigures {
  state: LadderState;
  quality: {
    unlock: { count: number; minGoldItems: number; lower: number; minLowerBound: number } | null;
  };
  test: { passed: boolean } | null;
}

export interface ProgressPart {
  label: string;
  /** In [0, 1]. */
  fraction: number;
  done: boolean;
  detail: string;
}

/**
 * How far a step is from unlocking, one part per gate with the step's own figures: gold items
 * counted against the minimum, the lower bound against the bar, the test passed or not. The
 * overall fraction is the mean of the parts, a guide for the bar, never a gate.
 */
export function unlockProgress(entry: UnlockFigures): { fraction: number; parts: ProgressPart[] } {
  const parts: ProgressPart[] = [];
  const unlock = entry.quality.unlock;
  if (unlock) {
    parts.push({
      label: "Gold items",
      fraction: Math.min(1, unlock.count / unlock.minGoldItems),
      done: unlock.count >= unlock.minGoldItems,
      detail: `${Math.min(unlock.count, unlock.minGoldItems)} of ${unlock.minGoldItems}`,
    });
    parts.push({
      label: "Quality lower bound",
      fraction: Math.min(1, unlock.lower / unlock.minLowerBound),
      done: unlock.lower + 1e-12 >= unlock.minLowerBound,
      detail: `${formatBound(unlock.lower)} of ${unlock.minLowerBound.toFixed(2)}`,
    });
  }
  if (entry.test) {
    parts.push({
      label: "Qualification test",
      fraction: entry.test.passed ? 1 : 0,
      done: entry.test.passed,
      detail: entry.test.passed ? "passed" : "not passed yet",
    });
  }
  if (entry.state === "qualified") return { fraction: 1, parts };
  const fraction =
    parts.length === 0 ? 0 : parts.reduce((s, p) => s + p.fraction, 0) / parts.length;
  return { fraction, parts };
}
