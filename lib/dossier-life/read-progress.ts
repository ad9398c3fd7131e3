import { getDb } from "@/lib/db";
import type { TimelineEntry } from "@/lib/applications/timeline";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { dossierProgress, type DossierProgress } from "./progress";

/** The progress of a dossier already read under the actor's authorization (its timeline as the actor sees it). */
export async function readProgress(dossier: { id: string; status: ApplicationStatus; timeline: readonly TimelineEntry[] }): Promise<DossierProgress> {
  const db = getDb();
  const [terms, decisions] = await Promise.all([
    db.applicationTerm.findMany({ where: { applicationId: dossier.id }, select: { kind: true, endsOn: true, endsOnBeforeMove: true, extendedUntil: true, closedAt: true } }),
    db.decision.findMany({ where: { applicationId: dossier.id }, select: { kind: true, outcome: true, decidedAt: true, appealRuleId: true, appealLastDay: true } }),
  ]);
  return dossierProgress({ status: dossier.status, events: dossier.timeline, terms, decisions });
}
