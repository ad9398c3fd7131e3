import { getDb } from "@/lib/db";
import { portalActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors/app-error";
import { dateToDay, dayInBelgium, dayToDate } from "@/lib/dates";
import { DECISION_TERM_RULES } from "@/lib/terms/term-rules";
import { transitionDossier, type DossierForTransition } from "@/lib/lifecycle/transition-dossier";
import type { Tx } from "@/lib/db";
import { recordDecision } from "./record-decision";

const BATCH = 200;

export interface PassedTermsReport {
  /** Applications declared inadmissible because the 15 days to answer passed. */
  expired: number;
  /** Permits deemed granted (annex 47) because the decision term passed. */
  deemedGranted: number;
  /** Decision terms passed for a category without tacit approval: flagged overdue. */
  flaggedOverdue: number;
}

/**
 * The portal's acts when a term passes (the `terms.due` job): an unanswered information request
 * makes the application inadmissible, decided on the regional service's behalf; a decision term
 * that ran out makes the permit deemed granted (annex 47), or — for the categories without tacit
 * approval, as the dated rule that set the term says — flags the dossier overdue. A term passes
 * once its last day (extension included) is over. Each act is one guarded transition that also
 * marks the term handled, so it happens once even when two portal processes run the job together:
 * the second one loses the version race or finds the term handled.
 */
export async function handlePassedTerms(now: Date = new Date()): Promise<PassedTermsReport> {
  const report: PassedTermsReport = { expired: 0, deemedGranted: 0, flaggedOverdue: 0 };
  const due = await findPassedTerms(now);
  for (const term of due) {
    const stillDue = (dossier: DossierForTransition) => {
      if (!dossier.terms.some((open) => open.id === term.id && open.passedHandledAt === null)) throw new HandledMeanwhile();
    };
    const markHandled = (tx: Tx) => tx.applicationTerm.update({ where: { id: term.id }, data: { passedHandledAt: now } });
    const lastDay = dateToDay(term.extendedUntil ?? term.endsOn);
    try {
      if (term.kind === "ADDITIONAL_INFORMATION_ANSWER") {
        await transitionDossier({
          actor: portalActor,
          applicationId: term.applicationId,
          transition: "expireInformationRequest",
          now,
          check: stillDue,
          effects: async (tx, dossier) => {
            await markHandled(tx);
            await tx.additionalInformationRequest.updateMany({ where: { applicationId: dossier.id, status: "OPEN" }, data: { status: "EXPIRED" } });
            const decision = await recordDecision(tx, { actor: portalActor, dossier, kind: "ADMISSIBILITY", outcome: "INADMISSIBLE", event: "DECLARED_INADMISSIBLE", motivation: null, now });
            return { payload: { decisionId: decision.id, onBehalfOfPortal: true, appealLastDay: decision.appealLastDay }, auditMetadata: { termId: term.id } };
          },
        });
        report.expired++;
      } else if (DECISION_TERM_RULES.find((rule) => rule.id === term.ruleId)?.tacitApprovalWhenTermPasses ?? false) {
        await transitionDossier({
          actor: portalActor,
          applicationId: term.applicationId,
          transition: "deemGranted",
          now,
          check: stillDue,
          effects: async (tx, dossier) => {
            await markHandled(tx);
            const decision = await recordDecision(tx, { actor: portalActor, dossier, kind: "RESIDENCE", outcome: "DEEMED_GRANTED", event: "RESIDENCE_DEEMED_GRANTED", motivation: null, annex: "47", now });
            return { payload: { decisionId: decision.id, annex: "47", termLastDay: lastDay }, auditMetadata: { termId: term.id } };
          },
        });
        report.deemedGranted++;
      } else {
        await transitionDossier({
          actor: portalActor,
          applicationId: term.applicationId,
          transition: "flagDecisionOverdue",
          now,
          check: stillDue,
          effects: async (tx) => {
            await markHandled(tx);
            return { payload: { lastDay }, auditMetadata: { termId: term.id } };
          },
        });
        report.flaggedOverdue++;
      }
    } catch (error) {
      // Decided, answered or handled by another process meanwhile: nothing left to do for this term.
      if (error instanceof HandledMeanwhile || (isAppError(error) && error.code === "CONFLICT")) continue;
      throw error;
    }
  }
  return report;
}

/**
 * The job's scan: the next batch of terms whose last day is over at `now` and that the portal has not
 * acted on yet, the oldest first: one range of the index on (closedAt, passedHandledAt, endsOn).
 */
export async function findPassedTerms(now: Date) {
  const today = dayToDate(dayInBelgium(now));
  return getDb().applicationTerm.findMany({
    where: {
      closedAt: null,
      passedHandledAt: null,
      // An extension only moves the last day later, so a passed term has also passed its first last
      // day: endsOn < today bounds the index range, the extension is checked within it.
      endsOn: { lt: today },
      kind: { in: ["ADDITIONAL_INFORMATION_ANSWER", "DECISION_ON_MERITS"] },
      OR: [{ extendedUntil: null }, { extendedUntil: { lt: today } }],
    },
    select: { id: true, applicationId: true, kind: true, ruleId: true, endsOn: true, extendedUntil: true },
    orderBy: { endsOn: "asc" },
    take: BATCH,
  });
}

class HandledMeanwhile extends Error {}
