import { trpc } from "../trpc.ts";

/**
 * The precision-drill API as the web app uses it. Every number a person keeps comes from
 * the server's DrillResult; the browser only sends raw material (keystrokes, text, marks).
 */

export type {
  DrillKind,
  ErrorCategory,
  FormattingError,
  KeyEvent,
  KeyFigure,
  SeededError,
  SeededErrorKind,
  TranscriptionError,
} from "@rubric/core";

export type Catalog = Awaited<ReturnType<typeof trpc.drills.catalog.query>>;
export type StartInput = Parameters<typeof trpc.drills.start.mutate>[0];
export type StartedDrill = Awaited<ReturnType<typeof trpc.drills.start.mutate>>;
export type SubmitInput = Parameters<typeof trpc.drills.submit.mutate>[0];
export type DrillResult = Awaited<ReturnType<typeof trpc.drills.result.query>>;
export type Progress = Awaited<ReturnType<typeof trpc.drills.progress.query>>;
export type TypingMode = Catalog["typing"]["modes"][number];
export type TypingDuration = Catalog["typing"]["durations"][number];

export interface Mark {
  start: number;
  end: number;
}

export const drillsApi = {
  catalog: () => trpc.drills.catalog.query(),
  start: (input: StartInput) => trpc.drills.start.mutate(input),
  submit: (input: SubmitInput) => trpc.drills.submit.mutate(input),
  result: (drillId: string) => trpc.drills.result.query({ drillId }),
  progress: () => trpc.drills.progress.query(),
};

export const drillKeys = {
  catalog: ["drills", "catalog"] as const,
  progress: ["drills", "progress"] as const,
  result: (drillId: string) => ["drills", "result", drillId] as const,
};
