import { z } from "@/lib/forms/zod";
import { getDb, type Tx } from "@/lib/db";
import { dayInBelgium, dayToDate } from "@/lib/dates";
import { assertMandateInForce } from "@/lib/mandates/find-active-mandate";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, dossierWhereForActor, scopeMandatesSelect } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { appendStatusEvent } from "@/lib/lifecycle/events";
import { canEditDraft } from "@/lib/lifecycle/lifecycle";
import { routeDossier } from "@/lib/applications/routing-input-for-dossier";
import { salaryPeriodOf } from "@/lib/category-rules/salary-thresholds";
import { employmentStepSchema, feeStepSchema, residenceStepSchema, workerRecordOf, workerStepSchema } from "./step-schemas";
import { applicationTypeFor, FORM_STEPS, isFormStep, stepSchema, taskList, type FormStep } from "./task-list";
import { resolveWorkplaces } from "./resolve-workplaces";
import { isPersonFormStep, PERSON_FORM_STEPS, type PersonFormStep } from "./steps";
import { savePersonStep } from "./save-person-step";

/** Every form step of either filing: the organisation's and the person's (person-filing.ts). */
const ANY_FORM_STEP = [...new Set([...FORM_STEPS, ...PERSON_FORM_STEPS])] as [FormStep | PersonFormStep, ...(FormStep | PersonFormStep)[]];

export const saveStepSchema = z.object({
  applicationId: z.uuid("validation.applicationRequired"),
  version: z.number().int().min(0),
  step: z.enum(ANY_FORM_STEP),
  values: z.unknown(),
});

type StepData = {
  residence: z.output<ReturnType<typeof residenceStepSchema>>;
  worker: z.output<ReturnType<typeof workerStepSchema>>;
  employment: z.output<ReturnType<typeof employmentStepSchema>>;
  fee: z.output<ReturnType<typeof feeStepSchema>>;
};

/**
 * Saves one step of a draft: its answers are checked by the step's schema (the browser's), for
 * the draft as stored and the day, and written in one transaction with the APPLICATION_UPDATED
 * event and the audit entry; the version read guards against a change made meanwhile. A step that
 * cannot start yet (an earlier step it needs is not completed) cannot be saved.
 */
