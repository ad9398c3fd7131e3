import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/authorization";
import { dateToDay, type IsoDay } from "@/lib/dates";
import { firstDayOnAcceptance, mandateStanding, type MandateStanding } from "./mandate-in-force";
import { partyOf, type PartyKind } from "./mandate-party";

export interface MandateRow {
  id: string;
  version: number;
  standing: MandateStanding;
  /** The other party: the mandatary for an employer, the employer for a mandatary. */
  counterpart: { name: string; enterpriseNumber: string | null };
  validFrom: IsoDay;
  validUntil: IsoDay | null;
  /** A proposal whose first day has passed: accepted now, it starts on the day of acceptance. */
  startsOnAcceptance: boolean;
  granted: { by: string; at: Date };
  accepted: { by: string | null; at: Date } | null;
  ended: { by: string | null; side: PartyKind | null; at: Date } | null;
}

export interface MandateList {
  organisationName: string;
  kind: PartyKind;
  rows: MandateRow[];
  /** What the actor may do here: grant (employer administrators), accept and end (the administrators of each side). */
  may: { grant: boolean; accept: boolean; end: boolean };
}

/**
 * The mandates between the actor's organisation and others, newest first, as the page shows them:
 * proposed (or lapsed unaccepted), accepted (in force, not yet, or expired at `now`) and ended, each
 * with who did what when.
 */
export async function listMandates(actor: Actor, now: Date = new Date()): Promise<MandateList> {
  assertCan(actor, "mandate:read");
  const db = getDb();
  const party = await partyOf(db, actor);
  const mandates = await db.mandate.findMany({
    where: party.kind === "EMPLOYER" ? { employerId: party.id } : { mandataryId: party.id },
    orderBy: [{ grantedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      version: true,
      status: true,
      validFrom: true,
      validUntil: true,
      grantedAt: true,
      acceptedAt: true,
      endedAt: true,
      employerId: true,
      employer: { select: { name: true, enterpriseNumber: true } },
      mandatary: { select: { name: true, enterpriseNumber: true } },
      grantedBy: { select: { name: true } },
      acceptedBy: { select: { name: true } },
      endedBy: { select: { name: true } },
      endedByOrganisationId: true,
    },
  });
  return {
    organisationName: party.name,
    kind: party.kind,
    may: { grant: can(actor, "mandate:grant") && party.kind === "EMPLOYER", accept: can(actor, "mandate:accept") && party.kind === "MANDATARY", end: can(actor, "mandate:end") },
    rows: mandates.map((m) => ({
      id: m.id,
      version: m.version,
      standing: mandateStanding(m, now),
      counterpart: party.kind === "EMPLOYER" ? m.mandatary : m.employer,
      validFrom: dateToDay(m.validFrom),
      validUntil: m.validUntil ? dateToDay(m.validUntil) : null,
      startsOnAcceptance: m.status === "PROPOSED" && firstDayOnAcceptance(m, now) !== dateToDay(m.validFrom),
      granted: { by: m.grantedBy.name, at: m.grantedAt },
      accepted: m.acceptedAt ? { by: m.acceptedBy?.name ?? null, at: m.acceptedAt } : null,
      ended: m.endedAt
        ? { by: m.endedBy?.name ?? null, side: m.endedByOrganisationId === null ? null : m.endedByOrganisationId === m.employerId ? "EMPLOYER" : "MANDATARY", at: m.endedAt }
        : null,
    })),
  };
}
