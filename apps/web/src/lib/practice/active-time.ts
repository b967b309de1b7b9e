import { createSignal, onCleanup } from "solid-js";

/**
 * Time on task as a payer would count it: only while the tab is visible and the worker is
 * present. A gap between two signs of activity counts up to `idleMs` and no more, so walking
 * away from an open item does not inflate its time.
 */
export class ActiveClock {
  private accumulatedMs: number;
  private countedUntil: number;
  private lastActivity: number;
  private visible: boolean;

  constructor(
    initialSeconds: number,
    now: number,
    visible: boolean,
    private readonly idleMs: number,
  ) {
    this.accumulatedMs = initialSeconds * 1000;
    this.countedUntil = now;
    this.lastActivity = now;
    this.visible = visible;
  }

  private pending(now: number): number {
    if (!this.visible) return 0;
    return Math.max(0, Math.min(now, this.lastActivity + this.idleMs) - this.countedUntil);
  }

  private commit(now: number): void {
    this.accumulatedMs += this.pending(now);
    this.countedUntil = now;
  }

  activity(now: number): void {
    this.commit(now);
    this.lastActivity = now;
  }

  setVisible(visible: boolean, now: number): void {
    this.commit(now);
    this.visible = visible;
    // Coming back to the tab is itself a sign the worker is here.
    if (visible) this.lastActivity = now;
  }

  seconds(now: number): number {
    return Math.floor((this.accumulatedMs + this.pending(now)) / 1000);
  }
}

/** Two minutes without a key, a click or a scroll: long enough to read a long response. */
export const IDLE_MS = 120_000;

const ACTIVITY_EVENTS = ["keydown", "pointerdown", "pointermove", "wheel", "scroll", "input"];

/**
 * An active-time clock wired to the page: it pauses while the tab is hidden and while the
 * worker is idle, and ticks once a second for display.
 */
export function createActiveTimer(initialSeconds: number, idleMs = IDLE_MS) {
  const hidden = () => document.visibilityState === "hidden";
  const clock = new ActiveClock(initialSeconds, Date.now(), !hidden(), idleMs);
  const [seconds, setSeconds] = createSignal(clock.seconds(Date.now()));
  const refresh = () => setSeconds(clock.seconds(Date.now()));
  const onVisibility = () => {
    clock.setVisible(!hidden(), Date.now());
    refresh();
  };
  const onActivity = () => clock.activity(Date.now());
  document.addEventListener("visibilitychange", onVisibility);
  for (const type of ACTIVITY_EVENTS) {
    document.addEventListener(type, onActivity, { passive: true, capture: true });
  }
  const interval = setInterval(refresh, 1000);
  onCleanup(() => {
    clearInterval(interval);
    document.removeEventListener("visibilitychange", onVisibility);
    for (const type of ACTIVITY_EVENTS) {
      document.removeEventListener(type, onActivity, { capture: true });
    }
  });
  return {
    seconds,
    /** The exact count now, not the last displayed tick; used when saving and submitting. */
    now: () => clock.seconds(Date.now()),
  };
}
