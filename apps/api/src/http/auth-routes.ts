import {
  changePasswordSchema,
  deleteAccountSchema,
  passwordProblem,
  signUpSchema,
} from "@rubric/core";
import type { Context, Hono } from "hono";
import { z } from "zod";
import type { Auth } from "../auth/auth.ts";
import { isCommonPassword } from "../auth/common-passwords.ts";
import { CLIENT_IP_HEADER, clientAddress } from "./client-ip.ts";
import { jsonError } from "./errors.ts";

/**
 * Mounts better-auth under /api/auth. Sign-up, change-password and delete-account bodies
 * are validated here first with the same schemas the web forms use, so a person sees
 * which field is wrong, and nothing reaches the database on bad input.
 */
export function mountAuthRoutes(app: Hono, auth: Auth, trustedProxyHeader: string | null) {
  const forward = (c: Context, body?: unknown) => {
    const headers = new Headers(c.req.raw.headers);
    headers.set(CLIENT_IP_HEADER, clientAddress(c, trustedProxyHeader));
    const init: RequestInit = { method: c.req.method, headers };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      headers.set("content-type", "application/json");
      headers.delete("content-length");
    } else if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      init.body = c.req.raw.body;
      Object.assign(init, { duplex: "half" });
    }
    return auth.handler(new Request(c.req.url, init));
  };

  const validated = <T extends z.ZodType>(
    schema: T,
    check: (value: z.output<T>) => Record<string, string[]> | null,
    rewrite: (value: z.output<T>) => unknown,
  ) => {
    return async (c: Context) => {
      const raw = await c.req.json().catch(() => undefined);
      if (raw === undefined)
        return jsonError(c, 400, "INVALID_JSON", "The request body must be JSON.");
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return jsonError(
          c,
          400,
          "VALIDATION_ERROR",
          "Some fields need attention.",
          z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        );
      }
      const problems = check(parsed.data);
      if (problems)
        return jsonError(c, 400, "VALIDATION_ERROR", "Some fields need attention.", problems);
      return forward(c, rewrite(parsed.data));
    };
  };

  const passwordField = (field: string, password: string) => {
    const problem = passwordProblem(password, isCommonPassword);
    return problem ? { [field]: [problem] } : null;
  };

  app.post(
    "/api/auth/sign-up/email",
    validated(
      signUpSchema,
      (v) => passwordField("password", v.password),
      (v) => v,
    ),
  );
  app.post(
    "/api/auth/change-password",
    validated(
      changePasswordSchema,
      (v) => passwordField("newPassword", v.newPassword),
      // Changing a password signs out every other device, whatever the client asked.
      (v) => ({ ...v, revokeOtherSessions: true }),
    ),
  );
  app.post(
    "/api/auth/delete-user",
    validated(
      deleteAccountSchema,
      () => null,
      (v) => v,
    ),
  );
  app.on(["GET", "POST"], "/api/auth/*", (c) => forward(c));
}
