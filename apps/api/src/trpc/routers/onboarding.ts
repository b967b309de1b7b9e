import { organizationSchema, workerProfileSchema } from "@rubric/core";
import { saveOrganization } from "../../db/organizations.ts";
import { findWorkerProfile, saveWorkerProfile } from "../../db/worker-profiles.ts";
import { recruiterProcedure, router, workerProcedure } from "../procedures.ts";

export const onboardingRouter = router({
  /** Completes a worker's onboarding: expertise, experience, goals and availability. */
  completeWorker: workerProcedure.input(workerProfileSchema).mutation(async ({ ctx, input }) => {
    await saveWorkerProfile(ctx.db, ctx.user.id, input, { onboard: true });
    return findWorkerProfile(ctx.db, ctx.user.id);
  }),

  /** Completes a recruiter's onboarding with their organization's details. */
  completeRecruiter: recruiterProcedure
    .input(organizationSchema)
    .mutation(({ ctx, input }) => saveOrganization(ctx.db, ctx.user.id, input)),
});
