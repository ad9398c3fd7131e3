import { z } from "@/lib/forms/zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Region } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { dayInBelgium } from "@/lib/dates";
import { assertMandateInForce } from "@/lib/mandates/find-active-mandate";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, dossierWhereForActor, scopeMandatesSelect } from "@/lib/auth/authorization";
import { AppError, isAppError, type FieldError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { canTransition } from "@/lib/lifecycle/lifecycle";
import { inviteWorker } from "@/lib/auth/worker-accounts";
import { transitionDossier } from "@/lib/lifecycle/transition-dossier";
import { allocateReferenceNumber } from "./reference-number";
import { filingReadiness } from "@/lib/filing/readiness";
import { personFilingReadiness } from "@/lib/filing/person-filing";
import { routeDossier } from "./routing-input-for-dossier";

export const submitApplicationSchema = z.object({
  applicationId: z.uuid("validation.applicationRequired"),
  version: z.number().int().min(0),
  /**
   * Drawn with the submit form: a double click or a retried request carries the same key, and gets
   * the first request's answer instead of a second submission or an error.
   */
  submissionKey: z.uuid("validation.submissionKeyRequired"),
  /** Only when the rules could not decide: one of the tied regions, picked by the filer. */
  regionPick: z.enum(Region, { error: "validation.regionPickRequired" }).optional(),
  /** The check page's declaration; refused with the other problems when it is not ticked. */
  declaration: z.boolean().optional(),
});

/** What the submit form posts that is not text. */
export const submitApplicationFieldKinds = { numbers: ["version"], checkboxes: ["declaration"] };

/**
 * Submits a complete draft: re-runs every rule for the day (the steps' own, the in-country and
 * diplomatic-post rules, the category rules of the competent region, the checklist, the fee) and
 * refuses anything incomplete with the list of what is missing; else routes it to the competent
 * region, gives it its reference number, records the dated rule rows that judged it, and puts it
 * in that region's queue — through the lifecycle's one guarded transition, so the dossier, its
 * documents made read-only, the terms, the status events, the audit entry, the confirmation in
 * the outbox and the worker's invitation (when the filing gave their address) are one transaction, and a failure anywhere leaves the draft as it was. Idempotent per
 * submission key.
 */
export async function submitApplication({ actor, input }: { actor: Actor; input: unknown }): Promise<{ referenceNumber: string }> {
  const data = parseInput(submitApplicationSchema, input);
  const db = getDb();
  const dossier = await db.application.findFirst({
    where: { AND: [{ id: data.applicationId }, dossierWhereForActor(actor)] },
    include: {
      employer: { select: { registeredOfficeCountry: true, registeredOfficePostalCode: true, mandatesGranted: scopeMandatesSelect(actor) } },
      worker: true,
      workplaces: { include: { establishmentUnit: { select: { city: true } } }, orderBy: { position: "asc" } },
      documents: { select: { kind: true } },
      createdBy: { select: { email: true, locale: true } },
    },
  });
  if (!dossier) throw new AppError("NOT_FOUND");
  assertCan(actor, "dossier:submit", dossier);
  const replay = answerToRetry(dossier, data.submissionKey);
  if (replay) return replay;
  if (!canTransition("submit", dossier.status) || dossier.version !== data.version) throw new AppError("CONFLICT");
  const now = new Date();
  await assertMandateInForce(db, actor, dossier.employerId, dayInBelgium(now));

  // Every rule again, as in force today; what is missing comes back as one list, each item at the
  // path of the step (or document) where it is put right.
  const problems: FieldError[] = [];
  const routed = routeDossier(dossier);
  if (!routed.ok) problems.push(...routed.fieldErrors);
  const routing = routed.ok ? routed.result : null;
  const pickedByFiler = routing !== null && routing.region === null;
  let region = routing?.region ?? null;
  if (pickedByFiler) {
    if (data.regionPick && routing.candidates.includes(data.regionPick)) region = data.regionPick;
    else problems.push({ path: "regionPick", message: "validation.regionPickRequired" });
  }
  // A person's own application (the unlimited-duration permit) is judged by its own rules: the
  // eligibility calculator for the day, its checklist (lib/filing/person-filing.ts).
  const rules = dossier.applicantKind === "PERSON" ? personFilingReadiness(dossier, dossier.documents, dayInBelgium(now)) : filingReadiness(dossier, region, dayInBelgium(now));
  problems.push(...rules.problems);
  if (data.declaration !== true) problems.push({ path: "declaration", message: "validation.declarationRequired" });
  if (problems.length > 0 || routing === null || region === null) throw new AppError("VALIDATION", { fieldErrors: problems });

  let referenceNumber = "";
  try {
    await transitionDossier({
      actor,
      applicationId: dossier.id,
      version: data.version,
      transition: "submit",
      now,
      effects: async (tx, submitted) => {
        referenceNumber = await allocateReferenceNumber(tx, now);
        // From here on the database refuses any change to these files (append-only guard).
        await tx.document.updateMany({ where: { applicationId: dossier.id, submittedAt: null }, data: { submittedAt: now } });
        await inviteWorker(tx, submitted, referenceNumber, now);
        return {
          payload: { referenceNumber },
          set: {
            referenceNumber,
            submissionKey: data.submissionKey,
            competentRegion: region,
            routingRule: routing.rule,
            routingReason: routing.reason as unknown as Prisma.InputJsonValue,
            routingCandidates: routing.candidates,
            regionPickedByFiler: pickedByFiler,
            declarationAcceptedAt: now,
            appliedRuleIds: rules.appliedRuleIds,
          },
          followingEvents: [{ type: "APPLICATION_ROUTED", payload: { region, rule: routing.rule, pickedByFiler } }],
          auditMetadata: { referenceNumber, region, rule: routing.rule, appliedRuleIds: rules.appliedRuleIds },
        };
      },
    });
    return { referenceNumber };
  } catch (error) {
    // Lost the race, e.g. to the other request of a double click: the winner's answer if it was this submission.
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    const current = await db.application.findUnique({ where: { id: dossier.id }, select: { submissionKey: true, referenceNumber: true } });
    const winner = current && answerToRetry(current, data.submissionKey);
    if (winner) return winner;
    throw error;
  }
}

/** The answer a submission already gave, when this request repeats it (same key). */
function answerToRetry(
  dossier: { submissionKey: string | null; referenceNumber: string | null },
  submissionKey: string,
): { referenceNumber: string } | null {
  return dossier.submissionKey === submissionKey && dossier.referenceNumber ? { referenceNumber: dossier.referenceNumber } : null;
}
