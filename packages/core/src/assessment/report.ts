import { TASK_TYPE_LABELS } from "../practice/task-types.ts";
import { TASK_TYPES, type TaskType } from "../tasks/enums.ts";
import type { AssessmentBlueprint, CoreAssessmentSection } from "./blueprint.ts";
import {
  type AssessmentGrade,
  formatPercent,
  gradeAssessment,
  type SectionScores,
} from "./grade.ts";
import type { DrillItemKind } from "./items.ts";

/** One drawn item after grading; `score` is null when it was never answered. */
export interface GradedItem {
  ref: string;
  sectionId: string;
  title: string;
  score: number | null;
}

/** Each section's mean item score; an unanswered item scores 0. */
export function sectionScoresOf(
  blueprint: AssessmentBlueprint,
  items: readonly GradedItem[],
): SectionScores {
  return Object.fromEntries(
    blueprint.sections.map((section) => {
      const own = items.filter((i) => i.sectionId === section.id);
      const sum = own.reduce((total, i) => total + (i.score ?? 0), 0);
      return [section.id, own.length === 0 ? 0 : Math.min(1, sum / own.length)];
    }),
  );
}

/** Where a worker practises what a section tests. */
export type PracticeTarget =
  | { kind: "practice"; taskType: TaskType }
  | { kind: "drill"; drill: DrillItemKind };

interface SectionPractice {
  advice: string;
  target: PracticeTarget;
}

const CORE_SECTION_PRACTICE: Readonly<Record<CoreAssessmentSection, SectionPractice>> = {
  guideline_application: {
    advice: "re-read the guideline sections each item cites, then practise rating against criteria",
    target: { kind: "practice", taskType: "rating" },
  },
  attention_to_detail: {
    advice: "do proofreading drills and mark every error before moving on",
    target: { kind: "drill", drill: "proofreading" },
  },
  pairwise_judgment: {
    advice: "practise pairwise comparisons and justify each preference",
    target: { kind: "practice", taskType: "pairwise" },
  },
  fact_checking: {
    advice: "practise fact-checking, judging each claim only from its sources",
    target: { kind: "practice", taskType: "fact_check" },
  },
  short_rewrite: {
    advice: "practise rewrites that meet every instruction of the brief",
    target: { kind: "practice", taskType: "rewrite" },
  },
  typing_transcription: {
    advice: "do typing and transcription drills, accuracy before speed",
    target: { kind: "drill", drill: "transcription" },
  },
};

/** What to practise for a section: the core table, or the task type a test section is named after. */
export function sectionPractice(sectionId: string): SectionPractice {
  const core = CORE_SECTION_PRACTICE[sectionId as CoreAssessmentSection];
  if (core) return core;
  if ((TASK_TYPES as readonly string[]).includes(sectionId)) {
    const taskType = sectionId as TaskType;
    return {
      advice: `practise ${TASK_TYPE_LABELS[taskType].toLowerCase()} items and read the feedback on each`,
      target: { kind: "practice", taskType },
    };
  }
  throw new RangeError(`No practice is known for section "${sectionId}".`);
}

const CORE_SECTION_DESCRIPTIONS: Readonly<Record<CoreAssessmentSection, string>> = {
  guideline_application:
    "Rate single responses against the guideline's criteria and classify replies against the safety policy.",
  attention_to_detail:
    "Mark every error in short texts: spelling, grammar, punctuation, numbers and facts.",
  pairwise_judgment:
    "Compare two responses to the same prompt, rate both and say which is better and why.",
  fact_checking:
    "Judge each claim of a response against the sources given, and cite the source you used.",
  short_rewrite: "Rewrite a flawed response so that it meets every instruction of the brief.",
  typing_transcription:
    "Type a passage as written, then transcribe a short audio clip in house style.",
};

const TASK_SECTION_DESCRIPTIONS: Readonly<Record<TaskType, string>> = {
  pairwise: "Compare two responses, rate both and say which is better and why.",
  ranking: "Rank four to six responses from best to worst, ties allowed, and justify the order.",
  rating: "Rate one response against the listed criteria and tag its issues.",
  rewrite: "Rewrite a flawed response so that it meets every instruction of the brief.",
  prompt: "Write prompts that test the capability each brief describes, within its constraints.",
  red_team: "Classify replies against the safety policy, or write adversarial prompts to a brief.",
  fact_check: "Judge each claim against the sources given, citing the source you used.",
  domain_review: "Review expert answers in the domain: mark each error and judge the whole answer.",
  code_review: "Review code: say whether it is correct and mark the lines with bugs.",
};

/** What a section asks of the worker, shown before they start it. */
export function sectionDescription(sectionId: string): string {
  return (
    CORE_SECTION_DESCRIPTIONS[sectionId as CoreAssessmentSection] ??
    TASK_SECTION_DESCRIPTIONS[sectionId as TaskType] ??
    ""
  );
}

export interface SectionReport {
  id: string;
  label: string;
  score: number;
  min: number;
  passed: boolean;
  items: { ref: string; title: string; score: number }[];
}

export interface AssessmentReportBody {
  passed: boolean;
  overall: number;
  passMark: number;
  sections: SectionReport[];
  /** "Pairwise judgment (92%)", best first. */
  strengths: string[];
  /** One sentence per section to work on, weakest first, with where to practise it. */
  toPractise: { message: string; target: PracticeTarget }[];
  /** Why the attempt failed; empty on a pass. */
  reasons: string[];
}

/** Grades the items of an attempt and says what went well and what to practise. */
export function assessmentReport(
  blueprint: AssessmentBlueprint,
  items: readonly GradedItem[],
): AssessmentReportBody {
  const grade: AssessmentGrade = gradeAssessment(blueprint, sectionScoresOf(blueprint, items));
  const byId = new Map(grade.sections.map((s) => [s.id, s]));
  return {
    passed: grade.passed,
    overall: grade.overall,
    passMark: grade.passMark,
    sections: grade.sections.map((s) => ({
      id: s.id,
      label: s.label,
      score: s.score,
      min: s.min,
      passed: s.passed,
      items: items
        .filter((i) => i.sectionId === s.id)
        .map((i) => ({ ref: i.ref, title: i.title, score: i.score ?? 0 })),
    })),
    strengths: grade.strengths.map((id) => {
      const s = byId.get(id);
      return s ? `${s.label} (${formatPercent(s.score)})` : id;
    }),
    toPractise: grade.toPractise.flatMap((id) => {
      const s = byId.get(id);
      if (!s) return [];
      const { advice, target } = sectionPractice(id);
      const shortfall = s.passed ? "" : `, under its minimum of ${formatPercent(s.min)}`;
      return [
        { message: `${s.label} scored ${formatPercent(s.score)}${shortfall}: ${advice}.`, target },
      ];
    }),
    reasons: grade.reasons,
  };
}
