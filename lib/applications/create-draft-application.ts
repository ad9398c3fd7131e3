import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { findDiplomaticPost } from "@/lib/reference/diplomatic-posts";
import { findActiveMandate } from "@/lib/mandates/find-active-mandate";
import { appendStatusEvent } from "./events";
import { draftApplicationSchema } from "./draft-application-input";

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

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
    const mandate = await findActiveMandate(db, { employerId: data.employerId, mandataryId: actor.organisationId!, day: isoDay(now) });
    if (!mandate) {
      throw new AppError("VALIDATION", { fieldErrors: [{ path: "employerId", message: "validation.noActiveMandate" }] });
    }
    employerId = data.employerId;
    mandateId = mandate.id;
  } else {
    employerId = actor.organisationId!;
  }

  if (!data.worker.residesInBelgium && data.diplomaticPostCode && !findDiplomaticPost(data.diplomaticPostCode, isoDay(now))) {
    throw new AppError("VALIDATION", { fieldErrors: [{ path: "diplomaticPostCode", message: "validation.diplomaticPostRequired" }] });
  }

  const units = await db.establishmentUnit.findMany({
    where: { organisationId: employerId, closedAt: null, id: { in: data.workplaces.map((w) => w.establishmentUnitId) } },
    select: { id: true, postalCode: true },
  });
  const unitById = new Map(units.map((u) => [u.id, u]));
  const unknownUnits = data.workplaces.flatMap((w, index) =>
    unitById.has(w.establishmentUnitId) ? [] : [{ path: `workplaces.${index}.establishmentUnitId`, message: "validation.establishmentUnitRequired" }],
  );
  if (unknownUnits.length > 0) throw new AppError("VALIDATION", { fieldErrors: unknownUnits });

  return db.$transaction(async (tx) => {
    const worker = await tx.worker.create({
      data: {
        employerId,
        givenNames: data.worker.givenNames,
        familyName: data.worker.familyName,
        dateOfBirth: new Date(`${data.worker.dateOfBirth}T00:00:00Z`),
        nationality: data.worker.nationality,
        passportNumber: data.worker.passportNumber.toUpperCase(),
        email: data.worker.email || null,
        residesInBelgium: data.worker.residesInBelgium,
        residenceCountry: data.worker.residenceCountry,
      },
    });
    const application = await tx.application.create({
      data: {
        type: data.type,
        category: data.category,
        employerId,
        filedById: actor.organisationId!,
        mandateId,
        createdById: actor.userId,
        workerId: worker.id,
        jobTitle: data.jobTitle,
        iscoCode: data.iscoCode,
        employmentStartDate: new Date(`${data.employmentStartDate}T00:00:00Z`),
        diplomaticPostCode: data.worker.residesInBelgium ? null : data.diplomaticPostCode,
        workplaces: {
          create: data.workplaces.map((w, position) => ({
            establishmentUnitId: w.establishmentUnitId,
            postalCode: unitById.get(w.establishmentUnitId)!.postalCode,
            sharePercent: w.sharePercent,
            position,
          })),
        },
      },
    });
    await appendStatusEvent(tx, application.id, actor.userId, now, { type: "APPLICATION_CREATED", payload: {}, toStatus: "DRAFT" });
    await recordAudit(tx, { actor, action: "application.create", entityType: "Application", entityId: application.id, outcome: "SUCCESS" });
    return { id: application.id };
  });
}
