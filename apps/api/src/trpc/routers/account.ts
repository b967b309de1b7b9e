import { authedProcedure, router } from "../procedures.ts";
import { findWorkerProfile } from "../../db/worker-profiles.ts";
import { findOrganization } from "../../db/organizations.ts";

export const accountRouter = router({
  /** Who is signed in, and whether they still have onboarding to finish. */
  me: authedProcedure.query(async ({ ctx }) => {
    const onboarded =
      ctx.user.role === "worker"
        ? Boolean((await findWorkerProfile(ctx.db, ctx.user.id))?.onboardedAt)
        : ctx.user.role === "recruiter"
          ? Boolean((await findOrganization(ctx.db, ctx.user.id))?.size)
          : true;
    return { ...ctx.user, onboarded };
  }),
});
