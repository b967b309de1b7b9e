import type { AssessmentBlueprint } from "./blueprint.ts";

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** A deadline and where `now` stands against it. */
export interface Countdown {
  deadline: Date;
  /** Milliseconds left, never below 0. */
  remainingMs: number;
  expired: boolean;
}

function countdown(deadline: number, now: Date): Countdown {
  const remainingMs = Math.max(0, deadline - now.getTime());
  return { deadline: new Date(deadline), remainingMs, expired: now.getTime() >= deadline };
}

/** When an attempt started at `startedAt` must be submitted, seen from `now`. */
export function attemptDeadline(
  blueprint: AssessmentBlueprint,
  startedAt: Date,
  now: Date,
): Countdown {
  return countdown(startedAt.getTime() + blueprint.timeLimitMinutes * MINUTE, now);
}

/**
 * When a section must be submitted: its own limit from when the section was opened, but
 * never later than the whole attempt's deadline.
 */
export function sectionDeadline(
  blueprint: AssessmentBlueprint,
  sectionId: string,
  started: { attemptStartedAt: Date; sectionStartedAt: Date },
  now: Date,
): Countdown {
  const section = blueprint.sections.find((s) => s.id === sectionId);
  if (!section) throw new RangeError(`"${sectionId}" is not a section of ${blueprint.id}.`);
  const own = started.sectionStartedAt.getTime() + section.timeLimitMinutes * MINUTE;
  const whole = started.attemptStartedAt.getTime() + blueprint.timeLimitMinutes * MINUTE;
  return countdown(Math.min(own, whole), now);
}

/**
 * A wait in words, rounded up so the time given is never earlier than the real one:
 * "40 min" under an hour, otherwise whole hours ("3 h").
 */
export function formatWait(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.ceil(ms / MINUTE))} min`;
  return `${Math.ceil(ms / HOUR)} h`;
}

/** One past attempt at an assessment, as stored. */
export interface AttemptRecord {
  startedAt: Date;
  /** When it was submitted; null while open (or abandoned, once its deadline has passed). */
  finishedAt: Date | null;
  /** The grade's verdict; null until graded. */
  passed: boolean | null;
}

export type StartRefusal = "in_progress" | "awaiting_grade" | "already_passed" | "cooling_down";

export type StartDecision =
  | { allowed: true }
  | {
      allowed: false;
      reason: StartRefusal;
      message: string;
      /** When a new attempt becomes possible; null when waiting will not help. */
      retakeAvailableAt: Date | null;
    };

/**
 * Whether a new attempt may start at `now`. An open attempt must be finished first; a
 * passed assessment is not retaken; after a failed attempt the worker waits the blueprint's
 * cooldown, counted from submission. An attempt left open past its deadline counts as
 * submitted at the deadline, so abandoning a bad attempt does not skip the cooldown.
 */
export function canStart(
  blueprint: AssessmentBlueprint,
  attempts: readonly AttemptRecord[],
  now: Date,
): StartDecision {
  const label = `the ${blueprint.label.toLowerCase()}`;
  if (attempts.some((a) => a.passed === true)) {
    return {
      allowed: false,
      reason: "already_passed",
      message: `You have already passed ${label}.`,
      retakeAvailableAt: null,
    };
  }
  let latestEnd = Number.NEGATIVE_INFINITY;
  for (const attempt of attempts) {
    const deadline = attemptDeadline(blueprint, attempt.startedAt, now);
    if (attempt.finishedAt === null && !deadline.expired) {
      return {
        allowed: false,
        reason: "in_progress",
        message: `You have an attempt at ${label} in progress; finish it first.`,
        retakeAvailableAt: null,
      };
    }
    const end = attempt.finishedAt?.getTime() ?? deadline.deadline.getTime();
    if (attempt.finishedAt !== null && attempt.passed === null) {
      return {
        allowed: false,
        reason: "awaiting_grade",
        message: `Your last attempt at ${label} is still being graded.`,
        retakeAvailableAt: null,
      };
    }
    latestEnd = Math.max(latestEnd, end);
  }
  const availableAt = latestEnd + blueprint.retakeCooldownHours * HOUR;
  if (now.getTime() < availableAt) {
    return {
      allowed: false,
      reason: "cooling_down",
      message: `You can retake ${label} in ${formatWait(availableAt - now.getTime())}.`,
      retakeAvailableAt: new Date(availableAt),
    };
  }
  return { allowed: true };
}
