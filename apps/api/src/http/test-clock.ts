import type { Hono } from "hono";
import { z } from "zod";
import type { ServerClock } from "../clock.ts";
import { jsonError } from "./errors.ts";

const HOUR = 3_600_000;
/** A year: more than any cooldown or timer a test needs to pass. */
const MAX_HOURS = 24 * 366;

const shiftSchema = z.union([
  z.strictObject({ reset: z.literal(true) }),
  z
    .strictObject({
      advanceHours: z.number().min(0).max(MAX_HOURS).optional(),
      advanceMinutes: z
        .number()
        .min(0)
        .max(MAX_HOURS * 60)
        .optional(),
    })
    .refine((b) => b.advanceHours !== undefined || b.advanceMinutes !== undefined, {
      message: "Give advanceHours, advanceMinutes or reset.",
    }),
]);

/**
 * The test clock's routes, mounted only when the clock is shiftable: end-to-end tests move
 * time past cooldowns and section timers with them. Absent otherwise, so a production
 * server answers them as it answers any unknown route.
 */
export function mountTestClockRoutes(app: Hono, clock: ServerClock) {
  if (!clock.shiftable) return;
  const state = async () => {
    const now = await clock.forRequest();
    return { now: now().toISOString(), offsetMs: await clock.offsetMs() };
  };
  app.get("/api/test-clock", async (c) => c.json(await state()));
  app.post("/api/test-clock", async (c) => {
    const parsed = shiftSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) {
      return jsonError(
        c,
        400,
        "VALIDATION_ERROR",
        "Send { advanceHours?, advanceMinutes? } or { reset: true }.",
        z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      );
    }
    const body = parsed.data;
    await clock.shift(
      "reset" in body
        ? { reset: true }
        : { ms: (body.advanceHours ?? 0) * HOUR + (body.advanceMinutes ?? 0) * 60_000 },
    );
    return c.json(await state());
  });
}
