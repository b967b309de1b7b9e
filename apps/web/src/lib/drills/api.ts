import { trpc } from "../trpc.ts";

/**
 * The precision-drill API as the web app uses it. Every number a person keeps comes from
 * the server's DrillResult; the browser only sends raw material (keystrokes, text, marks).
 */

export type TypingMode = "timed" | "passage";
export type TypingDuration = 15 | 30 | 60 | 120;
export type DrillKind = "typing" | "transcription" | "proofreading";

export type ErrorCategory =
  | "case"
  | "punctuation"
  | "whitespace"
  | "transposition"
  | "diacritic"
  | "digit"
  | "spelling"
  | "missing_word"
  | "extra_word"
  | "tag";

export type SeededErrorKind = "spelling" | "grammar" | "punctuation" | "number" | "factual";

/** One keystroke as the typing and transcription drills record it. */
export interface KeyEvent {
  /** Milliseconds since the first key of the drill, from the page's monotonic clock. */
  t: number;
  /** `KeyboardEvent.key`: the character typed, or a named key such as "Backspace". */
  key: string;
  /** Held with Backspace it deletes a word; held with Alt it is AltGr typing a character. */
  ctrl?: boolean;
  alt?: boolean;
}

export interface Catalog {
  typing: {
    sets: Array<{ id: string; title: string; description: string; passageCount: number }>;
    modes: TypingMode[];
    durations: TypingDuration[];
  };
  transcription: {
    clips: Array<{
      id: string;
      title: string;
      style: "clean" | "full";
      speakers: number;
      durationSec: number;
      difficulty?: number;
    }>;
  };
  proofreading: {
    items: Array<{
      id: string;
      title: string;
      genre: string;
      difficulty: number;
      errorCount: number;
    }>;
  };
}

export type StartInput =
  | {
      kind: "typing";
      set: string;
      mode: TypingMode;
      durationSec?: TypingDuration;
      precision: boolean;
    }
  | { kind: "typing_weak_spots"; durationSec?: TypingDuration }
  | { kind: "transcription"; clipId: string }
  | { kind: "proofreading"; itemId: string };

export interface StartedDrill {
  drillId: string;
  kind: string;
  issuedAt: string;
  target?: { text: string };
  clip?: {
    id: string;
    audioUrl: string;
    durationSec: number;
    style: "clean" | "full";
    speakerCount: number;
  };
  proofreading?: { text: string };
}

export interface Mark {
  start: number;
  end: number;
}

export type SubmitInput =
  | { drillId: string; typing: { events: KeyEvent[]; finalText: string } }
  | { drillId: string; transcription: { text: string; events?: KeyEvent[] } }
  | { drillId: string; proofreading: { marks: Mark[] } };

export interface TranscriptionError {
  category: ErrorCategory;
  kind: string;
  refStart: number;
  refEnd: number;
  typedStart: number;
  typedEnd: number;
  expected: string;
  typed: string;
  cost: number;
}

export interface SeededError {
  start: number;
  end: number;
  kind: SeededErrorKind;
  correction: string;
  shown: string;
}

export interface PerKeyStat {
  key: string;
  hits: number;
  misses: number;
  accuracy: number;
  meanMs?: number;
}

export interface FormattingError {
  severity: "major" | "minor";
  reason: string;
  line?: number;
}

export interface DrillResult {
  drillId: string;
  kind: DrillKind;
  submittedAt: string;
  flagged: boolean;
  flags: Array<{ code: string; reason: string }>;
  typing?: {
    netWpm: number;
    rawWpm: number;
    accuracy: number;
    correctedErrorRate: number;
    uncorrectedErrorRate: number;
    consistency: number;
    durationSec: number;
    charEdits: number;
    errors: TranscriptionError[];
    perKey: PerKeyStat[];
    corrected: number;
    uncorrected: number;
  };
  transcription?: {
    accuracy: { cer: number; wer: number; score: number };
    formatting: { score: number; errors: FormattingError[] };
    errors: TranscriptionError[];
    reference: string;
    typed: string;
  };
  proofreading?: {
    precision: number;
    recall: number;
    f1: number;
    matched: Array<Mark & { kind?: SeededErrorKind }>;
    missed: SeededError[];
    falseMarks: Mark[];
    seeded: SeededError[];
    text: string;
  };
  costliestCategories: Array<{ category: string; count: number }>;
  practiseNext: string;
  target: string;
}

export interface Progress {
  bests: Array<{
    kind: DrillKind;
    mode: string | null;
    set: string | null;
    durationSec: number | null;
    netWpm?: number | null;
    accuracy?: number | null;
    f1?: number | null;
    drillId: string;
    at: string;
  }>;
  history: Array<{
    drillId: string;
    kind: DrillKind;
    set: string | null;
    mode: string | null;
    at: string;
    netWpm: number | null;
    accuracy: number | null;
    cer: number | null;
    f1: number | null;
    flagged: boolean;
  }>;
  keyStats: PerKeyStat[];
  mistypedWords: Array<{ word: string; count: number }>;
  confusions: Array<{ expected: string; typed: string; count: number }>;
  skill: { weakestKeys: string[]; weakestCategories: string[] };
}

interface DrillsClient {
  catalog: { query: () => Promise<Catalog> };
  start: { mutate: (input: StartInput) => Promise<StartedDrill> };
  submit: { mutate: (input: SubmitInput) => Promise<DrillResult> };
  result: { query: (input: { drillId: string }) => Promise<DrillResult> };
  progress: { query: () => Promise<Progress> };
}

const drills = (trpc as unknown as { drills: DrillsClient }).drills;

export const drillsApi = {
  catalog: () => drills.catalog.query(),
  start: (input: StartInput) => drills.start.mutate(input),
  submit: (input: SubmitInput) => drills.submit.mutate(input),
  result: (drillId: string) => drills.result.query({ drillId }),
  progress: () => drills.progress.query(),
};

export const drillKeys = {
  catalog: ["drills", "catalog"] as const,
  progress: ["drills", "progress"] as const,
  result: (drillId: string) => ["drills", "result", drillId] as const,
};
