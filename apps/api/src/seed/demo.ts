import fs from "node:fs";
import path from "node:path";
import { workerProfileSchema } from "@rubric/core";
import {
  createAccount,
  findUserIdByEmail,
  generatePassword,
  type NewAccount,
} from "../accounts.ts";
import { saveOrganization } from "../db/organizations.ts";
import { saveWorkerProfile } from "../db/worker-profiles.ts";
import type { Platform } from "../platform.ts";

export const DEMO_ACCOUNTS = {
  worker: { name: "Maya Okafor", email: "worker@demo.rubric.example", role: "worker" },
  recruiter: {
    name: "Daniel Reyes",
    email: "recruiter@demo.rubric.example",
    role: "recruiter",
    organizationName: "Northwind Clinical AI",
  },
  admin: { name: "Rubric Admin", email: "admin@demo.rubric.example", role: "admin" },
} as const;

export interface SeededAccount {
  email: string;
  role: string;
  password: string;
}

/**
 * Seeds the demo accounts idempotently: an account that exists is left alone. Returns
 * the accounts created in this run with their passwords, which exist nowhere else.
 */
export async function seedDemo(
  platform: Platform,
  fixedPassword?: string,
): Promise<SeededAccount[]> {
  const created: SeededAccount[] = [];
  for (const demo of Object.values(DEMO_ACCOUNTS)) {
    if (await findUserIdByEmail(platform, demo.email)) continue;
    const password = fixedPassword ?? generatePassword();
    const userId = await createAccount(platform, { ...demo, password } as NewAccount);
    created.push({ email: demo.email, role: demo.role, password });
    if (demo.role === "worker") {
      await saveWorkerProfile(
        platform.handle.db,
        userId,
        workerProfileSchema.parse({
          displayName: "Maya O.",
          headline: "Registered nurse moving into clinical AI evaluation",
          domains: ["medicine", "science"],
          yearsExperience: 6,
          languages: ["en", "yo"],
          weeklyHours: 15,
          timezone: "America/Chicago",
          goals: ["domain_work", "higher_tier"],
          visibleToRecruiters: true,
        }),
        { onboard: true },
      );
    }
    if (demo.role === "recruiter") {
      await saveOrganization(platform.handle.db, userId, {
        name: DEMO_ACCOUNTS.recruiter.organizationName,
        website: "https://northwind.example",
        size: "51-200",
        description: "Clinical decision-support models; we staff medical evaluation projects.",
      });
    }
  }
  return created;
}

/** Keeps the first start's passwords beside the SQLite file, readable by the owner only. */
export function rememberDemoPasswords(dataDir: string, accounts: SeededAccount[]) {
  if (accounts.length === 0) return null;
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "demo-accounts.txt");
  const lines = accounts.map((a) => `${a.role.padEnd(10)} ${a.email.padEnd(32)} ${a.password}`);
  fs.appendFileSync(file, `${lines.join("\n")}\n`, { mode: 0o600 });
  return file;
}
