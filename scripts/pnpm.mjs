// Runs the pinned pnpm: the installed one when its version matches packageManager,
// otherwise the same version through npx, so a machine with only Node and npm works.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pinned = JSON.parse(
  fs.readFileSync(path.join(root, "package.json"), "utf8"),
).packageManager.split("@")[1];

function installedVersion() {
  try {
    return execFileSync("pnpm", ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
}

const command = installedVersion() === pinned ? ["pnpm"] : ["npx", "--yes", `pnpm@${pinned}`];

export const baseEnv = {
  ...process.env,
  CI: process.env.CI ?? "true",
  TURBO_TELEMETRY_DISABLED: "1",
  // pnpm 10 reads the machine's nodedir from npm's config; later versions need it here.
  ...(process.env.npm_config_nodedir || !fs.existsSync("/usr/include/node/node.h")
    ? {}
    : { npm_config_nodedir: "/usr" }),
};

/** Runs pnpm with the given arguments; resolves with its exit code. */
export function pnpm(args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command[0], [...command.slice(1), ...args], {
      cwd: options.cwd ?? root,
      stdio: options.stdio ?? "inherit",
      env: { ...baseEnv, ...options.env },
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function mustPnpm(args, options) {
  const code = await pnpm(args, options);
  if (code !== 0) {
    console.error(`\npnpm ${args.join(" ")} failed with exit code ${code}`);
    process.exit(code);
  }
}
