import type { trpc } from "../trpc.ts";

/** Shapes the practice, guidelines and content-admin procedures take and return. */

type Client = typeof trpc;

export type PracticeOverview = Awaited<ReturnType<Client["practice"]["overview"]["query"]>>;
export type StartBatchInput = Parameters<Client["practice"]["startBatch"]["mutate"]>[0];
export type Batch = Awaited<ReturnType<Client["practice"]["batch"]["query"]>>;
export type BatchItem = Batch["items"][number];
export type AttemptFeedback = Awaited<ReturnType<Client["practice"]["attempt"]["query"]>>;
export type FeedbackEntry = AttemptFeedback["feedback"][number];
export type BatchSummary = Awaited<ReturnType<Client["practice"]["batchSummary"]["query"]>>;
export type Band = Batch["band"];
export type GuidelineSummary = Awaited<ReturnType<Client["guidelines"]["list"]["query"]>>[number];
export type Guideline = Awaited<ReturnType<Client["guidelines"]["get"]["query"]>>;
export type GuidelineSearchHit = Awaited<
  ReturnType<Client["guidelines"]["search"]["query"]>
>[number];
export type AdminItemRow = Awaited<
  ReturnType<Client["contentAdmin"]["items"]["query"]>
>["items"][number];
