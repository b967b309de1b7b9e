import path from "node:path";
import { z } from "zod";
import type { DatabaseTarget } from "./db/connect.ts";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
    .optional(),
  RUBRIC_DATA_DIR: z.string().default("./data"),
  RUBRIC_PUBLIC_URL: z.url().optional(),
  RUBRIC_AUTH_SECRET: z.string().min(32).optional(),
  RUBRIC_TRUSTED_ORIGINS: z.string().default(""),
  RUBRIC_TRUSTED_PROXY_HEADER: z.string().toLowerCase().optional(),
  RUBRIC_WEB_DIST: z.string().optional(),
  RUBRIC_SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RUBRIC_SEED: z.enum(["demo", "none"]).default("demo"),
  RUBRIC_TEST_CLOCK: z.enum(["enabled"]).optional(),
  NODE_ENV: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  dataDir: string;
  publicUrl: string;
  authSecret: string | undefined;
  trustedOrigins: string[];
  trustedProxyHeader: string | null;
  webDist: string;
  signInPerMinute: number;
  seed: "demo" | "none";
  /** A server clock end-to-end tests can shift; refused in production. */
  testClock: boolean;
}

/** Reads the environment once, failing fast with the variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv, apiRoot: string): Config {
  // An empty variable means "not set", as shells and CI files often leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  const e = parsed.data;
  if (e.RUBRIC_TEST_CLOCK && e.NODE_ENV === "production") {
    throw new Error("Invalid environment:\n  RUBRIC_TEST_CLOCK: never set it in production.");
  }
  const dataDir = path.resolve(e.RUBRIC_DATA_DIR);
  const publicUrl = e.RUBRIC_PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "sqlite", file: path.join(dataDir, "rubric.sqlite") },
    dataDir,
    publicUrl,
    authSecret: e.RUBRIC_AUTH_SECRET,
    trustedOrigins: [
      publicUrl,
      ...e.RUBRIC_TRUSTED_ORIGINS.split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    ],
    trustedProxyHeader: e.RUBRIC_TRUSTED_PROXY_HEADER ?? null,
    webDist: path.resolve(e.RUBRIC_WEB_DIST ?? path.join(apiRoot, "../web/dist")),
    signInPerMinute: e.RUBRIC_SIGN_IN_PER_MINUTE,
    seed: e.RUBRIC_SEED,
    testClock: e.RUBRIC_TEST_CLOCK === "enabled",
  };
}
