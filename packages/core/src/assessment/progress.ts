import type { AssessmentBlueprint } from "./blueprint.ts";
import { attemptDeadline, type Countdown, sectionDeadline } from "./timing.ts";

/** When a section was opened and closed; a section is opened when the one before it closes. */
export interface SectionTiming {
  id: string;
  openedAt: Date | null;
  closedAt: Date | null;
}

/** Where an attempt stands in time: its sections in blueprint order. */
export interface AttemptTimeline {
  startedAt: Date;
  sections: readonly SectionTiming[];
  submittedAt: Date | null;
}

export type SectionState = "done" | "current" | "upcoming";

export interface SectionProgress {
  id: string;
  state: SectionState;
  /** The current section's deadline; null for the others. */
  deadline: Countdown | null;
}

export interface AttemptProgress {
  /** Null once the attempt is submitted. */
  currentSectionId: string | null;
  attempt: Countdown;
  sections: SectionProgress[];
}

/** The timeline of an attempt just started: its first section opens with it. */
export function startTimeline(blueprint: AssessmentBlueprint, startedAt: Date): AttemptTimeline {
  return {
    startedAt,
    submittedAt: null,
    sections: blueprint.sections.map((s, i) => ({
      id: s.id,
      openedAt: i === 0 ? startedAt : null,
      closedAt: null,
    })),
  };
}

function current(timeline: AttemptTimeline): SectionTiming | null {
  if (timeline.submittedAt !== null) return null;
  return timeline.sections.find((s) => s.openedAt !== null && s.closedAt === null) ?? null;
}

/** Every section's state, and the deadline of the one being worked on. */
export function attemptProgress(
  blueprint: AssessmentBlueprint,
  timeline: AttemptTimeline,
  now: Date,
): AttemptProgress {
  const open = current(timeline);
  return {
    currentSectionId: open?.id ?? null,
    attempt: attemptDeadline(blueprint, timeline.startedAt, now),
    sections: timeline.sections.map((s) => {
      if (open?.id === s.id && s.openedAt) {
        return {
          id: s.id,
          state: "current",
          deadline: sectionDeadline(
            blueprint,
            s.id,
            { attemptStartedAt: timeline.startedAt, sectionStartedAt: s.openedAt },
            now,
          ),
        };
      }
      return { id: s.id, state: s.closedAt !== null ? "done" : "upcoming", deadline: null };
    }),
  };
}

export type AnswerRefusal =
  | { reason: "submitted"; message: string }
  | { reason: "not_current"; message: string }
  | { reason: "time_up"; message: string };

/**
 * Whether an answer in `sectionId` may be saved at `now`: only in the section being worked
 * on, and only before its deadline (which the whole attempt's deadline caps). Answers to
 * earlier or later sections are refused, so the section order cannot be sidestepped.
 */
export function answerRefusal(
  blueprint: AssessmentBlueprint,
  timeline: AttemptTimeline,
  sectionId: string,
  now: Date,
): AnswerRefusal | null {
  if (timeline.submittedAt !== null) {
    return { reason: "submitted", message: "This attempt is already submitted." };
  }
  const progress = attemptProgress(blueprint, timeline, now);
  const section = progress.sections.find((s) => s.id === sectionId);
  if (section?.state !== "current") {
    return {
      reason: "not_current",
      message:
        section?.state === "done"
          ? "That section is finished; answers can only change in the current section."
          : "That section has not started; finish the current section first.",
    };
  }
  if (section.deadline?.expired) {
    return {
      reason: "time_up",
      message: progress.attempt.expired
        ? "Time is up for this assessment; submit it to see your report."
        : "Time is up for this section; move on to the next one.",
    };
  }
  return null;
}

export type AdvanceDecision =
  | { ok: true; close: string; open: string | null }
  | { ok: false; reason: "submitted" | "not_current"; message: string };

/**
 * Moving on from `fromSectionId`: it must be the current section (a stale tab cannot skip
 * one). The next section opens at `now`; after the last section, or once the whole
 * attempt's time is up, `open` is null and the attempt is to be submitted.
 */
export function advanceDecision(
  blueprint: AssessmentBlueprint,
  timeline: AttemptTimeline,
  fromSectionId: string,
  now: Date,
): AdvanceDecision {
  if (timeline.submittedAt !== null) {
    return { ok: false, reason: "submitted", message: "This attempt is already submitted." };
  }
  const open = current(timeline);
  if (open?.id !== fromSectionId) {
    return {
      ok: false,
      reason: "not_current",
      message: "That is not the current section; reload the assessment to continue.",
    };
  }
  const index = timeline.sections.findIndex((s) => s.id === fromSectionId);
  const next = timeline.sections[index + 1];
  const expired = attemptDeadline(blueprint, timeline.startedAt, now).expired;
  return { ok: true, close: fromSectionId, open: next && !expired ? next.id : null };
}

/**
 * When a submission counts as made: now, or the attempt's deadline if that has passed, so
 * a late submission neither gains time nor delays the retake cooldown.
 */
export function submissionTime(blueprint: AssessmentBlueprint, startedAt: Date, now: Date): Date {
  const { deadline, expired } = attemptDeadline(blueprint, startedAt, now);
  return expired ? deadline : now;
}
