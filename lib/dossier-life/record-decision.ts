import type { DecisionKind, DecisionOutcome, StatusEventType } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { isPortalActor, type DossierActor } from "@/lib/auth/actor";
import { dayInBelgium, dayToDate, type IsoDay } from "@/lib/dates";
import { termsStartedBy } from "@/lib/lifecycle/dossier-terms";
import type { DossierForTransition } from "@/lib/lifecycle/transition-dossier";
import { requestJobSoon } from "@/lib/jobs/request-job";

export interface RecordedDecision {
  id: string;
  /** The last day to appeal a negative decision; null for a positive one (or no appeal known). */
  appealLastDay: IsoDay | null;
}

/**
 * Records a decision on the dossier, notified the moment it is taken (the portal is the channel).
 * A negative decision carries its appeal: the dated rule and the last day, computed by the same
 * function that stores the dossier's appeal term. `event` is the status event the decision causes.
 */
export async function recordDecision(
  tx: Tx,
  input: {
    actor: DossierActor;
    dossier: DossierForTransition;
    kind: DecisionKind;
    outcome: DecisionOutcome;
    event: StatusEventType;
    motivation: string | null;
    annex?: "46" | "47" | "48";
    now: Date;
  },
): Promise<RecordedDecision> {
  const { actor, dossier, now } = input;
  const [appeal] = termsStartedBy(["APPEAL"], {
    event: input.event,
    to: dossier.status,
    day: dayInBelgium(now),
    region: dossier.competentRegion,
    category: dossier.category,
    type: dossier.type,
    submittedAt: dossier.submittedAt,
  });
  const decision = await tx.decision.create({
    data: {
      applicationId: dossier.id,
      kind: input.kind,
      outcome: input.outcome,
      authorityId: await authorityId(tx, actor, dossier, input.kind === "RESIDENCE" ? "IMMIGRATION_OFFICE" : "REGIONAL"),
      decidedById: isPortalActor(actor) ? null : actor.userId,
      decidedAt: now,
      notifiedAt: now,
      motivation: input.motivation,
      annex: input.annex ?? null,
      appealRuleId: appeal?.ruleId ?? null,
      appealLastDay: appeal ? dayToDate(appeal.endsOn) : null,
    },
    select: { id: true },
  });
  // Negative regional decisions get a registered letter, residence decisions their annex: written by
  // the job once this transaction commits.
  if (input.kind === "RESIDENCE" || input.outcome === "INADMISSIBLE" || input.outcome === "REFUSED") await requestJobSoon(tx, "letters.write");
  return { id: decision.id, appealLastDay: appeal?.endsOn ?? null };
}

/**
 * The acting caseworker's organisation, or — for what the portal decides on an authority's behalf
 * when a term passes — the competent region's service or the Immigration Office.
 */
async function authorityId(tx: Tx, actor: DossierActor, dossier: DossierForTransition, kind: "REGIONAL" | "IMMIGRATION_OFFICE"): Promise<string> {
  if (!isPortalActor(actor) && actor.kind !== "worker") return actor.organisationId;
  const authority = await tx.organisation.findFirstOrThrow({
    where: kind === "REGIONAL" ? { kind: "REGIONAL_AUTHORITY", region: dossier.competentRegion } : { kind: "IMMIGRATION_OFFICE" },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  return authority.id;
}
