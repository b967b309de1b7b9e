/**
 * Tables of the practice workspace: the item library and guidelines (seeded from the content
 * package, then edited by admins), and each worker's batches, drafts and attempts.
 * Same conventions as schema.ts: ISO text timestamps, JSON as text decoded in one place.
 */

export interface GuidelineVersionTable {
  category: string;
  version: number;
  title: string;
  markdown: string;
  created_at: string;
  created_by: string | null;
}

export interface TaskItemTable {
  id: string;
  task_type: string;
  category: string;
  domain: string | null;
  language: string | null;
  title: string;
  difficulty: number;
  expected_minutes: number;
  /** The whole item, gold included, as JSON; never sent to a worker before submission. */
  body: string;
  version: number;
  updated_at: string;
}

export interface PracticeBatchTable {
  id: string;
  user_id: string;
  task_type: string;
  size: number;
  created_at: string;
  completed_at: string | null;
}

export interface PracticeBatchItemTable {
  batch_id: string;
  position: number;
  item_id: string;
  item_version: number;
}

export interface PracticeAttemptTable {
  id: string;
  batch_id: string;
  item_id: string;
  user_id: string;
  submission_id: string;
  answer: string;
  score: number;
  breakdown: string;
  feedback: string;
  active_seconds: number;
  submitted_at: string;
}

export interface PracticeDraftTable {
  batch_id: string;
  item_id: string;
  user_id: string;
  answer: string;
  active_seconds: number;
  saved_at: string;
}

export interface PracticeTables {
  guideline_version: GuidelineVersionTable;
  task_item: TaskItemTable;
  practice_batch: PracticeBatchTable;
  practice_batch_item: PracticeBatchItemTable;
  practice_attempt: PracticeAttemptTable;
  practice_draft: PracticeDraftTable;
}
