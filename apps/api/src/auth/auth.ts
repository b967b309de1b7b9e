import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, SELF_SERVICE_ROLES } from "@rubric/core";
import { APIError, type BetterAuthOptions, betterAuth } from "better-auth";
import type { DatabaseHandle } from "../db/connect.ts";
import { createOrganizationForNewRecruiter } from "../db/organizations.ts";
import { CLIENT_IP_HEADER } from "../http/client-ip.ts";

export interface AuthOptions {
  publicUrl: string;
  secret: string;
  trustedOrigins: string[];
  /** Password attempts (sign-in, sign-up, change, delete) per client address per minute. */
  signInPerMinute: number;
  /** Other auth requests allowed per client address per minute. */
  requestsPerMinute: number;
}

export function createAuth(handle: DatabaseHandle, options: AuthOptions) {
  return betterAuth(authConfig(handle, options));
}

/** The configuration alone, which also tells the schema migration which tables to create. */
export function authConfig(handle: DatabaseHandle, options: AuthOptions) {
  return {
    appName: "Rubric",
    baseURL: options.publicUrl,
    secret: options.secret,
    trustedOrigins: options.trustedOrigins,
    database: { db: handle.db, type: handle.dialect },
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "worker", input: true },
      },
      deleteUser: { enabled: true },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      // On in every environment and kept in the database, so limits hold across processes.
      enabled: true,
      storage: "database",
      window: 60,
      max: options.requestsPerMinute,
      customRules: {
        "/sign-in/email": { window: 60, max: options.signInPerMinute },
        "/sign-up/email": { window: 60, max: options.signInPerMinute },
        "/change-password": { window: 60, max: options.signInPerMinute },
        "/delete-user": { window: 60, max: options.signInPerMinute },
      },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      useSecureCookies: options.publicUrl.startsWith("https://"),
    },
    databaseHooks: {
      user: {
        create: {
          before: async (user) => {
            const role = (user as { role?: unknown }).role ?? "worker";
            // The HTTP layer validates sign-up first; this guards every other path in.
            if (!(SELF_SERVICE_ROLES as readonly unknown[]).includes(role)) {
              throw new APIError("BAD_REQUEST", { message: "Choose worker or recruiter." });
            }
            return { data: { ...user, role } };
          },
          after: async (user, ctx) => {
            if ((user as { role?: string }).role !== "recruiter") return;
            const body = (ctx?.body ?? {}) as { organizationName?: unknown };
            if (typeof body.organizationName === "string") {
              await createOrganizationForNewRecruiter(handle.db, user.id, body.organizationName);
            }
          },
        },
      },
    },
  } satisfies BetterAuthOptions;
}

export type Auth = ReturnType<typeof createAuth>;
