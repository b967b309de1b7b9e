import type { Role } from "@rubric/core";
import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context, SessionUser } from "./context.ts";
import { FieldProblems, Refusal } from "./errors.ts";

/** Who may call a procedure; set by the builder it is made from, read by the access test. */
export type Access = "public" | "authed" | Role;

export interface ProcedureMeta {
  access: Access;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      // Field errors travel with the error so forms can show each next to its field.
      const fieldErrors =
        error.cause instanceof z.ZodError
          ? z.flattenError(error.cause).fieldErrors
          : error.cause instanceof FieldProblems
            ? error.cause.fieldErrors
            : undefined;
      return {
        ...shape,
        message: fieldErrors ? "Some fields need attention." : shape.message,
        data: {
          ...shape.data,
          stack: undefined,
          fieldErrors,
          reason: error.cause instanceof Refusal ? error.cause.reason : undefined,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.meta({ access: "public" });

export const authedProcedure = t.procedure.meta({ access: "authed" }).use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, user: ctx.user as SessionUser } });
});

function roleProcedure(role: Role) {
  return authedProcedure.meta({ access: role }).use(({ ctx, next }) => {
    if (ctx.user.role !== role) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This is only for ${role} accounts.` });
    }
    return next();
  });
}

export const workerProcedure = roleProcedure("worker");
export const recruiterProcedure = roleProcedure("recruiter");
export const adminProcedure = roleProcedure("admin");
