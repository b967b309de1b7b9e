import {
  assembleLadderHistory,
  DEFAULT_LADDER_RULES,
  evaluateLadder,
  type LadderEvaluation,
  type LadderHistory,
  type LadderRules,
  ladderRulesSchema,
} from "@rubric/core";
import type { Kysely } from "kysely";
import { ladderRows, recordQualifications } from "../db/ladder-history.ts";
import { readSetting } from "../db/platform-settings.ts";
import type { Database } from "../db/schema.ts";

/** Where the platform keeps ladder rules that replace the defaults. */
export const LADDER_RULES_SETTING = "ladder_rules";

/** The ladder rules in force: the stored set when it is valid, else the defaults. */
export async function ladderRules(db: Kysely<Database>): Promise<LadderRules> {
  const stored = await readSetting(db, LADDER_RULES_SETTING);
  if (stored === null) return DEFAULT_LADDER_RULES;
  try {
    const parsed = ladderRulesSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_LADDER_RULES;
  } catch {
    // A stored value that is not even JSON is as unusable as one that fails the schema.
    return DEFAULT_LADDER_RULES;
  }
}

export interface Standing {
  rules: LadderRules;
  history: LadderHistory;
  evaluation: LadderEvaluation;
}

/**
 * Where a worker stands on the ladder at `now`. Steps the evidence has just earned are
 * stored as qualifications first, so that from then on only maintenance can take them
 * away; the evaluation returned already counts them.
 */
export async function loadStanding(
  db: Kysely<Database>,
  userId: string,
  now: Date,
): Promise<Standing> {
  const [rules, rows] = await Promise.all([ladderRules(db), ladderRows(db, userId)]);
  const history = assembleLadderHistory(rows);
  const evaluation = evaluateLadder(history, rules, now);
  const earned = evaluation.entries.filter((e) => e.recordQualification);
  if (earned.length === 0) return { rules, history, evaluation };
  await recordQualifications(
    db,
    userId,
    earned.map((entry) => ({
      category: entry.category,
      domain: entry.domain,
      at: now,
      evidence: {
        coreAssessmentPassedAt: evaluation.coreAssessment.passedAt,
        test: entry.test?.lastAttempt ?? null,
        unlock: entry.quality.unlock && {
          category: entry.quality.unlock.category,
          count: entry.quality.unlock.count,
          lower: entry.quality.unlock.lower,
        },
      },
    })),
  );
  const stored: LadderHistory = {
    ...history,
    qualifications: [
      ...history.qualifications,
      ...earned.map((e) => ({
        category: e.category,
        ...(e.domain === null ? {} : { domain: e.domain }),
        at: now,
      })),
    ],
  };
  return { rules, history: stored, evaluation: evaluateLadder(stored, rules, now) };
}
