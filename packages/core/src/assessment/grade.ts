import type { AssessmentBlueprint } from "./blueprint.ts";

/** Each section's score in [0, 1] (mean item score), by section id. */
export type SectionScores = Readonly<Record<string, number>>;

export interface SectionGrade {
  id: string;
  label: string;
  score: number;
  weight: number;
  min: number;
  passed: boolean;
}

export interface AssessmentGrade {
  passed: boolean;
  /** Weighted mean of the section scores. */
  overall: number;
  passMark: number;
  sections: SectionGrade[];
  /** Section ids scored at or above `STRENGTH_SCORE`, best first. */
  strengths: string[];
  /** Section ids under their minimum or under the pass mark, weakest first. */
  toPractise: string[];
  /** Why the attempt failed, one sentence a person can read per reason; empty on a pass. */
  reasons: string[];
}

/** A section at or above this score is reported as a strength. */
export const STRENGTH_SCORE = 0.85;

// Weighted sums of decimals land a hair off exact marks (0.7 becomes 0.6999999999999999);
// a score that equals the mark on paper must pass.
const TOLERANCE = 1e-9;

/** Whole percent, rounded down so a score just under a mark never reads as reaching it. */
export function formatPercent(score: number): string {
  return `${Math.floor(score * 100 + TOLERANCE)}%`;
}

/**
 * Grades an attempt from its section scores. A section with no score was not reached and
 * scores 0. The attempt passes when the weighted overall reaches the pass mark and every
 * section reaches its own minimum; each shortfall is given as a reason.
 */
export function gradeAssessment(
  blueprint: AssessmentBlueprint,
  sectionScores: SectionScores,
): AssessmentGrade {
  const known = new Set(blueprint.sections.map((s) => s.id));
  for (const [id, score] of Object.entries(sectionScores)) {
    if (!known.has(id)) throw new RangeError(`"${id}" is not a section of ${blueprint.id}.`);
    if (!(score >= 0 && score <= 1)) {
      throw new RangeError(`Section "${id}" has score ${score}; scores lie in [0, 1].`);
    }
  }
  const sections: SectionGrade[] = blueprint.sections.map((s) => {
    const score = sectionScores[s.id] ?? 0;
    return {
      id: s.id,
      label: s.label,
      score,
      weight: s.weight,
      min: s.minScore,
      passed: score + TOLERANCE >= s.minScore,
    };
  });
  const totalWeight = sections.reduce((sum, s) => sum + s.weight, 0);
  const overall = Math.min(
    1,
    sections.reduce((sum, s) => sum + s.weight * s.score, 0) / totalWeight,
  );
  const overallPassed = overall + TOLERANCE >= blueprint.passMark;

  const reasons: string[] = [];
  for (const s of sections) {
    if (!s.passed) {
      reasons.push(
        `${s.label} scored ${formatPercent(s.score)}, under its minimum of ${formatPercent(s.min)}.`,
      );
    }
  }
  if (!overallPassed) {
    reasons.push(
      `The overall score is ${formatPercent(overall)}, under the pass mark of ${formatPercent(blueprint.passMark)}.`,
    );
  }

  const strengths = sections
    .filter((s) => s.score + TOLERANCE >= STRENGTH_SCORE)
    .sort((x, y) => y.score - x.score)
    .map((s) => s.id);
  const toPractise = sections
    .filter((s) => !s.passed || s.score + TOLERANCE < blueprint.passMark)
    .sort((x, y) => x.score - y.score)
    .map((s) => s.id);

  return {
    passed: reasons.length === 0,
    overall,
    passMark: blueprint.passMark,
    sections,
    strengths,
    toPractise,
    reasons,
  };
}
