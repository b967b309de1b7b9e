import type { Kysely } from "kysely";
import { readSetting, writeSetting } from "./db/platform-settings.ts";
import type { Database } from "./db/schema.ts";

/** Where a test clock keeps its offset, so every process sharing the database agrees on it. */
export const TEST_CLOCK_SETTING = "test_clock_offset_ms";

/**
 * The server's time. The system clock, or, for end-to-end tests only, the system clock
 * shifted by an offset stored in the database. The offset is read once per request: every
 * reading inside a request agrees, and a shift made through one process is seen by the
 * next request to any process.
 */
export interface ServerClock {
  /** True when the clock can be shifted (RUBRIC_TEST_CLOCK=enabled). */
  readonly shiftable: boolean;
  /** The clock for one request. */
  forRequest(): Promise<() => Date>;
  /** The stored offset in milliseconds; 0 for the system clock. */
  offsetMs(): Promise<number>;
  /** Moves a shiftable clock forward by `ms`, or back to the system clock with `reset`. */
  shift(change: { ms: number } | { reset: true }): Promise<number>;
}

export function serverClock(
  db: Kysely<Database>,
  options: { shiftable: boolean; base?: () => Date },
): ServerClock {
  const base = options.base ?? (() => new Date());
  const offsetMs = async () => {
    if (!options.shiftable) return 0;
    const stored = Number(await readSetting(db, TEST_CLOCK_SETTING));
    return Number.isFinite(stored) ? stored : 0;
  };
  return {
    shiftable: options.shiftable,
    offsetMs,
    async forRequest() {
      const offset = await offsetMs();
      return offset === 0 ? base : () => new Date(base().getTime() + offset);
    },
    async shift(change) {
      if (!options.shiftable) throw new Error("The server clock cannot be shifted.");
      const next = "reset" in change ? 0 : (await offsetMs()) + change.ms;
      await writeSetting(db, TEST_CLOCK_SETTING, String(next), base().toISOString());
      return next;
    },
  };
}
