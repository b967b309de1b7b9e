import { z } from "zod";

/** Who a person is on the platform. Admins come only from the command line or the seed. */
export const ROLES = ["worker", "recruiter", "admin"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** The roles a person may choose for themselves at sign-up. */
export const SELF_SERVICE_ROLES = ["worker", "recruiter"] as const;
export const selfServiceRoleSchema = z.enum(SELF_SERVICE_ROLES);

/** Capabilities earned on the ladder rather than chosen; reviewing is the first. */
export const CAPABILITIES = ["reviewer"] as const;
export const capabilitySchema = z.enum(CAPABILITIES);
export type Capability = z.infer<typeof capabilitySchema>;
