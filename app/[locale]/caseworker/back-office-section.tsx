import type { Actor } from "@/lib/auth/actor";
import type { Dossier } from "@/lib/applications/get-dossier";
import type { OpenTerm } from "@/lib/applications/list-dossiers";
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

/** Whether the dossier page shows the back-office section: to a caseworker of a region or of the Immigration Office. */
export function seesBackOffice(actor: Actor): boolean {
  return actor.role === "REGIONAL_CASEWORKER" || actor.role === "IMMIGRATION_CASEWORKER";
}

/** On the dossier page, for a caseworker (seesBackOffice): the open terms, which the page reads beside its other reads, and their acts. */
export function BackOfficeSection({ actor, dossier, terms }: { actor: Actor; dossier: Dossier; terms: OpenTerm[] }) {
  return <ClientMessages of={["backOfficeForms"]}><BackOfficePanel actor={actor} dossier={dossier} terms={terms} actions={actions} /></ClientMessages>;
}
