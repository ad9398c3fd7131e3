import type { ApplicationStatus, ApplicationType, PermitCategory, Region, StatusEventType, TermKind } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { dateToDay, dayInBelgium, dayToDate, type IsoDay } from "@/lib/dates";
import { termsAfter, type Term } from "@/lib/terms/terms-after";
import type { DeadlineEvent } from "@/lib/terms/deadline-request";

/** A term as a dossier stores it (ApplicationTerm), computed by lib/terms from the event's day. */
export interface DossierTerm {
  kind: TermKind;
  startsOn: IsoDay;
  endsOn: IsoDay;
  endsOnBeforeMove: IsoDay | null;
  ruleId: string;
  /** The computed term itself, for what the use case shows or writes (an appeal's addressee). */
  computed: Term;
}

/** What a term's computation needs of the dossier, after the transition's own changes. */
export interface TermContext {
  event: StatusEventType;
  to: ApplicationStatus;
  day: IsoDay;
  region: Region | null;
  category: PermitCategory | null;
  /** The procedure: the unlimited-duration permit has no category (see `termCategory`). */
  type: ApplicationType;
  submittedAt: Date | null;
}

/**
 * The category whose decision term applies: the dossier's own. The unlimited-duration permit has
 * none; seed 001's general term (4 months from admissibility, the default row, whose categories
 * include the residual OTHER) is the one no category shortens, so it takes that.
 */
function termCategory(context: Pick<TermContext, "category" | "type">): PermitCategory | null {
  return context.category ?? (context.type === "COMBINED_PERMIT_UNLIMITED" ? "OTHER" : null);
}

/** The lib/terms event each dossier event starts its terms with. */
const deadlineEventFor: Partial<Record<StatusEventType, DeadlineEvent>> = {
  APPLICATION_SUBMITTED: "APPLICATION_RECEIVED",
  // Once the missing documents are in, the admissibility term runs again from their receipt.
  ADDITIONAL_INFORMATION_PROVIDED: "APPLICATION_RECEIVED",
  ADDITIONAL_INFORMATION_REQUESTED: "ADDITIONAL_INFORMATION_REQUEST_NOTIFIED",
  DECLARED_ADMISSIBLE: "DECLARED_ADMISSIBLE",
  DECLARED_INADMISSIBLE: "INADMISSIBILITY_DECISION_NOTIFIED",
  WORK_PART_REFUSED: "WORK_PART_REFUSAL_NOTIFIED",
  RESIDENCE_REFUSED: "RESIDENCE_REFUSAL_NOTIFIED",
};

/**
 * The terms a transition starts, pure: the use case calls it for what it must show (an appeal's last
 * day in the decision), `transitionDossier` for what it stores — the same computation. A term that
 * no source gives (admissibility in Wallonia or the German-speaking Community) is not stored: the
 * screens say that no term is known.
 */
export function termsStartedBy(kinds: readonly TermKind[], context: TermContext): DossierTerm[] {
  const event = deadlineEventFor[context.event];
  if (!event || kinds.length === 0) return [];
  // Admissibility runs only while the dossier waits for (or is back at) that decision.
  const wanted = kinds.filter((kind) => kind !== "ADMISSIBILITY" || context.to === "SUBMITTED" || context.to === "ADMISSIBILITY_REVIEW");
  if (wanted.length === 0) return [];
  const { terms } = termsAfter({
    event,
    eventDate: context.day,
    region: context.region,
    category: termCategory(context),
    submissionDate: context.submittedAt ? dayInBelgium(context.submittedAt) : null,
  });
  const stored: DossierTerm[] = [];
  for (const term of terms) {
    if (term.lastDay === null) continue;
    const row = { startsOn: term.startsAfter, endsOn: term.lastDay, endsOnBeforeMove: term.lastDayMovedToNextWorkingDay?.from ?? null, ruleId: term.ruleId, computed: term };
    if (term.term === "ADMISSIBILITY_DECISION" && wanted.includes("ADMISSIBILITY")) stored.push({ kind: "ADMISSIBILITY", ...row });
    if (term.term === "ANSWER_ADDITIONAL_INFORMATION_REQUEST" && wanted.includes("ADDITIONAL_INFORMATION_ANSWER")) stored.push({ kind: "ADDITIONAL_INFORMATION_ANSWER", ...row });
    if (term.term === "APPEAL" && wanted.includes("APPEAL")) stored.push({ kind: "APPEAL", ...row });
    if (term.term === "DECISION_ON_MERITS") {
      if (wanted.includes("DECISION_ON_MERITS")) stored.push({ kind: "DECISION_ON_MERITS", ...row });
      const clock = term.directiveClock;
      if (wanted.includes("DECISION_FROM_SUBMISSION")) {
        stored.push({ kind: "DECISION_FROM_SUBMISSION", startsOn: clock.startsAfter, endsOn: clock.lastDay, endsOnBeforeMove: clock.lastDayMovedToNextWorkingDay?.from ?? null, ruleId: term.ruleId, computed: term });
      }
    }
  }
  return stored;
}

type OpenTerm = { id: string; kind: TermKind };

/** Closes the dossier's open terms of these kinds (all of them for "ALL"); answers the ids closed. */
export async function closeTerms(tx: Tx, dossier: { id: string; terms: readonly OpenTerm[] }, kinds: readonly TermKind[] | "ALL" | undefined, now: Date): Promise<string[]> {
  if (!kinds) return [];
  const ids = dossier.terms.filter((term) => kinds === "ALL" || kinds.includes(term.kind)).map((term) => term.id);
  if (ids.length > 0) await tx.applicationTerm.updateMany({ where: { id: { in: ids } }, data: { closedAt: now } });
  return ids;
}

export async function storeTerms(tx: Tx, applicationId: string, terms: readonly DossierTerm[]): Promise<void> {
  if (terms.length === 0) return;
  await tx.applicationTerm.createMany({
    data: terms.map((term) => ({
      applicationId,
      kind: term.kind,
      startsOn: dayToDate(term.startsOn),
      endsOn: dayToDate(term.endsOn),
      endsOnBeforeMove: term.endsOnBeforeMove ? dayToDate(term.endsOnBeforeMove) : null,
      ruleId: term.ruleId,
    })),
  });
}

/**
 * The dossier's next legal deadline once the change is written: the earliest last day of its open
 * terms (extensions included), the appeal (the applicant's, not the authority's) and the directive's
 * clock (shown, not acted on) excepted. Kept on the dossier so that the queues sort by it through an
 * index. Give it the open terms as they are after the terms are closed, started and extended.
 */
export function nextDeadlineOf(open: readonly { kind: TermKind; endsOn: Date; extendedUntil: Date | null }[]): Date | null {
  const days = open
    .filter((term) => term.kind !== "APPEAL" && term.kind !== "DECISION_FROM_SUBMISSION")
    .map((term) => dateToDay(term.extendedUntil ?? term.endsOn))
    .sort();
  return days[0] ? dayToDate(days[0]) : null;
}
