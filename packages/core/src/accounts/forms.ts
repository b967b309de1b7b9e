import { z } from "zod";
import { domainSchema } from "../categories/categories.ts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy.ts";
import { selfServiceRoleSchema } from "./roles.ts";

const trimmed = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

export const emailSchema = z.email("Enter a valid email address.").max(254).toLowerCase();

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

export const organizationNameSchema = trimmed("Organization name", 120).min(
  2,
  "Organization name must be at least 2 characters.",
);

export const signUpSchema = z
  .object({
    name: trimmed("Name", 80),
    email: emailSchema,
    password: passwordSchema,
    role: selfServiceRoleSchema.default("worker"),
    organizationName: z.string().trim().max(120).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.role !== "recruiter") return;
    const parsed = organizationNameSchema.safeParse(value.organizationName ?? "");
    if (!parsed.success) {
      ctx.addIssue({
        code: "custom",
        path: ["organizationName"],
        message: parsed.error.issues[0]?.message ?? "Organization name is required.",
      });
    }
  });
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password."),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password."),
  newPassword: passwordSchema,
});

export const deleteAccountSchema = z.object({
  password: z.string().min(1, "Enter your password to confirm."),
});

export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** Why a worker is here; shapes what the dashboard recommends first. */
export const WORKER_GOALS = [
  "first_job",
  "higher_tier",
  "domain_work",
  "code_work",
  "side_income",
] as const;
export const workerGoalSchema = z.enum(WORKER_GOALS);

export const WORKER_GOAL_LABELS: Record<z.infer<typeof workerGoalSchema>, string> = {
  first_job: "Land my first AI-training project",
  higher_tier: "Move up to better-paid categories",
  domain_work: "Use my professional expertise",
  code_work: "Evaluate and write code",
  side_income: "Steady side income",
};

export const workerProfileSchema = z.object({
  displayName: trimmed("Display name", 80),
  headline: z.string().trim().max(140, "Headline must be at most 140 characters.").default(""),
  domains: z.array(domainSchema).max(4).default([]),
  yearsExperience: z
    .number({ error: "Years of experience must be a number." })
    .int("Use whole years.")
    .min(0, "Years of experience cannot be negative.")
    .max(60, "Years of experience must be at most 60."),
  languages: z
    .array(z.string().regex(LANGUAGE_CODE, "Use a language code such as en or pt-BR."))
    .min(1, "Add at least one language you work in.")
    .max(10),
  weeklyHours: z
    .number({ error: "Weekly hours must be a number." })
    .int("Use whole hours.")
    .min(1, "Plan at least 1 hour a week.")
    .max(80, "Weekly hours must be at most 80."),
  timezone: z
    .string()
    .min(1, "Choose your time zone.")
    .refine(isTimeZone, "Choose a valid time zone."),
  goals: z.array(workerGoalSchema).max(WORKER_GOALS.length).default([]),
  visibleToRecruiters: z.boolean().default(false),
});
export type WorkerProfileInput = z.input<typeof workerProfileSchema>;
export type WorkerProfile = z.output<typeof workerProfileSchema>;

export const ORGANIZATION_SIZES = ["1-10", "11-50", "51-200", "201-1000", "1000+"] as const;

export const organizationSchema = z.object({
  name: organizationNameSchema,
  website: z
    .union([z.literal(""), z.url("Enter a full web address, such as https://example.com.")])
    .default(""),
  size: z.enum(ORGANIZATION_SIZES, { error: "Choose a size." }),
  description: z
    .string()
    .trim()
    .max(600, "Description must be at most 600 characters.")
    .default(""),
});
export type OrganizationInput = z.input<typeof organizationSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
