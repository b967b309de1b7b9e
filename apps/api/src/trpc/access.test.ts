import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../accounts.ts";
import { GOOD_PASSWORD, TestClient, uniqueEmail } from "../testing/client.ts";
import { startTestServer, type TestServer } from "../testing/server.ts";
import type { Access } from "./procedures.ts";
import { appRouter } from "./router.ts";

/**
 * Every procedure's access rule, written out by hand. A procedure added to the router
 * without an entry here fails the first test, so access is always a decision.
 */
const EXPECTED: Record<string, Access> = {
  "account.me": "authed",
  "profile.get": "worker",
  "profile.update": "worker",
  "onboarding.completeWorker": "worker",
  "onboarding.completeRecruiter": "recruiter",
  "organization.get": "recruiter",
  "organization.update": "recruiter",
  "admin.listUsers": "admin",
  "admin.overview": "admin",
  "drills.catalog": "worker",
  "drills.start": "worker",
  "drills.submit": "worker",
  "drills.result": "worker",
  "drills.progress": "worker",
  "practice.overview": "worker",
  "practice.startBatch": "worker",
  "practice.batch": "worker",
  "practice.saveDraft": "worker",
  "practice.submit": "worker",
  "practice.attempt": "worker",
  "practice.batchSummary": "worker",
  "guidelines.list": "authed",
  "guidelines.get": "authed",
  "guidelines.search": "authed",
  "contentAdmin.items": "admin",
  "contentAdmin.item": "admin",
  "contentAdmin.saveItem": "admin",
  "contentAdmin.saveGuideline": "admin",
  "ladder.rules": "public",
  "ladder.dashboard": "worker",
  "ladder.ledger": "worker",
  "assessment.status": "worker",
  "assessment.start": "worker",
  "assessment.attempt": "worker",
  "assessment.saveAnswer": "worker",
  "assessment.advance": "worker",
  "assessment.submit": "worker",
  "assessment.report": "worker",
  "payBands.list": "public",
  "payBands.update": "admin",
};

type Caller = "anonymous" | "worker" | "recruiter" | "admin";
const CALLERS: Caller[] = ["anonymous", "worker", "recruiter", "admin"];

function allowed(access: Access, caller: Caller): boolean {
  if (access === "public") return true;
  if (caller === "anonymous") return false;
  return access === "authed" || access === caller;
}

const procedures = Object.entries(appRouter._def.procedures as Record<string, unknown>) as [
  string,
  { _def: { type: "query" | "mutation"; meta?: { access?: Access } } },
][];

describe("procedure access table", () => {
  it("has an entry for every procedure in the router, and no stale ones", () => {
    expect(procedures.map(([path]) => path).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("matches the builder each procedure is made from", () => {
    for (const [path, procedure] of procedures) {
      expect(procedure._def.meta?.access, path).toBe(EXPECTED[path]);
    }
  });
});

describe("each role against each procedure, over HTTP", () => {
  let server: TestServer;
  const clients = {} as Record<Caller, TestClient>;

  beforeAll(async () => {
    server = await startTestServer("sqlite");
    clients.anonymous = new TestClient(server.url);
    for (const role of ["worker", "recruiter", "admin"] as const) {
      const email = uniqueEmail(role);
      await createAccount(server.platform, {
        name: role,
        email,
        password: GOOD_PASSWORD,
        role,
        ...(role === "recruiter" ? { organizationName: "Access Co" } : {}),
      });
      clients[role] = new TestClient(server.url);
      expect((await clients[role].signIn(email, GOOD_PASSWORD)).status).toBe(200);
    }
  });
  afterAll(() => server.close());

  for (const [path, access] of Object.entries(EXPECTED)) {
    for (const caller of CALLERS) {
      const expectAllowed = allowed(access, caller);
      it(`${path} is ${expectAllowed ? "open" : "closed"} to ${caller}`, async () => {
        const type = procedures.find(([p]) => p === path)?.[1]._def.type;
        // An input no procedure accepts: an allowed caller gets past authorization and
        // stops at validation (or succeeds when the procedure takes no input).
        const input = { __probe: true };
        const res =
          type === "mutation"
            ? await clients[caller].mutate(path, input)
            : await clients[caller].query(path, input);
        const code = res.json?.error?.data?.code ?? "OK";
        if (expectAllowed) {
          expect(["OK", "BAD_REQUEST"]).toContain(code);
        } else {
          expect(code).toBe(caller === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN");
        }
      });
    }
  }
});
