import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "../http/app.ts";
import { openPlatform, type Platform } from "../platform.ts";
import { seedContent } from "../seed/content.ts";
import { seedPayBands } from "../seed/pay-bands.ts";
import { createTestDatabase, type TestDatabase } from "./databases.ts";

export interface TestServer {
  url: string;
  platform: Platform;
  logs: string[];
  close(): Promise<void>;
}

export interface TestServerOptions {
  signInPerMinute?: number;
  trustedProxyHeader?: string | null;
  /** The server's clock; a test moves it to simulate time passing between calls. */
  now?: () => Date;
  /** Mounts the shiftable test clock, as RUBRIC_TEST_CLOCK=enabled does. */
  testClock?: boolean;
}

/** A real HTTP server on a free port, over a fresh database of the given kind. */
export async function startTestServer(
  kind: "sqlite" | "postgres",
  options: TestServerOptions = {},
): Promise<TestServer> {
  const database: TestDatabase = await createTestDatabase(kind);
  const logs: string[] = [];
  const publicUrl = "http://127.0.0.1";
  const platform = await openPlatform({
    database: database.target,
    publicUrl,
    authSecret: "test-secret-test-secret-test-secret-0123",
    trustedOrigins: [publicUrl],
    signInPerMinute: options.signInPerMinute ?? 1000,
  });
  await seedContent(platform.handle.db);
  await seedPayBands(platform.handle.db);
  const app = createApp({
    handle: platform.handle,
    auth: platform.auth,
    trustedProxyHeader: options.trustedProxyHeader ?? null,
    now: options.now,
    testClock: options.testClock,
    log: (line) => logs.push(line),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    platform,
    logs,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await platform.handle.close();
      await database.drop();
    },
  };
}
