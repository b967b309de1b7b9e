import { ROLES, roleSchema } from "@rubric/core";
import { z } from "zod";
import { containsIgnoringCase } from "../../db/text-search.ts";
import { adminProcedure, router } from "../procedures.ts";

const listUsersInput = z.object({
  role: roleSchema.optional(),
  search: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(100).default(50),
  /** The email to continue after (keyset pagination: stable under inserts). */
  after: z.string().max(254).optional(),
});

export const adminRouter = router({
  /** Accounts per role, for the admin's landing page. */
  overview: adminProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db
      .selectFrom("user")
      .select(["role", (eb) => eb.fn.countAll().as("count")])
      .groupBy("role")
      .execute();
    const counts = new Map(rows.map((r) => [r.role, Number(r.count)]));
    return { roles: ROLES.map((role) => ({ role, count: counts.get(role) ?? 0 })) };
  }),

  listUsers: adminProcedure.input(listUsersInput).query(async ({ ctx, input }) => {
    let query = ctx.db
      .selectFrom("user")
      .select(["id", "name", "email", "role", "createdAt"])
      .orderBy("email")
      .limit(input.limit + 1);
    if (input.role) query = query.where("role", "=", input.role);
    if (input.search) query = query.where(containsIgnoringCase(["email", "name"], input.search));
    if (input.after) query = query.where("email", ">", input.after);
    const rows = await query.execute();
    const page = rows.slice(0, input.limit);
    return {
      users: page.map((u) => ({ ...u, createdAt: new Date(u.createdAt).toISOString() })),
      next: rows.length > input.limit ? (page.at(-1)?.email ?? null) : null,
    };
  }),
});
