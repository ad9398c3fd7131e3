/**
 * Links the demo worker's account (worker@demo.example) to the worker record of a dossier, as the
 * seed links Arjun Mehta's: the worker then follows the dossier, is written to at their account's
 * address and language, and the final decision reaches their inbox. Run by
 * tests/e2e/dossier-life.spec.ts with `tsx --conditions=react-server` against the e2e database:
 * the portal has no screen yet where a worker claims their record.
 *   tsx --conditions=react-server tests/e2e/prepare/link-demo-worker.ts <applicationId>
 */
import { getDb } from "@/lib/db";
import { demoAccounts } from "@/prisma/demo-accounts";

async function main(applicationId: string) {
  const db = getDb();
  const worker = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.worker }, select: { id: true } });
  const { count } = await db.worker.updateMany({ where: { applications: { some: { id: applicationId } } }, data: { userId: worker.id } });
  if (count !== 1) throw new Error(`dossier ${applicationId} has no worker record to link`);
  await db.$disconnect();
}

void main(process.argv[2] ?? "").catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
