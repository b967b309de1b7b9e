import type { Generated, Insertable, Selectable, Updateable } from "kysely";
import type { LadderTables } from "./ladder-schema.ts";
import type { PracticeTables } from "./practice-schema.ts";

/**
 * The typed schema of every table the API reads. better-auth owns `user`, `session`,
 * `account`, `verification` and `rateLimit` (camelCase columns); the rest are ours.
 *
 * Conventions that hold on both SQLite and PostgreSQL: timestamps are UTC ISO-8601 text
 * (sortable as strings), flags are 0/1 integers (better-sqlite3 cannot bind booleans),
 * structured values are JSON text decoded in one place per table group.
 */
export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean | number;
  image: string | null;
  role: string;
  createdAt: Date | string;
  updatedAt: Date | string;
}

export interface SessionTable {
  id: string;
  userId: string;
  token: string;
  expiresAt: Date | string;
}

export interface WorkerProfileTable {
  user_id: string;
  display_name: string;
  headline: string;
  years_experience: number;
  weekly_hours: number;
  timezone: string;
  goals: string;
  visible_to_recruiters: number;
  onboarded_at: string | null;
  updated_at: string;
}

export interface WorkerDomainTable {
  user_id: string;
  domain: string;
}

export interface WorkerLanguageTable {
  user_id: string;
  language: string;
}

export interface WorkerCapabilityTable {
  user_id: string;
  capability: string;
  granted_at: string;
  reason: string;
}

export interface RecruiterOrganizationTable {
  id: Generated<number>;
  owner_id: string;
  name: string;
  website: Generated<string>;
  size: string | null;
  description: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface PlatformSecretTable {
  name: string;
  value: string;
}

export interface DrillTable {
  id: string;
  user_id: string;
  kind: string;
  set_id: string | null;
  mode: string | null;
  duration_sec: number | null;
  precision: number;
  /** JSON: the content the drill was built from (passage ids, clip id, item id, seed). */
  content_ref: string;
  target: string;
  issued_at: string;
  submitted_at: string | null;
  /** JSON: the scored result, once submitted. */
  result: string | null;
  flagged: Generated<number>;
  /** JSON: plausibility flags with their reasons. */
  flags: Generated<string>;
  net_wpm: number | null;
  accuracy: number | null;
  cer: number | null;
  f1: number | null;
}

export interface SkillProfileTable {
  user_id: string;
  /** JSON: the worker's running skill profile. */
  profile: string;
  updated_at: string;
}

export interface Database extends PracticeTables, LadderTables {
  platform_secret: PlatformSecretTable;
  user: UserTable;
  session: SessionTable;
  worker_profile: WorkerProfileTable;
  worker_domain: WorkerDomainTable;
  worker_language: WorkerLanguageTable;
  worker_capability: WorkerCapabilityTable;
  recruiter_organization: RecruiterOrganizationTable;
  drill: DrillTable;
  skill_profile: SkillProfileTable;
}

export type WorkerProfileRow = Selectable<WorkerProfileTable>;
export type NewWorkerProfile = Insertable<WorkerProfileTable>;
export type WorkerProfileUpdate = Updateable<WorkerProfileTable>;
export type OrganizationRow = Selectable<RecruiterOrganizationTable>;
export type DrillRow = Selectable<DrillTable>;
