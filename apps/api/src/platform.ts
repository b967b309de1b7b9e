import { type Auth, type AuthOptions, createAuth } from "./auth/auth.ts";
import type { Config } from "./config.ts";
import { type DatabaseHandle, openDatabase } from "./db/connect.ts";
import { authSecret, migrateDatabase } from "./db/migrate.ts";

export interface Platform {
  handle: DatabaseHandle;
  auth: Auth;
}

/** Opens and migrates the database and builds authentication on it. */
export async function openPlatform(
  config: Pick<
    Config,
    "database" | "publicUrl" | "authSecret" | "trustedOrigins" | "signInPerMinute"
  >,
): Promise<Platform> {
  const handle = openDatabase(config.database);
  const authOptions: Omit<AuthOptions, "secret"> = {
    publicUrl: config.publicUrl,
    trustedOrigins: config.trustedOrigins,
    signInPerMinute: config.signInPerMinute,
    requestsPerMinute: 300,
  };
  try {
    await migrateDatabase(handle, authOptions);
    const secret = await authSecret(handle, config.authSecret);
    return { handle, auth: createAuth(handle, { ...authOptions, secret }) };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
