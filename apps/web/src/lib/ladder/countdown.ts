import { createSignal, onCleanup } from "solid-js";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** A timer turns to a warning this long before its deadline. */
export const WARNING_MS = 5 * MINUTE;

/**
 * How far the server's clock is ahead of this browser's, in milliseconds. Deadlines are the
 * server's; counting down against the browser's own clock would be off by however wrong it is
 * (or by however far a test clock was moved).
 */
export function clockOffset(serverNowIso: string, clientNowMs: number): number {
  return Date.parse(serverNowIso) - clientNowMs;
}

/** Milliseconds from `serverNowMs` until `deadlineIso`, never below 0. */
export function remainingMs(deadlineIso: string, serverNowMs: number): number {
  return Math.max(0, Date.parse(deadlineIso) - serverNowMs);
}

/**
 * A countdown as a clock reads: "1:04:09", "12:05", "0:09". Seconds are rounded up, so the
 * display reaches 0:00 only when the time is really up.
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / SECOND));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, "0")}:${seconds}`;
  return `${minutes}:${seconds}`;
}

/** The same time in words, for screen readers, which would read "12:05" as a time of day. */
export function describeCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / SECOND));
  if (total === 0) return "time is up";
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(hours === 1 ? "1 hour" : `${hours} hours`);
  if (minutes > 0) parts.push(minutes === 1 ? "1 minute" : `${minutes} minutes`);
  // Seconds matter only in the last minutes; before that they are noise read aloud.
  if (hours === 0 && minutes < 5 && seconds > 0) {
    parts.push(seconds === 1 ? "1 second" : `${seconds} seconds`);
  }
  return `${parts.join(" ")} left`;
}

export type CountdownPhase = "running" | "warning" | "expired";

export function countdownPhase(ms: number, warningMs = WARNING_MS): CountdownPhase {
  if (ms <= 0) return "expired";
  return ms <= warningMs ? "warning" : "running";
}

/**
 * When a wait ends, relative and absolute: "in 3 h (Thu 14:05)". Rounded up, like the
 * server's own messages, so the time given is never earlier than the real one.
 */
export function formatWaitUntil(atIso: string, nowMs: number, locale?: string): string {
  const at = Date.parse(atIso);
  const ms = at - nowMs;
  if (ms <= 0) return "now";
  const relative =
    ms < HOUR ? `${Math.max(1, Math.ceil(ms / MINUTE))} min` : `${Math.ceil(ms / HOUR)} h`;
  return `in ${relative} (${formatAt(atIso, locale)})`;
}

/** A moment as a person plans around it: "Thu 27 Nov, 14:05". */
export function formatAt(atIso: string, locale?: string): string {
  return new Date(atIso).toLocaleString(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/**
 * The server's "now" as a signal ticking every `everyMs`, from an offset measured when the
 * server last answered. Components read one clock, so two timers on a page never disagree.
 */
export function createServerClock(offsetMs: () => number, everyMs = 250) {
  const [now, setNow] = createSignal(Date.now() + offsetMs());
  const timer = setInterval(() => setNow(Date.now() + offsetMs()), everyMs);
  onCleanup(() => clearInterval(timer));
  return now;
}
