import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOOD_PASSWORD, TestClient, uniqueEmail } from "../testing/client.ts";
import { describeOnEachDatabase } from "../testing/each-database.ts";
import { startTestServer, type TestServer } from "../testing/server.ts";

const profile = {
  displayName: "Lena K.",
  headline: "Pharmacist reviewing clinical answers",
  domains: ["medicine"],
  yearsExperience: 8,
  languages: ["en", "de"],
  weeklyHours: 12,
  timezone: "Europe/Berlin",
  goals: ["domain_work"],
  visibleToRecruiters: true,
};

describeOnEachDatabase("accounts over HTTP", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const countRows = async (table: "user" | "worker_profile" | "recruiter_organization") => {
    const row = await server.platform.handle.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it("signs up a worker, sets a session cookie, and answers an authed procedure", async () => {
    const client = new TestClient(server.url);
    const email = uniqueEmail("worker");
    const signUp = await client.signUp({ name: "Lena", email, password: GOOD_PASSWORD });
    expect(signUp.status).toBe(200);
    const me = await client.call("account.me");
    expect(me).toMatchObject({ email, role: "worker", onboarded: false });
  });

  it("rejects a weak password on the password field and creates nobody", async () => {
    const before = await countRows("user");
    const client = new TestClient(server.url);
    const res = await client.signUp({
      name: "Weak",
      email: uniqueEmail("weak"),
      password: "password1234",
    });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe("VALIDATION_ERROR");
    expect(res.json.fieldErrors.password[0]).toMatch(/commonly used/);
    expect(await countRows("user")).toBe(before);
  });

  it("requires an organization name from a recruiter and says so on that field", async () => {
    const before = await countRows("user");
    const res = await new TestClient(server.url).signUp({
      name: "Rita",
      email: uniqueEmail("rec"),
      password: GOOD_PASSWORD,
      role: "recruiter",
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.fieldErrors)).toEqual(["organizationName"]);
    expect(await countRows("user")).toBe(before);
  });

  it("never lets sign-up grant the admin role", async () => {
    const res = await new TestClient(server.url).signUp({
      name: "Mallory",
      email: uniqueEmail("mallory"),
      password: GOOD_PASSWORD,
      role: "admin",
    });
    expect(res.status).toBe(400);
    expect(res.json.fieldErrors.role).toBeDefined();
  });

  it("creates a recruiter's organization at sign-up", async () => {
    const client = new TestClient(server.url);
    const res = await client.signUp({
      name: "Rita",
      email: uniqueEmail("rec"),
      password: GOOD_PASSWORD,
      role: "recruiter",
      organizationName: "Helix Labs",
    });
    expect(res.status).toBe(200);
    expect(await client.call("organization.get")).toMatchObject({ name: "Helix Labs" });
  });

  it("completes worker onboarding and reads the profile back", async () => {
    const client = new TestClient(server.url);
    await client.signUp({ name: "Lena", email: uniqueEmail("onb"), password: GOOD_PASSWORD });
    const saved = await client.call("onboarding.completeWorker", profile, "mutation");
    expect(saved).toMatchObject({ ...profile, languages: ["de", "en"] });
    expect(saved.onboardedAt).toBeTruthy();
    expect(await client.call("account.me")).toMatchObject({ onboarded: true });
  });

  it("returns per-field errors for a bad profile and leaves the stored one unchanged", async () => {
    const client = new TestClient(server.url);
    await client.signUp({ name: "Lena", email: uniqueEmail("bad"), password: GOOD_PASSWORD });
    await client.call("onboarding.completeWorker", profile, "mutation");
    const res = await client.mutate("profile.update", {
      ...profile,
      displayName: "Changed",
      weeklyHours: 500,
      timezone: "Nowhere/Town",
    });
    expect(res.status).toBe(400);
    expect(res.json.error.data.code).toBe("BAD_REQUEST");
    expect(Object.keys(res.json.error.data.fieldErrors).sort()).toEqual([
      "timezone",
      "weeklyHours",
    ]);
    expect((await client.call("profile.get")).displayName).toBe("Lena K.");
  });

  it("forbids a recruiter from worker procedures and a worker from recruiter ones", async () => {
    const worker = new TestClient(server.url);
    await worker.signUp({ name: "W", email: uniqueEmail("w"), password: GOOD_PASSWORD });
    const recruiter = new TestClient(server.url);
    await recruiter.signUp({
      name: "R",
      email: uniqueEmail("r"),
      password: GOOD_PASSWORD,
      role: "recruiter",
      organizationName: "Acme Evaluations",
    });
    expect((await recruiter.query("profile.get")).json.error.data.code).toBe("FORBIDDEN");
    expect((await worker.query("organization.get")).json.error.data.code).toBe("FORBIDDEN");
  });

  it("changing the password revokes the user's other sessions", async () => {
    const email = uniqueEmail("pw");
    const laptop = new TestClient(server.url);
    await laptop.signUp({ name: "P", email, password: GOOD_PASSWORD });
    const phone = new TestClient(server.url);
    expect((await phone.signIn(email, GOOD_PASSWORD)).status).toBe(200);
    const change = await laptop.request("POST", "/api/auth/change-password", {
      currentPassword: GOOD_PASSWORD,
      newPassword: "another calm harbour 77",
      revokeOtherSessions: false,
    });
    expect(change.status).toBe(200);
    expect((await phone.query("account.me")).status).toBe(401);
    expect((await laptop.query("account.me")).status).toBe(200);
    expect((await new TestClient(server.url).signIn(email, "another calm harbour 77")).status).toBe(
      200,
    );
  });

  it("deleting the account needs the password and removes the person's data", async () => {
    const client = new TestClient(server.url);
    const email = uniqueEmail("del");
    await client.signUp({ name: "D", email, password: GOOD_PASSWORD });
    await client.call("onboarding.completeWorker", profile, "mutation");
    const profiles = await countRows("worker_profile");
    const wrong = await client.request("POST", "/api/auth/delete-user", {
      password: "not my password at all",
    });
    expect(wrong.status).toBeGreaterThanOrEqual(400);
    expect(await countRows("worker_profile")).toBe(profiles);
    const ok = await client.request("POST", "/api/auth/delete-user", { password: GOOD_PASSWORD });
    expect(ok.status).toBe(200);
    expect(await countRows("worker_profile")).toBe(profiles - 1);
    expect((await new TestClient(server.url).signIn(email, GOOD_PASSWORD)).status).toBe(401);
  });

  it("answers bad JSON, unknown routes and oversize bodies with readable 4xx errors", async () => {
    const client = new TestClient(server.url);
    const badJson = await client.request("POST", "/api/auth/sign-up/email", "{not json");
    expect(badJson.status).toBe(400);
    expect(badJson.json.message).toMatch(/JSON/);
    const unknown = await client.request("GET", "/api/nothing-here");
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: "NOT_FOUND" });
    const huge = await client.request("POST", "/api/auth/sign-in/email", {
      email: "x".repeat(40_000),
    });
    expect(huge.status).toBe(413);
    expect(huge.json.code).toBe("PAYLOAD_TOO_LARGE");
    const trpcBad = await client.request("POST", "/trpc/profile.update", "{oops");
    expect(trpcBad.status).toBeLessThan(500);
  });

  it("caps the number of calls in one tRPC batch", async () => {
    const paths = Array.from({ length: 11 }, () => "account.me").join(",");
    const res = await new TestClient(server.url).request("GET", `/trpc/${paths}?batch=1&input={}`);
    expect(res.status).toBe(400);
    expect(res.json.code).toBe("BATCH_TOO_LARGE");
  });

  it("reports database reachability on /healthz", async () => {
    const res = await new TestClient(server.url).request("GET", "/healthz");
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: "ok", database: { dialect: kind, reachable: true } });
  });

  it("sends security headers with a content security policy", async () => {
    const res = await new TestClient(server.url).request("GET", "/healthz");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });
});

