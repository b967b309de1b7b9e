// One command from a fresh clone to a running platform: install, build the web app,
// start the server on SQLite (or DATABASE_URL) with demo content.
import path from "node:path";
import { mustPnpm, root } from "./pnpm.mjs";

console.log("Installing dependencies…");
await mustPnpm(["install", "--frozen-lockfile"]);
console.log("Building the web app…");
await mustPnpm(["--filter", "@rubric/web", "build"]);
await mustPnpm(["--filter", "@rubric/api", "start"], {
  env: { RUBRIC_DATA_DIR: process.env.RUBRIC_DATA_DIR ?? path.join(root, "data") },
});
