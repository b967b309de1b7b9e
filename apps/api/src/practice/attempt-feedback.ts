import {
  diffRewrite,
  publicView,
  type RewriteDiffSegment,
  rewriteAnswerSchema,
  type TaskFeedbackKind,
  type TaskItem,
  type TaskPublicView,
  type TaskScore,
  type TaskType,
} from "@rubric/core";
import type { Kysely } from "kysely";
import type { StoredAttempt } from "../db/practice-batches.ts";
import type { Database } from "../db/schema.ts";
import { renderMarkdown } from "../guidelines/markdown.ts";
import { currentSections, refCategories, sectionTitle } from "../guidelines/sections.ts";

/** What a worker reads after submitting: their answer beside the gold, and why. */
export interface AttemptFeedback {
  attemptId: string;
  batchId: string;
  itemId: string;
  taskType: TaskType;
  title: string;
  score: number;
  breakdown: TaskScore["breakdown"];
  feedback: {
    kind: TaskFeedbackKind;
    message: string;
    guidelineRef: string | null;
    guidelineTitle: string | null;
  }[];
  answer: unknown;
  gold: TaskItem["gold"];
  rationale: string;
  renderedRationale: string;
  activeSeconds: number;
  expectedMinutes: number;
  submittedAt: string;
  view: TaskPublicView;
  /** Rewrites only: the worker's text against the response it rewrites. */
  diff: RewriteDiffSegment[] | null;
}

/**
 * Feedback for a stored attempt. Only ever called once the attempt is stored: this is the
 * one place the gold and rationale leave the server.
 */
export async function attemptFeedback(
  db: Kysely<Database>,
  attempt: StoredAttempt,
  item: TaskItem,
): Promise<AttemptFeedback> {
  const refs = attempt.feedback.flatMap((f) => (f.guidelineRef ? [f.guidelineRef] : []));
  const sections = await currentSections(db, refCategories(refs));
  const rewrite =
    item.taskType === "rewrite" ? rewriteAnswerSchema.safeParse(attempt.answer) : null;
  return {
    attemptId: attempt.id,
    batchId: attempt.batchId,
    itemId: item.id,
    taskType: item.taskType,
    title: item.title,
    score: attempt.score,
    breakdown: attempt.breakdown,
    feedback: attempt.feedback.map((f) => ({
      kind: f.kind,
      message: f.message,
      guidelineRef: f.guidelineRef || null,
      guidelineTitle: f.guidelineRef ? sectionTitle(f.guidelineRef, sections) : null,
    })),
    answer: attempt.answer,
    gold: item.gold,
    rationale: item.rationale,
    renderedRationale: renderMarkdown(item.rationale),
    activeSeconds: attempt.activeSeconds,
    expectedMinutes: item.expectedMinutes,
    submittedAt: attempt.submittedAt,
    view: publicView(item),
    diff:
      item.taskType === "rewrite" && rewrite?.success
        ? diffRewrite(item.prompt.response, rewrite.data.text)
        : null,
  };
}
