"use server";

import { postedForm } from "@/lib/forms/action-arguments";
import { redirectAfterSuccess, runFormAction } from "@/app/_server/action";
import { getActor } from "@/app/_server/session";
import type { Actor } from "@/lib/auth/actor";
import { formDataToObject, type FieldKinds } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { dossierCommandFieldKinds } from "@/lib/dossier-life/dossier-command";
import { takeIntoTreatment } from "@/lib/dossier-life/take-into-treatment";
import { requestInformation, requestInformationFieldKinds } from "@/lib/dossier-life/request-information";
import { decideAdmissibility } from "@/lib/dossier-life/decide-admissibility";
import { decideWorkPart } from "@/lib/dossier-life/decide-work-part";
import { extendDecisionTerm } from "@/lib/dossier-life/extend-decision-term";
import { processStopRequest } from "@/lib/dossier-life/stop-dossier";
import { queueFiltersCookie } from "./queue-filters-cookie";

const backToDossier = (_: unknown, values: Record<string, unknown>) => redirectAfterSuccess(`/dossiers/${String(values.applicationId)}`);

type UseCase = (args: { actor: Actor; input: unknown }) => Promise<unknown>;

/** A caseworker's form on a dossier: the use case with the posted fields, back to the dossier on success. */
function dossierAction(name: string, useCase: UseCase, kinds: FieldKinds = dossierCommandFieldKinds) {
  return (previous: FormState, formData: FormData) =>
    runFormAction(name, previous, formData, { kinds, useCase: (actor, input) => useCase({ actor, input }), onSuccess: backToDossier });
}

export async function takeIntoTreatmentAction(previous: FormState, formData: FormData): Promise<FormState> {
  return dossierAction("dossier.take-into-treatment", takeIntoTreatment)(previous, formData);
}

export async function requestInformationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return dossierAction("dossier.request-information", requestInformation, requestInformationFieldKinds)(previous, formData);
}

export async function decideAdmissibilityAction(previous: FormState, formData: FormData): Promise<FormState> {
  return dossierAction("dossier.decide-admissibility", decideAdmissibility)(previous, formData);
}

export async function decideWorkPartAction(previous: FormState, formData: FormData): Promise<FormState> {
  return dossierAction("dossier.decide-work-part", decideWorkPart)(previous, formData);
}

export async function extendDecisionTermAction(previous: FormState, formData: FormData): Promise<FormState> {
  return dossierAction("dossier.extend-decision-term", extendDecisionTerm)(previous, formData);
}

export async function processStopRequestAction(previous: FormState, formData: FormData): Promise<FormState> {
  return dossierAction("dossier.process-stop", processStopRequest)(previous, formData);
}

/**
 * The queue's filters are posted, never put in the address (no form sends its fields in the URL):
 * kept in a cookie for the caseworker's session, and the queue is shown again from its first page.
 */
export async function filterQueueAction(formData: FormData): Promise<never> {
  formData = postedForm(formData);
  if (await getActor()) {
    const posted = formDataToObject(formData, { checkboxes: ["dueWithinWeek", "overdue", "assignedToMe"] });
    await queueFiltersCookie.store({ ...posted, status: posted.status || undefined, category: posted.category || undefined });
  }
  return redirectAfterSuccess("/caseworker");
}