export async function saveFilingStep({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; version: number; step: FormStep | PersonFormStep; applicantKind: "ORGANISATION" | "PERSON" }> {
  const { applicationId, version, step, values } = parseInput(saveStepSchema, input);
  const db = getDb();
  const dossier = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, dossierWhereForActor(actor)] },
    include: {
      worker: true,
      workplaces: { orderBy: { position: "asc" } },
      employer: { select: { registeredOfficeCountry: true, registeredOfficePostalCode: true, mandatesGranted: scopeMandatesSelect(actor) } },
    },
  });
  if (!dossier) throw new AppError("NOT_FOUND");
  assertCan(actor, "dossier:edit-draft", dossier);
  if (!canEditDraft(dossier.status) || dossier.version !== version) throw new AppError("CONFLICT");
  const now = new Date();
  const today = dayInBelgium(now);
  // A person's own dossier has steps of its own; a step of the other filing is no page of it.
  if (dossier.applicantKind === "PERSON") {
    if (!isPersonFormStep(step)) throw new AppError("NOT_FOUND");
    return { ...(await savePersonStep({ actor, dossier, version, step, values, now })), applicantKind: "PERSON" };
  }
  if (!isFormStep(step)) throw new AppError("NOT_FOUND");
  await assertMandateInForce(db, actor, dossier.employerId, today);
  if (taskList(dossier, [], today).find((task) => task.step === step)?.status === "CANNOT_START_YET") {
    throw new AppError("VALIDATION", { fieldErrors: [{ path: "", message: "validation.stepCannotStartYet" }] });
  }

  const parsed = parseInput(stepSchema(step, dossier, today), values);
  // Checked before the transaction: which units are the employer's own, and open.
  const workplaces = step === "employment" ? await resolveWorkplaces(db, dossier.employerId, (parsed as StepData["employment"]).workplaces) : null;
  if (workplaces && !workplaces.ok) throw new AppError("VALIDATION", { fieldErrors: workplaces.fieldErrors });

  return db.$transaction(async (tx) => {
    const write = (data: Parameters<Tx["application"]["updateMany"]>[0]["data"]) =>
      tx.application.updateMany({ where: { id: dossier.id, status: "DRAFT", version }, data: { ...data, version: { increment: 1 } } });
    let updated: { count: number };
    switch (step) {
      case "residence":
        updated = await write(parsed as StepData["residence"]);
        break;
      case "worker": {
        const record = workerRecordOf(parsed as StepData["worker"]);
        if (dossier.workerId) {
          updated = await write({});
          // An account follows a worker record only by invitation or a verified claim: once the
          // draft names someone else (or another address), an earlier link does not carry over.
          const sameIdentity = dossier.worker !== null && sameWorkerIdentity(dossier.worker, record);
          if (updated.count === 1) await tx.worker.update({ where: { id: dossier.workerId }, data: sameIdentity ? record : { ...record, userId: null } });
        } else {
          // Each dossier keeps its own worker record, as filed, so that a later application cannot
          // change what an earlier one said. It is never linked to an account here: a passport
          // number typed by an employer proves nothing about who signs in (issue #11).
          const created = await tx.worker.create({ data: { ...record, employerId: dossier.employerId } });
          updated = await write({ workerId: created.id });
        }
        break;
      }
      case "employment": {
        const { workplaces: _, employmentStartDate, employmentEndDate, grossSalaryCents, ...employment } = parsed as StepData["employment"];
        const rows = workplaces!.ok ? workplaces!.rows : [];
        // The salary is kept in the unit of the region the workplaces route to (Brussels: per month).
        const routed = routeDossier({ ...dossier, workplaces: rows.map((row) => ({ ...row, establishmentUnit: null })) });
        updated = await write({
          ...employment,
          type: applicationTypeFor(employment.category),
          grossSalaryCents: BigInt(grossSalaryCents),
          salaryPeriod: salaryPeriodOf(routed.ok ? routed.result.region : null),
          employmentStartDate: dayToDate(employmentStartDate),
          employmentEndDate: employmentEndDate ? dayToDate(employmentEndDate) : null,
        });
        if (updated.count === 1) {
          await tx.applicationWorkplace.deleteMany({ where: { applicationId: dossier.id } });
          await tx.applicationWorkplace.createMany({ data: rows.map((row) => ({ ...row, applicationId: dossier.id })) });
        }
        break;
      }
      case "fee":
        updated = await write(parsed as StepData["fee"]);
        break;
    }
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await appendStatusEvent(tx, dossier.id, actor.userId, now, { type: "APPLICATION_UPDATED", payload: {} });
    await recordAudit(tx, { actor, action: "application.save-step", entityType: "Application", entityId: dossier.id, outcome: "SUCCESS", metadata: { step } });
    return { id: dossier.id, version: version + 1, step, applicantKind: "ORGANISATION" as const };
  });
}

/** Whether a worker step's answers still name the person (and the address) the record named. */
function sameWorkerIdentity(
  stored: { givenNames: string; familyName: string; dateOfBirth: Date; nationality: string; passportNumber: string; email: string | null },
  record: { givenNames: string; familyName: string; dateOfBirth: Date; nationality: string; passportNumber: string; email: string | null },
): boolean {
  return (
    stored.givenNames === record.givenNames &&
    stored.familyName === record.familyName &&
    stored.dateOfBirth.getTime() === record.dateOfBirth.getTime() &&
    stored.nationality === record.nationality &&
    stored.passportNumber === record.passportNumber &&
    (stored.email ?? "").toLowerCase() === (record.email ?? "").toLowerCase()
  );
}
