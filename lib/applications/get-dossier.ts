import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, dossierWhereForActor, isCaseworker, scopeMandatesSelect } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { buildTimeline } from "./timeline";

/** One dossier as the actor may see it, with its timeline. Outside the actor's scope: NOT_FOUND. */
export async function getDossier({ actor, applicationId, now = new Date() }: { actor: Actor; applicationId: string; now?: Date }) {
  // A malformed id cannot name a dossier; answering NOT_FOUND keeps it from reaching the database.
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(applicationId)) throw new AppError("NOT_FOUND");
  const dossier = await getDb().application.findFirst({
    where: { AND: [{ id: applicationId }, dossierWhereForActor(actor, now)] },
    include: {
      employer: {
        select: { id: true, name: true, enterpriseNumber: true, registeredOfficeCountry: true, registeredOfficePostalCode: true, registeredOfficeCity: true, mandatesGranted: scopeMandatesSelect(actor) },
      },
      filedBy: { select: { id: true, name: true, kind: true } },
      // The mandate a mandatary filed under, shown beside who filed.
      mandate: { select: { validFrom: true } },
      worker: {
        select: {
          givenNames: true,
          familyName: true,
          dateOfBirth: true,
          nationality: true,
          passportNumber: true,
          passportExpiresOn: true,
          email: true,
          userId: true,
        },
      },
      workplaces: {
        orderBy: { position: "asc" },
        select: { id: true, postalCode: true, sharePercent: true, establishmentUnitId: true, establishmentUnit: { select: { name: true, city: true } } },
      },
      statusEvents: {
        where: isCaseworker(actor) ? {} : { visibleToApplicant: true },
        select: { id: true, sequence: true, type: true, occurredAt: true, fromStatus: true, toStatus: true, payload: true },
        orderBy: [{ occurredAt: "asc" }, { sequence: "asc" }],
      },
    },
  });
  if (!dossier) throw new AppError("NOT_FOUND");
  assertCan(actor, "dossier:read", dossier, now);
  const { statusEvents, ...rest } = dossier;
  return { ...rest, timeline: buildTimeline(statusEvents) };
}

export type Dossier = Awaited<ReturnType<typeof getDossier>>;
