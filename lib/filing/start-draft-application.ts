import { getDb, type Db } from "@/lib/db";
import { dayInBelgium } from "@/lib/dates";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, actsUnderMandate, filesInOwnName } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { findActiveMandate } from "@/lib/mandates/find-active-mandate";
import { appendStatusEvent } from "@/lib/lifecycle/events";
import { startDraftSchema } from "./start-draft-application-input";
import { earlierEligibilityAnswers } from "./earlier-answers";


/**
 * Starts an empty draft, which the steps of the guided filing then fill in one by one. A
 * mandatary names the employer first and needs a mandate in force from it. A worker starts their
 * own application for the combined permit of unlimited duration (docs/decisions/person-as-applicant.md).
 */
export async function startDraftApplication({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "dossier:create");
  const data = parseInput(startDraftSchema, input);
  const db = getDb();
  const now = new Date();
  if (filesInOwnName(actor)) return startPersonDraft(db, actor, data.eligibility, now);
  if (actor.kind === "worker") throw new AppError("FORBIDDEN");

  let employerId = actor.organisationId;
  let mandateId: string | null = null;
  if (actsUnderMandate(actor)) {
    if (!data.employerId) throw new AppError("VALIDATION", { fieldErrors: [{ path: "employerId", message: "validation.employerRequired" }] });
    const mandate = await findActiveMandate(db, { employerId: data.employerId, mandataryId: actor.organisationId, day: dayInBelgium(now) });
    if (!mandate) throw new AppError("VALIDATION", { fieldErrors: [{ path: "employerId", message: "validation.noActiveMandate" }] });
    employerId = data.employerId;
    mandateId = mandate.id;
  }

  return db.$transaction(async (tx) => {
    const application = await tx.application.create({
      // The type follows from the category, asked in the employment step; until then the general one.
      data: { type: "COMBINED_PERMIT_FIXED", employerId, filedById: actor.organisationId, mandateId, createdById: actor.userId },
      select: { id: true },
    });
    await appendStatusEvent(tx, application.id, actor.userId, now, { type: "APPLICATION_CREATED", payload: {}, toStatus: "DRAFT" });
    await recordAudit(tx, { actor, action: "application.create", entityType: "Application", entityId: application.id, outcome: "SUCCESS" });
    return application;
  });
}

/**
 * A worker's own draft (applicant kind PERSON, no organisation). Its eligibility step starts from
 * the calculator's answers when the worker comes from there, else from their earlier dossiers in
 * the portal (lib/filing/earlier-answers.ts).
 */
async function startPersonDraft(db: Db, actor: Actor, carried: unknown, now: Date): Promise<{ id: string }> {
  const eligibilityAnswers = await earlierEligibilityAnswers(db, actor.userId, carried, dayInBelgium(now));
  return db.$transaction(async (tx) => {
    const application = await tx.application.create({
      data: {
        type: "COMBINED_PERMIT_UNLIMITED",
        applicantKind: "PERSON",
        applicantUserId: actor.userId,
        createdById: actor.userId,
        eligibilityAnswers: eligibilityAnswers ?? undefined,
      },
      select: { id: true },
    });
    await appendStatusEvent(tx, application.id, actor.userId, now, { type: "APPLICATION_CREATED", payload: {}, toStatus: "DRAFT" });
    await recordAudit(tx, { actor, action: "application.create", entityType: "Application", entityId: application.id, outcome: "SUCCESS", metadata: { applicantKind: "PERSON", prefilled: eligibilityAnswers !== null } });
    return application;
  });
}
