import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Tx } from "@/lib/db";
import { dayInBelgium } from "@/lib/dates";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { appendStatusEvent } from "@/lib/lifecycle/events";
import { personStepSchema, personTaskList, type EligibilityStepAnswers, type PersonDraft, type PersonFormStep } from "./person-filing";
import { workerRecordOf, type feeStepSchema, type workerStepSchema } from "./step-schemas";
import type { z } from "@/lib/forms/zod";

type IdentityAnswers = z.output<ReturnType<typeof workerStepSchema>> & { residesInBelgium: boolean; residencePostalCode: string };
type FeeAnswers = z.output<ReturnType<typeof feeStepSchema>>;

/**
 * Saves one step of a person's own draft, as saveFilingStep does an organisation's: checked by the
 * step's schema for the draft and the day, written with its event and audit entry in one
 * transaction, guarded by the version read. The caller has loaded the dossier in the actor's scope
 * and checked the permission, the status and the version.
 */
export async function savePersonStep({
  actor,
  dossier,
  version,
  step,
  values,
  now,
}: {
  actor: Actor;
  dossier: PersonDraft & { id: string; workerId: string | null };
  version: number;
  step: PersonFormStep;
  values: unknown;
  now: Date;
}): Promise<{ id: string; version: number; step: PersonFormStep }> {
  const today = dayInBelgium(now);
  if (personTaskList(dossier, [], today).find((task) => task.step === step)?.status === "CANNOT_START_YET") {
    throw new AppError("VALIDATION", { fieldErrors: [{ path: "", message: "validation.stepCannotStartYet" }] });
  }
  const parsed = parseInput(personStepSchema(step, dossier, today), values);

  return getDb().$transaction(async (tx) => {
    const write = (data: Parameters<Tx["application"]["updateMany"]>[0]["data"]) =>
      tx.application.updateMany({ where: { id: dossier.id, status: "DRAFT", version }, data: { ...data, version: { increment: 1 } } });
    let updated: { count: number };
    switch (step) {
      case "eligibility":
        updated = await write({ eligibilityAnswers: parsed as EligibilityStepAnswers as unknown as Prisma.InputJsonObject });
        break;
      case "identity": {
        const answers = parsed as IdentityAnswers;
        const { residesInBelgium, residencePostalCode } = answers;
        // The person's own record, linked to their account: they are who signs in.
        const record = { ...workerRecordOf(answers), userId: actor.userId };
        const application = { workerResidesInBelgium: residesInBelgium, workerResidencePostalCode: residencePostalCode };
        if (dossier.workerId) {
          updated = await write(application);
          if (updated.count === 1) await tx.worker.update({ where: { id: dossier.workerId }, data: record });
        } else {
          const created = await tx.worker.create({ data: { ...record, employerId: null } });
          updated = await write({ ...application, workerId: created.id });
        }
        break;
      }
      case "fee":
        updated = await write(parsed as FeeAnswers);
        break;
    }
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await appendStatusEvent(tx, dossier.id, actor.userId, now, { type: "APPLICATION_UPDATED", payload: {} });
    await recordAudit(tx, { actor, action: "application.save-step", entityType: "Application", entityId: dossier.id, outcome: "SUCCESS", metadata: { step } });
    return { id: dossier.id, version: version + 1, step };
  });
}
