import type { Actor } from "@/lib/auth/actor";
import { isCaseworker } from "@/lib/auth/authorization";
import type { Dossier } from "@/lib/applications/get-dossier";
import { listOpenTerms } from "@/lib/applications/list-dossiers";
import { BackOfficePanel } from "@/components/back-office/back-office-panel";
import { decideResidenceAction } from "@/app/[locale]/immigration-office/actions";
import {
  decideAdmissibilityAction,
  decideWorkPartAction,
  extendDecisionTermAction,
  processStopRequestAction,
  requestInformationAction,
  takeIntoTreatmentAction,
} from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

const actions = {
  takeIntoTreatment: takeIntoTreatmentAction,
  requestInformation: requestInformationAction,
  admissibility: decideAdmissibilityAction,
  workPart: decideWorkPartAction,
  extendTerm: extendDecisionTermAction,
  processStop: processStopRequestAction,
  residence: decideResidenceAction,
};

/** On the dossier page, for a caseworker of a region or of the Immigration Office: the terms and their acts. */
export async function BackOfficeSection({ actor, dossier }: { actor: Actor; dossier: Dossier }) {
  if (!isCaseworker(actor)) return null;
  const terms = await listOpenTerms({ actor, applicationId: dossier.id });
  return <ClientMessages of={["backOfficeForms"]}><BackOfficePanel actor={actor} dossier={dossier} terms={terms} actions={actions} /></ClientMessages>;
}
