import { passwordProblem } from "@rubric/core";
import { describe, expect, it } from "vitest";
import { generatePassword } from "./accounts.ts";
import { isCommonPassword } from "./auth/common-passwords.ts";

describe("generatePassword", () => {
  it("makes four dash-separated groups of unambiguous characters that pass the password rules", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      expect(password).toMatch(/^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}$/);
      expect(passwordProblem(password, isCommonPassword)).toBeNull();
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });
});
