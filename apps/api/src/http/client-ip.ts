import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** The one header better-auth reads the client address from; only we set it. */
export const CLIENT_IP_HEADER = "x-rubric-client-ip";

/**
 * The address rate limits are keyed on. Without a configured proxy header, the socket's
 * peer address; with one, the right-most entry, which is what the trusted proxy saw
 * (entries to its left came from the client and can be forged).
 */
export function clientAddress(c: Context, trustedProxyHeader: string | null): string {
  if (trustedProxyHeader) {
    const value = c.req.header(trustedProxyHeader);
    const last = value?.split(",").at(-1)?.trim();
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
