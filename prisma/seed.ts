import { resolveDatabaseUrl, stopEmbeddedDatabase } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate-database";
import { getDb } from "@/lib/db";
import { seedDemoData } from "./seed-demo";

// `npm run db:seed`: brings the database up to date and adds the demo data (development only).
async function main() {
  const url = await resolveDatabaseUrl();
  await migrateDatabase(url);
  await seedDemoData();
  await getDb().$disconnect();
  await stopEmbeddedDatabase();
  console.info("demo data seeded");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
