import { sql } from "kysely";
import type { DatabaseHandle } from "../db/connect.ts";

export interface Health {
  status: "ok" | "degraded";
  database: { dialect: string; reachable: boolean; latencyMs: number | null; error?: string };
}

export async function checkHealth(handle: DatabaseHandle): Promise<Health> {
  const started = performance.now();
  try {
    await sql`select 1`.execute(handle.db);
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return { status: "ok", database: { dialect: handle.dialect, reachable: true, latencyMs } };
  } catch (error) {
    return {
      status: "degraded",
      database: {
        dialect: handle.dialect,
        reachable: false,
        latencyMs: null,
        error: error instanceof Error ? error.message : String(error),
      },
    };
  }
}
