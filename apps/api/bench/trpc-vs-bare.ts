/**
 * An authenticated tRPC query (session lookup in the database + procedure) against a bare
 * Hono route returning the same-sized JSON, both served by this process on SQLite and
 * measured with autocannon in a worker thread at a fixed connection count and duration
 * after a warm-up. Prints requests per second, p50 and p99 for both, and the ratios.
 */
import type { AddressInfo } from "node:net";
import os from "node:os";
import { serve } from "@hono/node-server";
import autocannon from "autocannon";
import { Hono } from "hono";
import { createAccount } from "../src/accounts.ts";
import { GOOD_PASSWORD, TestClient } from "../src/testing/client.ts";
import { startTestServer } from "../src/testing/server.ts";

const CONNECTIONS = 10;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 8);
const WARMUP_S = 2;

interface Result {
  rps: number;
  mean: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(
  url: string,
  headers: Record<string, string>,
  seconds: number,
): Promise<Result> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers,
    workers: 1,
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  return {
    rps: result.requests.average,
    mean: result.latency.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: failed,
  };
}

const server = await startTestServer("sqlite");
await createAccount(server.platform, {
  name: "Bench Worker",
  email: "bench@bench.rubric.example",
  password: GOOD_PASSWORD,
  role: "worker",
});
const client = new TestClient(server.url);
await client.signIn("bench@bench.rubric.example", GOOD_PASSWORD);
const me = await client.call("account.me");
const cookie = client.cookieHeader();

const bare = new Hono();
bare.get("/me", (c) => c.json({ result: { data: me } }));
const bareServer = await new Promise<ReturnType<typeof serve>>((resolve) => {
  const s = serve({ fetch: bare.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
});
const barePort = (bareServer.address() as AddressInfo).port;

const targets = {
  "bare Hono route": { url: `http://127.0.0.1:${barePort}/me`, headers: {} },
  "authed tRPC query": { url: `${server.url}/trpc/account.me`, headers: { cookie } },
};

const results: Record<string, Result> = {};
for (const [name, target] of Object.entries(targets)) {
  await measure(target.url, target.headers, WARMUP_S);
  results[name] = await measure(target.url, target.headers, DURATION_S);
}

const baseline = results["bare Hono route"]!;
const trpc = results["authed tRPC query"]!;
console.log(
  `\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`,
);
console.log(`${CONNECTIONS} connections, ${DURATION_S} s each after ${WARMUP_S} s warm-up\n`);
console.log("target               req/s   mean ms   p50 ms   p99 ms   errors");
for (const [name, r] of Object.entries(results)) {
  const cells = [
    r.rps.toFixed(0),
    r.mean.toFixed(2),
    String(r.p50),
    String(r.p99),
    String(r.errors),
  ];
  console.log(`${name.padEnd(18)} ${cells.map((c) => c.padStart(8)).join(" ")}`);
}
// autocannon reports percentiles in whole milliseconds, so a sub-millisecond baseline
// would make percentile ratios meaningless; the mean is exact.
const ratio = (a: number, b: number) =>
  b >= 1 ? `${(a / b).toFixed(2)}×` : "n/a (baseline under 1 ms)";
console.log(`\nratio authed tRPC / bare Hono:`);
console.log(`  throughput   ${(trpc.rps / baseline.rps).toFixed(3)}×`);
console.log(`  mean latency ${(trpc.mean / baseline.mean).toFixed(2)}×`);
console.log(`  p50 latency  ${ratio(trpc.p50, baseline.p50)}`);
console.log(`  p99 latency  ${ratio(trpc.p99, baseline.p99)}`);

// Let the load generator's last in-flight requests finish before the database closes.
await new Promise((resolve) => setTimeout(resolve, 500));
bareServer.close();
await server.close();
