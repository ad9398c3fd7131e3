/**
 * A fresh mandatary organisation with an administrator (the demo password), for
 * tests/e2e/mandates.spec.ts: the demo mandatary's own mandates stay in force for the other specs,
 * which file through it in parallel, while this one's mandate is granted, accepted and ended.
 * Prints `{ name, enterpriseNumber, adminEmail }` as JSON.
 *   tsx --conditions=react-server tests/e2e/prepare/mandatary-organisation.ts <stem>
 */
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { createOrganisation, createUser } from "@/prisma/factories";

async function main(stem: string) {
  if (!/^[a-z0-9]+$/.test(stem)) throw new Error("usage: mandatary-organisation.ts <stem of letters and digits>");
  const db = getDb();
  const organisation = await createOrganisation(db, { kind: "MANDATARY", name: `Sociaal Secretariaat ${stem} vzw` });
  const adminEmail = `mandatary-admin-${stem}@mandates.example`;
  await createUser(db, { email: adminEmail, name: "Lien Maes", passwordHash: await hashPassword(DEMO_PASSWORD), locale: "en", role: "MANDATARY_ADMIN", organisationId: organisation.id });
  process.stdout.write(JSON.stringify({ name: organisation.name, enterpriseNumber: organisation.enterpriseNumber, adminEmail }));
  await db.$disconnect();
}

void main(process.argv[2] ?? "").catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
