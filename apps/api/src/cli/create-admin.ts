import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { emailSchema, passwordProblem } from "@rubric/core";
import { createAccount, findUserIdByEmail, generatePassword } from "../accounts.ts";
import { isCommonPassword } from "../auth/common-passwords.ts";
import { loadConfig } from "../config.ts";
import { openPlatform } from "../platform.ts";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string", default: "Administrator" } },
});
const email = emailSchema.safeParse(values.email ?? "");
if (!email.success) {
  console.error("Usage: pnpm admin:create --email admin@example.com [--name 'Ada Admin']");
  console.error("Set RUBRIC_ADMIN_PASSWORD to choose the password; otherwise one is generated.");
  process.exit(2);
}
const password = process.env.RUBRIC_ADMIN_PASSWORD ?? generatePassword();
const problem = passwordProblem(password, isCommonPassword);
if (problem) {
  console.error(`RUBRIC_ADMIN_PASSWORD: ${problem}`);
  process.exit(2);
}

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const platform = await openPlatform(loadConfig(process.env, apiRoot));
try {
  if (await findUserIdByEmail(platform, email.data)) {
    console.error(`An account with ${email.data} already exists.`);
    process.exitCode = 1;
  } else {
    await createAccount(platform, {
      name: values.name ?? "Administrator",
      email: email.data,
      password,
      role: "admin",
    });
    console.log(`Admin created: ${email.data}`);
    if (!process.env.RUBRIC_ADMIN_PASSWORD) console.log(`Password: ${password}`);
  }
} finally {
  await platform.handle.close();
}
