import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * The one shape of every error outside tRPC. It matches better-auth's own error bodies,
 * so the web app reads auth and HTTP errors the same way.
 */
export interface ApiErrorBody {
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
  requestId?: string;
}

export function jsonError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  fieldErrors?: Record<string, string[]>,
) {
  const body: ApiErrorBody = { code, message, requestId: c.get("requestId") };
  if (fieldErrors) body.fieldErrors = fieldErrors;
  return c.json(body, status);
}
