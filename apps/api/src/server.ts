import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { loadConfig } from "./config.ts";
import { createApp } from "./http/app.ts";
import { openPlatform } from "./platform.ts";
import { seedContent } from "./seed/content.ts";
import { rememberDemoPasswords, seedDemo } from "./seed/demo.ts";
import { seedPayBands } from "./seed/pay-bands.ts";

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const config = loadConfig(process.env, apiRoot);
const platform = await openPlatform(config);
console.log(`Database: ${platform.handle.dialect} at ${platform.handle.location}`);

const content = await seedContent(platform.handle.db);
if (content.items > 0) console.log(`Practice library: added ${content.items} items`);
const bands = await seedPayBands(platform.handle.db);
if (bands > 0) console.log(`Pay bands: added ${bands} reference bands`);

if (config.seed === "demo") {
  const created = await seedDemo(platform, process.env.RUBRIC_DEMO_PASSWORD);
  if (created.length > 0) {
    const file =
      config.database.kind === "sqlite" ? rememberDemoPasswords(config.dataDir, created) : null;
    console.log("\nDemo accounts (shown once):");
    for (const a of created)
      console.log(`  ${a.role.padEnd(10)} ${a.email.padEnd(32)} ${a.password}`);
    if (file)
      console.log(
        `  (also saved to ${path.relative(process.env.INIT_CWD ?? process.cwd(), file)})`,
      );
  }
}

const app = createApp({
  handle: platform.handle,
  auth: platform.auth,
  trustedProxyHeader: config.trustedProxyHeader,
  webDist: config.webDist,
  testClock: config.testClock,
});
if (config.testClock) {
  console.warn(
    "\nRUBRIC_TEST_CLOCK is enabled: anyone can shift this server's clock. Never in production.",
  );
}

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
  console.log(`\nRubric is running at ${config.publicUrl}\n`);
});

const shutdown = () => {
  server.close(() => void platform.handle.close().then(() => process.exit(0)));
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
