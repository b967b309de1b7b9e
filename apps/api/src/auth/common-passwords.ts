import fs from "node:fs";

/**
 * Common and breached passwords of eight characters or more (shorter ones already fail
 * the length rule), from the zxcvbn-ts common-password dictionary (MIT), one per line.
 */
const list = new Set(
  fs
    .readFileSync(new URL("../../assets/common-passwords.txt", import.meta.url), "utf8")
    .split("\n")
    .map((line) => line.trim().toLowerCase())
    .filter(Boolean),
);

export function isCommonPassword(candidate: string): boolean {
  return list.has(candidate);
}
