import { describe, it } from "vitest";
import { POSTGRES_ADMIN_URL, postgresAvailable } from "./databases.ts";

const postgres = await postgresAvailable();

/**
 * Runs a suite on SQLite and on PostgreSQL. Without a reachable PostgreSQL the second half
 * is skipped with the reason on a developer's machine, and fails in CI, which must run both.
 */
export function describeOnEachDatabase(name: string, suite: (kind: "sqlite" | "postgres") => void) {
  describe(`${name} [SQLite]`, () => suite("sqlite"));
  if (postgres.ok) {
    describe(`${name} [PostgreSQL]`, () => suite("postgres"));
  } else if (process.env.CI) {
    describe(`${name} [PostgreSQL]`, () => {
      it("needs PostgreSQL, which CI always provides", () => {
        throw new Error(`PostgreSQL at ${POSTGRES_ADMIN_URL} is unreachable: ${postgres.reason}`);
      });
    });
  } else {
    console.warn(
      `\n[${name}] PostgreSQL half SKIPPED: ${POSTGRES_ADMIN_URL} is unreachable (${postgres.reason}). ` +
        "Start PostgreSQL or set TEST_DATABASE_URL to run it.\n",
    );
    describe.skip(`${name} [PostgreSQL] (skipped: PostgreSQL unreachable)`, () =>
      suite("postgres"));
  }
}
