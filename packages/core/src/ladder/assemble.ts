import type { Category, Domain } from "../categories/categories.ts";
import type { DrillKind } from "../drills/drill-report.ts";
import type { LadderGoldResult, LadderHistory } from "./history.ts";
import { DOMAIN_CATEGORY } from "./rules.ts";

/** A graded assessment attempt as stored; `at` is when it counts as submitted. */
export interface AssessmentOutcome {
  kind: "core" | "qualification";
  category: Category | null;
  domain: Domain | null;
  passed: boolean;
  score: number;
  at: Date;
}

/** One scored known-answer item: a practice attempt, or an answered assessment item. */
export interface ScoredGoldItem {
  category: Category;
  domain: Domain | null;
  score: number;
  at: Date;
}

/** A submitted drill with its headline figures as stored. */
export interface SubmittedDrill {
  kind: DrillKind;
  /** Typing: share of keys right; transcription: word accuracy; both in [0, 1]. */
  accuracy: number | null;
  /** Proofreading: F1 of the marks against the seeded errors. */
  f1: number | null;
  flagged: boolean;
  at: Date;
}

/** A stored qualification. */
export interface StoredQualification {
  category: Category;
  domain: Domain | null;
  at: Date;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * A drill as a basic-annotation gold result: proofreading counts its F1, typing its key
 * accuracy and transcription its word accuracy. A flagged drill (implausible timing,
 * pasted text) counts for nothing, like it counts for no best.
 */
export function drillGoldCredit(drill: SubmittedDrill): number | null {
  if (drill.flagged) return null;
  const credit = drill.kind === "proofreading" ? drill.f1 : drill.accuracy;
  return credit === null || !Number.isFinite(credit) ? null : clamp01(credit);
}

function placed(category: Category, domain: Domain | null) {
  if (category !== DOMAIN_CATEGORY) return { category };
  return domain === null ? null : { category, domain };
}

export interface LadderRows {
  assessments: readonly AssessmentOutcome[];
  gold: readonly ScoredGoldItem[];
  drills: readonly SubmittedDrill[];
  qualifications: readonly StoredQualification[];
}

/**
 * The ladder's history from what the platform stores. Domains travel only with
 * domain-expert records: a general item about medicine is general-evaluation evidence, not
 * medical evidence. A domain-expert record without a domain places nowhere and is dropped.
 */
export function assembleLadderHistory(rows: LadderRows): LadderHistory {
  const gold: LadderGoldResult[] = [];
  for (const item of rows.gold) {
    const place = placed(item.category, item.domain);
    if (place) gold.push({ ...place, score: clamp01(item.score), at: item.at });
  }
  for (const drill of rows.drills) {
    const credit = drillGoldCredit(drill);
    if (credit !== null) gold.push({ category: "basic_annotation", score: credit, at: drill.at });
  }
  const history: LadderHistory = {
    coreAssessment: [],
    qualificationTests: [],
    gold,
    qualifications: [],
  };
  for (const a of rows.assessments) {
    if (a.kind === "core") {
      history.coreAssessment.push({ passed: a.passed, score: clamp01(a.score), at: a.at });
      continue;
    }
    const place = a.category === null ? null : placed(a.category, a.domain);
    if (place) {
      history.qualificationTests.push({
        ...place,
        score: clamp01(a.score),
        passed: a.passed,
        at: a.at,
      });
    }
  }
  for (const q of rows.qualifications) {
    const place = placed(q.category, q.domain);
    if (place) history.qualifications.push({ ...place, at: q.at });
  }
  return history;
}
