import { resolveDatabaseUrl, stopEmbeddedDatabase } from "@/lib/db/database-url";
import { getDb } from "@/lib/db";
import type { PermitCategory, Region } from "@/lib/generated/prisma/enums";
import { createDecidedDossier, createOrganisation, createUser } from "@/prisma/factories";

/**
 * Adds decided dossiers to the e2e database, for a spec to read back through the portal. Run as
 * its own process with React's server condition (`tsx --conditions=react-server`, as the seed
 * runs), because the factories reach the database through lib/db.ts, which loads only under it.
 * Argument: JSON `{ region, category, days }`; one dossier per entry of `days`, submitted that many
 * days before its work decision, which was taken yesterday. Prints nothing; fails loudly.
 */
async function main() {
  const { region, category, days } = JSON.parse(process.argv[2] ?? "") as { region: Region; category: PermitCategory; days: number[] };
  await resolveDatabaseUrl();
  const db = getDb();
  const employer = await createOrganisation(db);
  const user = await createUser(db, { passwordHash: "not-a-real-hash", role: "EMPLOYER_USER", organisationId: employer.id });
  const yesterday = Date.now() - 24 * 60 * 60 * 1000;
  for (const count of days) {
    await createDecidedDossier(db, {
      employerId: employer.id,
      createdById: user.id,
      region,
      category,
      submittedAt: new Date(yesterday - count * 24 * 60 * 60 * 1000),
      workDecidedAt: new Date(yesterday),
    });
  }
  await db.$disconnect();
  await stopEmbeddedDatabase();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
