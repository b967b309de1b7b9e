/**
 * Tables of assessments, the ladder and pay: attempts with their drawn items, section
 * timing and saved answers; stored qualifications; pay bands; the simulated earnings
 * ledger; and platform settings. Same conventions as schema.ts: ISO text timestamps, flags
 * as 0/1, JSON as text decoded in one place per table group.
 */

export interface PlatformSettingTable {
  name: string;
  value: string;
  updated_at: string;
}

export interface PayBandTable {
  category: string;
  min_usd_per_hour: number;
  max_usd_per_hour: number;
  premium_note: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface AssessmentAttemptTable {
  id: string;
  user_id: string;
  kind: string;
  category: string | null;
  domain: string | null;
  /** JSON: the blueprint the attempt was drawn and is graded by. */
  blueprint: string;
  started_at: string;
  submitted_at: string | null;
  overall: number | null;
  passed: number | null;
}

export interface AssessmentSectionTable {
  attempt_id: string;
  section_id: string;
  position: number;
  opened_at: string | null;
  closed_at: string | null;
}

export interface AssessmentItemTable {
  attempt_id: string;
  item_ref: string;
  section_id: string;
  position: number;
  kind: string;
  title: string;
  category: string;
  domain: string | null;
  score: number | null;
}

export interface AssessmentAnswerTable {
  attempt_id: string;
  item_ref: string;
  /** JSON: the answer as validated against its item. */
  answer: string;
  saved_at: string;
}

export interface QualificationTable {
  user_id: string;
  step_key: string;
  category: string;
  domain: string | null;
  qualified_at: string;
  /** JSON: what the ladder saw when it granted the step. */
  evidence: string;
}

export interface EarningsLedgerTable {
  id: string;
  user_id: string;
  batch_id: string;
  category: string;
  description: string;
  minutes: number;
  rate_usd_per_hour: number;
  amount_cents: number;
  at: string;
}

export interface LadderTables {
  platform_setting: PlatformSettingTable;
  pay_band: PayBandTable;
  assessment_attempt: AssessmentAttemptTable;
  assessment_section: AssessmentSectionTable;
  assessment_item: AssessmentItemTable;
  assessment_answer: AssessmentAnswerTable;
  qualification: QualificationTable;
  earnings_ledger: EarningsLedgerTable;
}
