import { organizationSchema } from "@rubric/core";
import { findOrganization, saveOrganization } from "../../db/organizations.ts";
import { recruiterProcedure, router } from "../procedures.ts";

export const organizationRouter = router({
  get: recruiterProcedure.query(
    async ({ ctx }) => (await findOrganization(ctx.db, ctx.user.id)) ?? null,
  ),
  update: recruiterProcedure
    .input(organizationSchema)
    .mutation(({ ctx, input }) => saveOrganization(ctx.db, ctx.user.id, input)),
});
