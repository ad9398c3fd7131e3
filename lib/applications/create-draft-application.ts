import { getDb } from "@/lib/db";
import { dayInBelgium } from "@/lib/dates";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { findActiveMandate } from "@/lib/mandates/find-active-mandate";
import { appendStatusEvent } from "./events";
import { applicationRecord, draftApplicationSchema, workerRecord } from "./draft-application-input";
import { resolveWorkplaces } from "./resolve-workplaces";

/**
 * An employer user, or a mandatary under an active mandate, starts an application: the worker,
 * the job and where the worker will work. Nothing is routed yet; that happens on submission.
 */
export async function createDraftApplication({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "dossier:create");
  const data = parseInput(draftApplicationSchema, input);
  const db = getDb();
  const now = new Date();

  let employerId: string;
  let mandateId: string | null = null;
  if (actor.role === "MANDATARY_USER") {
    if (!data.employerId) {
      throw new AppError("VALIDATION", { fieldErrors: [{ path: "employerId", message: "validation.employerRequired" }] });
    }
    const mandate = await findActiveMandate(db, { employerId: data.employerId, mandataryId: actor.organisationId!, day: dayInBelgium(now) });
    if (!mandate) {
      throw new AppError("VALIDATION", { fieldErrors: [{ path: "employerId", message: "validation.noActiveMandate" }] });
    }
    employerId = data.employerId;
    mandateId = mandate.id;
  } else {
    employerId = actor.organisationId!;
  }

  const workplaces = await resolveWorkplaces(db, employerId, data.workplaces);
  if (!workplaces.ok) throw new AppError("VALIDATION", { fieldErrors: workplaces.fieldErrors });

  return db.$transaction(async (tx) => {
    // Each dossier keeps its own worker record, as filed, so that a later application cannot change
    // what an earlier one said. The same person (passport and nationality) filed for again, e.g.
    // for a renewal, is linked to the account an earlier record has, so they follow all their dossiers.
    const record = workerRecord(data.worker);
    const known = await tx.worker.findFirst({
      where: { passportNumber: record.passportNumber, nationality: record.nationality, userId: { not: null } },
      select: { userId: true },
    });
    const worker = await tx.worker.create({ data: { employerId, ...record, userId: known?.userId ?? null } });
    const application = await tx.application.create({
      data: {
        ...applicationRecord(data),
        employerId,
        filedById: actor.organisationId!,
        mandateId,
        createdById: actor.userId,
        workerId: worker.id,
        workplaces: { create: workplaces.rows },
      },
    });
    await appendStatusEvent(tx, application.id, actor.userId, now, { type: "APPLICATION_CREATED", payload: {}, toStatus: "DRAFT" });
    await recordAudit(tx, { actor, action: "application.create", entityType: "Application", entityId: application.id, outcome: "SUCCESS" });
    return { id: application.id };
  });
}
