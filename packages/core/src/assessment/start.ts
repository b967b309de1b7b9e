import type { AssessmentBlueprint } from "./blueprint.ts";
import { type AttemptRecord, canStart, type StartRefusal } from "./timing.ts";

export type StartRefusalReason = StartRefusal | "locked";

export type StartCheck =
  | { allowed: true }
  | {
      allowed: false;
      reason: StartRefusalReason;
      message: string;
      /** When starting becomes possible by waiting; null when waiting will not help. */
      retakeAvailableAt: Date | null;
    };

/** "2026-03-03 09:00 UTC": a time any reader can place, whatever their zone. */
export function formatUtc(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export interface StartContext {
  /** This assessment's earlier attempts. */
  attempts: readonly AttemptRecord[];
  now: Date;
  /** The label of another assessment the worker has open, if any: one attempt at a time. */
  openElsewhere?: string | null;
  /** What the ladder still asks for before this test can be taken; empty when nothing. */
  locked?: readonly string[];
}

/**
 * Whether the worker may start this assessment now: not while another attempt is open,
 * not before the ladder's prerequisites are held, then as `canStart` decides (open attempt,
 * already passed, cooldown). A cooldown refusal names the time the retake opens.
 */
export function decideStart(blueprint: AssessmentBlueprint, context: StartContext): StartCheck {
  const label = blueprint.label.toLowerCase();
  if (context.openElsewhere) {
    return {
      allowed: false,
      reason: "in_progress",
      message: `You have the ${context.openElsewhere.toLowerCase()} in progress; finish it first.`,
      retakeAvailableAt: null,
    };
  }
  if (context.locked && context.locked.length > 0) {
    return {
      allowed: false,
      reason: "locked",
      message: `The ${label} is not open to you yet: ${context.locked.join("; ")}.`,
      retakeAvailableAt: null,
    };
  }
  const decision = canStart(blueprint, context.attempts, context.now);
  if (decision.allowed) return decision;
  const at = decision.retakeAvailableAt;
  return {
    ...decision,
    message:
      at === null ? decision.message : `${decision.message.slice(0, -1)} (at ${formatUtc(at)}).`,
  };
}
