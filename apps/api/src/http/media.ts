import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { CONTENT_ROOT } from "@rubric/content";
import type { Hono } from "hono";
import { clipAudioFile, drillLibrary, TRANSCRIPTION_MEDIA_PATH } from "../drills/library.ts";
import { jsonError } from "./errors.ts";

/**
 * Practice audio is the same for everyone, so shared caches may keep it. A week rather
 * than a year: a re-rendered clip keeps its file name.
 */
const AUDIO_CACHE_CONTROL = "public, max-age=604800";

/**
 * Serves transcription clips by name. Only names of known clips resolve, so a request
 * can never reach another file, whatever it spells.
 */
export function mountMediaRoutes(app: Hono) {
  app.get(`${TRANSCRIPTION_MEDIA_PATH}/:file`, async (c) => {
    const clip = drillLibrary().clips.find(
      (candidate) => clipAudioFile(candidate) === c.req.param("file"),
    );
    if (!clip) return jsonError(c, 404, "NOT_FOUND", "There is no such audio clip.");
    const response = await serveStatic({ path: path.join(CONTENT_ROOT, clip.audio.path) })(
      c,
      async () => {},
    );
    if (!response) return jsonError(c, 404, "NOT_FOUND", "There is no such audio clip.");
    response.headers.set("content-type", clip.audio.mimeType);
    response.headers.set("cache-control", AUDIO_CACHE_CONTROL);
    return response;
  });
  app.all("/media/*", (c) =>
    jsonError(c, 404, "NOT_FOUND", `Nothing at ${c.req.method} ${c.req.path}.`),
  );
}
