import { workerProfileSchema } from "@rubric/core";
import { findWorkerProfile, saveWorkerProfile } from "../../db/worker-profiles.ts";
import { router, workerProcedure } from "../procedures.ts";

export const profileRouter = router({
  /** The worker's own profile; null before onboarding. */
  get: workerProcedure.query(({ ctx }) => findWorkerProfile(ctx.db, ctx.user.id)),

  update: workerProcedure.input(workerProfileSchema).mutation(async ({ ctx, input }) => {
    await saveWorkerProfile(ctx.db, ctx.user.id, input, { onboard: false });
    return findWorkerProfile(ctx.db, ctx.user.id);
  }),
});
