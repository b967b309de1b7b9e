import type { trpc } from "../trpc.ts";

/** Shapes the ladder, assessment and pay-band procedures return, as the web app sees them. */

type Client = typeof trpc;

export type LadderRulesView = Awaited<ReturnType<Client["ladder"]["rules"]["query"]>>;
export type Dashboard = Awaited<ReturnType<Client["ladder"]["dashboard"]["query"]>>;
export type DashboardEntry = Dashboard["evaluation"]["entries"][number];
export type QualitySeries = Dashboard["quality"][number];
export type RateLine = Dashboard["rates"][number];
export type LedgerPage = Awaited<ReturnType<Client["ladder"]["ledger"]["query"]>>;
export type AssessmentStatus = Awaited<ReturnType<Client["assessment"]["status"]["query"]>>;
export type QualificationTestLine = AssessmentStatus["qualificationTests"][number];
export type Attempt = Awaited<ReturnType<Client["assessment"]["attempt"]["query"]>>;
export type AttemptSection = Attempt["sections"][number];
export type AttemptItem = AttemptSection["items"][number];
export type Report = Awaited<ReturnType<Client["assessment"]["report"]["query"]>>;
export type PayBandRow = Awaited<ReturnType<Client["payBands"]["list"]["query"]>>[number];
