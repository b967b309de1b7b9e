import { describe, expect, it } from "vitest";
import { signUpSchema, workerProfileSchema } from "./forms.ts";
import { passwordProblem } from "./password-policy.ts";

const commonList = new Set(["password1234", "qwertyuiop", "iloveyou"]);
const isCommon = (s: string) => commonList.has(s);

describe("passwordProblem", () => {
  it("rejects passwords shorter than 12 code points, counting emoji as one", () => {
    expect(passwordProblem("short-pass1", isCommon)).toMatch(/at least 12/);
    expect(passwordProblem("😀".repeat(11), isCommon)).toMatch(/you have 11/);
  });
  it("accepts a long passphrase without composition rules", () => {
    expect(passwordProblem("correct horse battery staple", isCommon)).toBeNull();
  });
  it("rejects a listed password regardless of case", () => {
    expect(passwordProblem("Password1234", isCommon)).toMatch(/commonly used/);
  });
  it("rejects a common word with digits or symbols appended", () => {
    expect(passwordProblem("qwertyuiop2024!!", isCommon)).toMatch(/commonly used/);
  });
  it("rejects a password of one repeated character", () => {
    expect(passwordProblem("aaaaaaaaaaaaaa", isCommon)).toMatch(/repeating/);
  });
  it("accepts 64 characters and rejects 129", () => {
    expect(passwordProblem("abcdefgh".repeat(8), isCommon)).toBeNull();
    expect(passwordProblem("x1".repeat(64) + "y", isCommon)).toMatch(/at most 128/);
  });
});

describe("signUpSchema", () => {
  const base = { name: "Ada", email: "ADA@Example.com", password: "long enough passphrase" };
  it("defaults to the worker role and lowercases the email", () => {
    const parsed = signUpSchema.parse(base);
    expect(parsed.role).toBe("worker");
    expect(parsed.email).toBe("ada@example.com");
  });
  it("requires an organization name from recruiters, on that field", () => {
    const result = signUpSchema.safeParse({ ...base, role: "recruiter" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["organizationName"]);
  });
  it("does not let anyone choose the admin role", () => {
    expect(signUpSchema.safeParse({ ...base, role: "admin" }).success).toBe(false);
  });
});

describe("workerProfileSchema", () => {
  const profile = {
    displayName: "Ada",
    yearsExperience: 3,
    languages: ["en", "pt-BR"],
    weeklyHours: 10,
    timezone: "Europe/Lisbon",
  };
  it("accepts a complete profile and fills defaults", () => {
    const parsed = workerProfileSchema.parse(profile);
    expect(parsed.visibleToRecruiters).toBe(false);
    expect(parsed.domains).toEqual([]);
  });
  it("names the field that is wrong", () => {
    const result = workerProfileSchema.safeParse({ ...profile, timezone: "Mars/Olympus" });
    expect(result.error?.issues[0]?.path).toEqual(["timezone"]);
    expect(result.error?.issues[0]?.message).toBe("Choose a valid time zone.");
  });
  it("rejects unknown domains", () => {
    expect(workerProfileSchema.safeParse({ ...profile, domains: ["astrology"] }).success).toBe(
      false,
    );
  });
});
