import {
  type Category,
  DRILL_FEEDBACK_TITLES,
  dailyQualitySeries,
  drillGoldCredit,
  type GoldResult,
  isOnStep,
  ladderSteps,
  nextStep,
  nextUnlock,
  type PayBand,
  projectWorkerRate,
  referenceBandFor,
  stepKey,
  stepTitle,
} from "@rubric/core";
import type { Kysely } from "kysely";
import { gradeExpiredAttempts } from "../assessment/flow.ts";
import { webLinks } from "../assessment/links.ts";
import { listAttempts } from "../db/assessments.ts";
import { recentWork } from "../db/ladder-history.ts";
import { type LedgerEntry, ledgerPage, ledgerTotals } from "../db/ledger.ts";
import { payBandsByCategory } from "../db/pay-bands.ts";
import type { Database } from "../db/schema.ts";
import { findWorkerProfile } from "../db/worker-profiles.ts";
import { loadStanding } from "./standing.ts";

const RECENT_FEEDBACK = 8;
const DASHBOARD_LEDGER_LINES = 20;

export function ledgerLineView(line: LedgerEntry) {
  return {
    at: line.at,
    description: line.description,
    minutes: line.minutes,
    rateUsdPerHour: line.rateUsdPerHour,
    amountUsd: line.amountUsd,
    href: webLinks.practiceBatch(line.batchId),
  };
}

/** What a worker's projected rate reads: their experience and the hours logged per category. */
export async function rateInputs(db: Kysely<Database>, userId: string) {
  const [bands, profile, totals] = await Promise.all([
    payBandsByCategory(db),
    findWorkerProfile(db, userId),
    ledgerTotals(db, userId),
  ]);
  return {
    /** The platform's band, or the reference band for a category an admin has not seeded. */
    band: (category: Category): PayBand => bands.get(category) ?? referenceBandFor(category),
    experienceYears: profile?.yearsExperience ?? 0,
    hoursLogged: (category: Category) => (totals.minutesByCategory.get(category) ?? 0) / 60,
    totalCents: totals.totalCents,
  };
}

type RateInputs = Awaited<ReturnType<typeof rateInputs>>;

/** The worker's projected rate in a category, from the gold results given. */
export function workerRate(
  inputs: RateInputs,
  category: Category,
  gold: readonly GoldResult[],
  confidence: number,
) {
  return projectWorkerRate(inputs.band(category), {
    gold,
    experienceYears: inputs.experienceYears,
    hoursLogged: inputs.hoursLogged(category),
    confidence,
  });
}

async function recentFeedback(db: Kysely<Database>, userId: string) {
  const [work, attempts] = await Promise.all([
    recentWork(db, userId, RECENT_FEEDBACK),
    listAttempts(db, userId),
  ]);
  const items = [
    ...work.practice.map((p) => ({
      kind: "practice" as const,
      title: p.title,
      score: p.score as number | null,
      at: p.at,
      href: webLinks.practiceAttempt(p.id),
    })),
    ...attempts
      .filter((a) => a.submittedAt !== null)
      .slice(0, RECENT_FEEDBACK)
      .map((a) => ({
        kind: "assessment" as const,
        title: a.blueprint.label,
        score: a.overall,
        at: a.submittedAt?.toISOString() ?? "",
        href: webLinks.assessmentReport(a.id),
      })),
    ...work.drills.map((d) => ({
      kind: "drill" as const,
      title: d.set ? `${DRILL_FEEDBACK_TITLES[d.kind]}: ${d.set}` : DRILL_FEEDBACK_TITLES[d.kind],
      score: drillGoldCredit({ ...d, at: new Date(d.at) }),
      at: d.at,
      href: webLinks.drillResult(d.id),
    })),
  ];
  return items.sort((x, y) => y.at.localeCompare(x.at)).slice(0, RECENT_FEEDBACK);
}

/** Everything the worker's ladder page shows, in one call. */
export async function ladderDashboard(db: Kysely<Database>, userId: string, now: Date) {
  await gradeExpiredAttempts(db, userId, now);
  const [{ rules, history, evaluation }, inputs, feedback, ledger] = await Promise.all([
    loadStanding(db, userId, now),
    rateInputs(db, userId),
    recentFeedback(db, userId),
    ledgerPage(db, userId, { limit: DASHBOARD_LEDGER_LINES }),
  ]);
  const next = nextStep(evaluation);
  const rates = evaluation.entries.map((entry) => {
    const gold = history.gold.filter((g) => isOnStep(g, entry));
    const rate = workerRate(inputs, entry.category, gold, rules.confidence);
    const band = inputs.band(entry.category);
    return {
      key: entry.key,
      category: entry.category,
      domain: entry.domain,
      state: entry.state,
      band: {
        minUsdPerHour: band.minUsdPerHour,
        maxUsdPerHour: band.maxUsdPerHour,
        premiumNote: band.premiumNote ?? null,
      },
      projectedUsdPerHour: rate.projection.rateUsdPerHour,
      explanation: rate.explanation,
    };
  });
  const unlock = nextUnlock(evaluation, next);
  return {
    now: now.toISOString(),
    evaluation,
    nextStep: next,
    quality: ladderSteps(rules)
      .map((step) => ({
        key: stepKey(step),
        category: step.category,
        domain: step.domain,
        series: dailyQualitySeries(
          history.gold.filter((g) => isOnStep(g, step)),
          { confidence: rules.confidence },
        ),
      }))
      .filter((q) => q.series.length > 0),
    rates,
    nextUnlock: unlock && {
      key: unlock.key,
      label: stepTitle(unlock),
      projectedUsdPerHour: rates.find((r) => r.key === unlock.key)?.projectedUsdPerHour ?? null,
    },
    recentFeedback: feedback,
    ledger: { totalUsd: inputs.totalCents / 100, lines: ledger.lines.map(ledgerLineView) },
  };
}
