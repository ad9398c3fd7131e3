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

/** On the dossier page, for a caseworker of a region or of the Immigration Office (isCaseworker): the open terms, which the page reads beside its other reads, and their acts. */
export function BackOfficeSection({ actor, dossier, terms }: { actor: Actor; dossier: Dossier; terms: OpenTerm[] }) {
  return <ClientMessages of={["backOfficeForms"]}><BackOfficePanel actor={actor} dossier={dossier} terms={terms} actions={actions} /></ClientMessages>;
}
