import { randomBytes } from "node:crypto";
import pg from "pg";

// Creating and dropping databases on a local server: used by the integration tests' set-up and by the
// benchmarks, so nothing here may import vitest.

/** Creates a uniquely named database on the server of `adminUrl`. */
export async function createDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `wib_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await runAdmin(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE: a test that failed may have left a client connected.
    drop: () => runAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** `url` with its database replaced by `postgres`, the maintenance database every server has. */
export function adminUrlFor(url: string): string {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  return admin.toString();
}

async function runAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