describeOnEachDatabase("sign-in rate limit", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, {
      signInPerMinute: 3,
      trustedProxyHeader: "x-forwarded-for",
    });
  });
  afterAll(() => server.close());

  it("blocks a client address after the limit, stored in the database, per address", async () => {
    const email = uniqueEmail("rl");
    await new TestClient(server.url).signUp({ name: "R", email, password: GOOD_PASSWORD });
    const attacker = new TestClient(server.url, { "x-forwarded-for": "203.0.113.7" });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await attacker.signIn(email, "wrong password here")).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    // A forged left-most entry does not escape the limit: the proxy's right-most one counts.
    const forged = new TestClient(server.url, { "x-forwarded-for": "198.51.100.1, 203.0.113.7" });
    expect((await forged.signIn(email, GOOD_PASSWORD)).status).toBe(429);
    const other = new TestClient(server.url, { "x-forwarded-for": "203.0.113.8" });
    expect((await other.signIn(email, GOOD_PASSWORD)).status).toBe(200);
    const rows = await server.platform.handle.db
      .selectFrom("rateLimit" as never)
      .selectAll()
      .execute();
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe("describeOnEachDatabase", () => {
  it("is exercised by the suites above", () => {
    expect(typeof describeOnEachDatabase).toBe("function");
  });
});
