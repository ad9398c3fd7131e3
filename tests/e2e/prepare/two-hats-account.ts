/**
 * A fresh person with two hats (the demo password): a user of the demo bakery and a user of the
 * demo mandatary, for the hats e2e tests. Each test gets its own, since the hat chosen last is
 * remembered on the account and tests run in parallel. Prints the address.
 *   tsx --conditions=react-server tests/e2e/prepare/two-hats-account.ts <stem>
 */
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { createUser } from "@/prisma/factories";

async function main(stem: string) {
  if (!/^[a-z0-9]+$/.test(stem)) throw new Error("usage: two-hats-account.ts <stem of letters and digits>");
  const db = getDb();
  const [bakery, mandatary] = await Promise.all([
    db.organisation.findFirstOrThrow({ where: { name: "Boulangerie du Namurois SA" }, select: { id: true } }),
    db.organisation.findFirstOrThrow({ where: { name: "Sociaal Secretariaat Demo vzw" }, select: { id: true } }),
  ]);
  const email = `two-hats-${stem}@hats.example`;
  const user = await createUser(db, { email, name: "Nathalie Renard", passwordHash: await hashPassword(DEMO_PASSWORD), locale: "en", role: "EMPLOYER_USER", organisationId: bakery.id });
  await db.membership.create({ data: { userId: user.id, organisationId: mandatary.id, role: "MANDATARY_USER" } });
  process.stdout.write(email);
  await db.$disconnect();
}

void main(process.argv[2] ?? "").catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
