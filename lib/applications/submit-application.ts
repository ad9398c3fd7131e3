import { z } from "@/lib/forms/zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Region } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { dayInBelgium } from "@/lib/dates";
import type { Actor } from "@/lib/auth/actor";
import { AppError, isAppError, type FieldError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import type { RoutingResult } from "@/lib/routing/competent-region";
import { inviteWorker } from "@/lib/auth/worker-accounts";
import { transitionDossier } from "@/lib/lifecycle/transition-dossier";
import { allocateReferenceNumber } from "./reference-number";
import { personFilingReadiness } from "@/lib/filing/person-filing";
import { filingReadiness } from "@/lib/filing/readiness";
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
  const now = new Date();
  // What the check found, for the writes: the transition loads the dossier once and hands it to both.
  let judged: { routing: RoutingResult; region: Region; pickedByFiler: boolean; appliedRuleIds: string[] } | null = null;
  let referenceNumber = "";
  try {
    await transitionDossier({
      actor,
      applicationId: data.applicationId,
      version: data.version,
      transition: "submit",
      now,
      include: {
        workplaces: { include: { establishmentUnit: { select: { city: true } } }, orderBy: { position: "asc" } },
        documents: { select: { kind: true } },
      },
      // Every rule again, as in force today; what is missing comes back as one list, each item at
      // the path of the step (or document) where it is put right.
      check: (dossier) => {
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
        judged = { routing, region, pickedByFiler, appliedRuleIds: rules.appliedRuleIds };
      },
      effects: async (tx, submitted) => {
        const { routing, region, pickedByFiler, appliedRuleIds } = judged!;
        referenceNumber = await allocateReferenceNumber(tx, now);
        // From here on the database refuses any change to these files (append-only guard).
        await tx.document.updateMany({ where: { applicationId: submitted.id, submittedAt: null }, data: { submittedAt: now } });
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
            appliedRuleIds,
          },
          followingEvents: [{ type: "APPLICATION_ROUTED", payload: { region, rule: routing.rule, pickedByFiler } }],
          auditMetadata: { referenceNumber, region, rule: routing.rule, appliedRuleIds },
        };
      },
    });
    return { referenceNumber };
  } catch (error) {
    // Already submitted with this key (a retried request), or lost the race to the other request of
    // a double click: the first submission's answer. The transition found the dossier in the actor's
    // scope before it could refuse with CONFLICT.
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    const current = await getDb().application.findUnique({ where: { id: data.applicationId }, select: { submissionKey: true, referenceNumber: true } });
    const first = current && answerToRetry(current, data.submissionKey);
    if (first) return first;
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
