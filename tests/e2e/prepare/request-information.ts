/**
 * Puts a submitted demo dossier in ADDITIONAL_INFORMATION_REQUESTED through the use cases, as the
 * Flemish demo caseworker: taken into treatment, then the employment contract asked for. Run by
 * tests/e2e/applicant-life.spec.ts with `tsx --conditions=react-server` against the e2e database,
 * until the caseworkers' screens can do it in the browser.
 *   tsx --conditions=react-server tests/e2e/prepare/request-information.ts <applicationId>
 */
import { getDb } from "@/lib/db";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { takeIntoTreatment } from "@/lib/dossier-life/take-into-treatment";
import { requestInformation } from "@/lib/dossier-life/request-information";
import { demoAccounts } from "@/prisma/demo-accounts";

async function main(applicationId: string) {
  const db = getDb();
  const caseworker = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.caseworkerFlanders }, select: { id: true } });
  const actor = await resolveActor(caseworker.id);
  if (!actor) throw new Error("the Flemish demo caseworker cannot act");
  const version = async () => (await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { version: true } })).version;
  await takeIntoTreatment({ actor, input: { applicationId, version: await version() } });
  await requestInformation({
    actor,
    input: { applicationId, version: await version(), items: ["EMPLOYMENT_CONTRACT"], message: "The employment contract is not signed by both parties. Please send the signed contract." },
  });
  await db.$disconnect();
}

void main(process.argv[2] ?? "").catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
