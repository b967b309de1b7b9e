import fs from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { trpcServer } from "@hono/trpc-server";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { Auth } from "../auth/auth.ts";
import { serverClock } from "../clock.ts";
import type { DatabaseHandle } from "../db/connect.ts";
import { createContext } from "../trpc/context.ts";
import { appRouter } from "../trpc/router.ts";
import { mountAuthRoutes } from "./auth-routes.ts";
import { jsonError } from "./errors.ts";
import { checkHealth } from "./health.ts";
import { mountMediaRoutes } from "./media.ts";
import { requestLog } from "./request-log.ts";
import { mountTestClockRoutes } from "./test-clock.ts";

export interface AppDeps {
  handle: DatabaseHandle;
  auth: Auth;
  trustedProxyHeader: string | null;
  /** The built web app; absent in API-only tests. */
  webDist?: string;
  now?: () => Date;
  /** Lets end-to-end tests shift the server clock (RUBRIC_TEST_CLOCK=enabled); never in production. */
  testClock?: boolean;
  log?: (line: string) => void;
}

/** Largest tRPC batch a client may send in one request. */
export const MAX_BATCH_SIZE = 10;
const API_BODY_LIMIT = 2 * 1024 * 1024;
const AUTH_BODY_LIMIT = 16 * 1024;

export function createApp(deps: AppDeps) {
  const app = new Hono();
  const clock = serverClock(deps.handle.db, { shiftable: deps.testClock ?? false, base: deps.now });

  app.use(requestId());
  app.use(requestLog(deps.log ?? ((line) => process.stdout.write(`${line}\n`))));
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Components position popovers with inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        mediaSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: "strict-origin-when-cross-origin",
    }),
  );

  const tooLarge = (limit: number) =>
    bodyLimit({
      maxSize: limit,
      onError: (c) =>
        jsonError(
          c,
          413,
          "PAYLOAD_TOO_LARGE",
          `The request body is larger than ${limit / 1024} KB.`,
        ),
    });
  app.use("/api/auth/*", tooLarge(AUTH_BODY_LIMIT));
  app.use("/trpc/*", tooLarge(API_BODY_LIMIT));

  app.get("/healthz", async (c) => {
    const health = await checkHealth(deps.handle);
    return c.json(health, health.status === "ok" ? 200 : 503);
  });

  mountAuthRoutes(app, deps.auth, deps.trustedProxyHeader);

  app.use("/trpc/*", async (c, next) => {
    // tRPC joins batched calls with commas in the path; cap them before any work is done.
    const batch = c.req.path.slice("/trpc/".length).split(",").length;
    if (batch > MAX_BATCH_SIZE) {
      return jsonError(
        c,
        400,
        "BATCH_TOO_LARGE",
        `Send at most ${MAX_BATCH_SIZE} calls per batch.`,
      );
    }
    await next();
  });
  app.use(
    "/trpc/*",
    trpcServer({
      router: appRouter,
      endpoint: "/trpc",
      createContext: async (_opts, c) =>
        createContext(
          { db: deps.handle.db, auth: deps.auth, now: await clock.forRequest() },
          c.req.raw.headers,
          c.get("requestId"),
        ),
    }),
  );

  mountTestClockRoutes(app, clock);
  app.all("/api/*", (c) =>
    jsonError(c, 404, "NOT_FOUND", `No API route ${c.req.method} ${c.req.path}.`),
  );
  mountMediaRoutes(app);

  if (deps.webDist && fs.existsSync(path.join(deps.webDist, "index.html"))) {
    const root = path.relative(process.cwd(), deps.webDist);
    const indexHtml = fs.readFileSync(path.join(deps.webDist, "index.html"), "utf8");
    app.use("/assets/*", async (c, next) => {
      await next();
      // Hashed file names change with content, so browsers may keep them for a year.
      if (c.res.ok) c.header("cache-control", "public, max-age=31536000, immutable");
    });
    app.use("*", serveStatic({ root }));
    // Client-side routes: every other GET gets the app shell.
    app.get("*", (c) => c.html(indexHtml));
  }

  app.notFound((c) => jsonError(c, 404, "NOT_FOUND", `Nothing at ${c.req.method} ${c.req.path}.`));
  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      return jsonError(
        c,
        err.status,
        "HTTP_ERROR",
        err.message || "The request could not be handled.",
      );
    }
    (deps.log ?? console.error)(
      JSON.stringify({
        level: "error",
        requestId: c.get("requestId"),
        error: String(err?.stack ?? err),
      }),
    );
    return jsonError(c, 500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side.");
  });

  return app;
}
