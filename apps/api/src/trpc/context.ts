import { type Role, roleSchema } from "@rubric/core";
import type { Kysely } from "kysely";
import type { Auth } from "../auth/auth.ts";
import type { Database } from "../db/schema.ts";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

// A type alias (not an interface) so it satisfies adapters expecting Record<string, unknown>.
export type Context = {
  db: Kysely<Database>;
  user: SessionUser | null;
  requestId: string;
  /** The server's clock; tests replace it to move time. */
  now: () => Date;
};

export interface ContextDeps {
  db: Kysely<Database>;
  auth: Auth;
  now: () => Date;
}

export async function createContext(
  deps: ContextDeps,
  headers: Headers,
  requestId: string,
): Promise<Context> {
  const session = await deps.auth.api.getSession({ headers });
  const role = roleSchema.safeParse((session?.user as { role?: unknown } | undefined)?.role);
  const user =
    session && role.success
      ? { id: session.user.id, email: session.user.email, name: session.user.name, role: role.data }
      : null;
  return { db: deps.db, user, requestId, now: deps.now };
}
