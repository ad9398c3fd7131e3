import { getDb } from "@/lib/db";
import { organisationOf, type Actor } from "@/lib/auth/actor";
import { assertCan, actsUnderMandate } from "@/lib/auth/authorization";
import { listMandatingEmployers } from "@/lib/mandates/find-active-mandate";

export interface FilingEmployer {
  id: string;
  name: string;
  enterpriseNumber: string | null;
  /** The Belgian registered office's postal code, or null when the employer has none in Belgium. */
  registeredOfficePostalCode: string | null;
  units: { id: string; name: string; street: string; postalCode: string; city: string }[];
}

/** The employers the actor may file for today, each with its open establishment units. */
export async function getFilingOptions({ actor, day }: { actor: Actor; day: string }): Promise<FilingEmployer[]> {
  assertCan(actor, "dossier:create");
  const db = getDb();
  const employerIds = actsUnderMandate(actor) ? (await listMandatingEmployers(db, { mandataryId: actor.organisationId, day })).map((e) => e.id) : [organisationOf(actor)].filter((id) => id !== null);
  const employers = await db.organisation.findMany({
    where: { id: { in: employerIds }, kind: "EMPLOYER" },
    select: {
      id: true,
      name: true,
      enterpriseNumber: true,
      registeredOfficeCountry: true,
      registeredOfficePostalCode: true,
      establishmentUnits: {
        where: { closedAt: null },
        select: { id: true, name: true, street: true, postalCode: true, city: true },
        orderBy: { name: "asc" },
      },
    },
    orderBy: { name: "asc" },
  });
  return employers.map(({ establishmentUnits, registeredOfficeCountry, registeredOfficePostalCode, ...employer }) => ({
    ...employer,
    registeredOfficePostalCode: registeredOfficeCountry === "BE" ? registeredOfficePostalCode : null,
    units: establishmentUnits,
  }));
}
