import { randomInt } from "node:crypto";
import type { Role } from "@rubric/core";
import type { Platform } from "./platform.ts";

export interface NewAccount {
  name: string;
  email: string;
  password: string;
  role: Role;
  organizationName?: string;
}

/**
 * Creates an account through better-auth (so the password is hashed its way) and, for
 * admins, raises the role afterwards: the sign-up path itself never grants admin.
 */
export async function createAccount(platform: Platform, account: NewAccount): Promise<string> {
  const result = await platform.auth.api.signUpEmail({
    body: {
      name: account.name,
      email: account.email,
      password: account.password,
      role: account.role === "admin" ? "worker" : account.role,
      ...(account.organizationName ? { organizationName: account.organizationName } : {}),
    },
  });
  if (account.role === "admin") {
    await platform.handle.db
      .updateTable("user")
      .set({ role: "admin" })
      .where("id", "=", result.user.id)
      .execute();
  }
  return result.user.id;
}

export async function findUserIdByEmail(platform: Platform, email: string) {
  const row = await platform.handle.db
    .selectFrom("user")
    .select("id")
    .where("email", "=", email.toLowerCase())
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * A random password of four five-character groups from 31 unambiguous letters and digits
 * (about 99 bits), grouped so it can be read out and typed without losing one's place.
 */
export function generatePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join(""),
  );
  return groups.join("-");
}
