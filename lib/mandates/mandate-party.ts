import type { Db, Tx } from "@/lib/db";
import { organisationOf, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { dateToDay } from "@/lib/dates";
import type { NotifiedMandate } from "@/lib/notifications/policy";

export type PartyKind = "EMPLOYER" | "MANDATARY";

/** The actor's organisation as a party to mandates (an employer or a mandatary, of `kind` when given), or FORBIDDEN. */
export async function partyOf(db: Db | Tx, actor: Actor, kind?: PartyKind): Promise<{ id: string; kind: PartyKind; name: string }> {
  const organisationId = organisationOf(actor);
  const organisation = organisationId ? await db.organisation.findUnique({ where: { id: organisationId }, select: { id: true, kind: true, name: true } }) : null;
  if (!organisation || (organisation.kind !== "EMPLOYER" && organisation.kind !== "MANDATARY")) throw new AppError("FORBIDDEN");
  if (kind && organisation.kind !== kind) throw new AppError("FORBIDDEN");
  return { id: organisation.id, kind: organisation.kind, name: organisation.name };
}

/** What a mandate's notification is told, selected inside the transaction after the change. */
export const notifiedMandateSelect = {
  status: true,
  acceptedAt: true,
  validFrom: true,
  validUntil: true,
  employer: { select: { id: true, name: true } },
  mandatary: { select: { id: true, name: true } },
} as const;

export function notifiedMandate(row: {
  acceptedAt: Date | null;
  validFrom: Date;
  validUntil: Date | null;
  employer: { id: string; name: string };
  mandatary: { id: string; name: string };
}): NotifiedMandate {
  return {
    employer: row.employer,
    mandatary: row.mandatary,
    validFrom: dateToDay(row.validFrom),
    validUntil: row.validUntil ? dateToDay(row.validUntil) : null,
    wasAccepted: row.acceptedAt !== null,
  };
}
