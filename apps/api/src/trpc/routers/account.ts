import { authedProcedure, router } from "../procedures.ts";

export const accountRouter = router({
  /** Who is signed in, and whether they still have onboarding to finish. */
  me: authedProcedure.query(async ({ ctx }) => {
    const { role, id } = ctx.user;
    let onboarded = true;
    if (role === "worker") {
      const row = await ctx.db
        .selectFrom("worker_profile")
        .select("onboarded_at")
        .where("user_id", "=", id)
        .executeTakeFirst();
      onboarded = Boolean(row?.onboarded_at);
    } else if (role === "recruiter") {
      const row = await ctx.db
        .selectFrom("recruiter_organization")
        .select("size")
        .where("owner_id", "=", id)
        .executeTakeFirst();
      onboarded = Boolean(row?.size);
    }
    return { ...ctx.user, onboarded };
  }),
});
