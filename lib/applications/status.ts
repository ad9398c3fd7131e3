import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/**
 * The dossier's life as a pure transition table. A write names the transition it makes; the
 * database update also checks the expected status and version, so two caseworkers cannot both win.
 */
export const transitions = {
  submit: { from: ["DRAFT"], to: "SUBMITTED" },
  withdraw: { from: ["SUBMITTED"], to: "WITHDRAWN" },
  takeIntoTreatment: { from: ["SUBMITTED"], to: "ADMISSIBILITY_REVIEW" },
  requestInformation: { from: ["ADMISSIBILITY_REVIEW", "WORK_PART_REVIEW"], to: "ADDITIONAL_INFORMATION_REQUESTED" },
  provideInformation: { from: ["ADDITIONAL_INFORMATION_REQUESTED"], to: "ADMISSIBILITY_REVIEW" },
  declareAdmissible: { from: ["ADMISSIBILITY_REVIEW"], to: "WORK_PART_REVIEW" },
  declareInadmissible: { from: ["ADMISSIBILITY_REVIEW", "ADDITIONAL_INFORMATION_REQUESTED"], to: "INADMISSIBLE" },
  grantWorkPart: { from: ["WORK_PART_REVIEW"], to: "RESIDENCE_REVIEW" },
  refuseWorkPart: { from: ["WORK_PART_REVIEW"], to: "WORK_PART_REFUSED" },
  grantResidence: { from: ["RESIDENCE_REVIEW"], to: "GRANTED" },
  refuseResidence: { from: ["RESIDENCE_REVIEW"], to: "RESIDENCE_REFUSED" },
} as const satisfies Record<string, { from: readonly ApplicationStatus[]; to: ApplicationStatus }>;

export type Transition = keyof typeof transitions;

export function canTransition(transition: Transition, from: ApplicationStatus): boolean {
  return (transitions[transition].from as readonly ApplicationStatus[]).includes(from);
}

/** Statuses that end a dossier without a permit. */
export const unsuccessfulStatuses: readonly ApplicationStatus[] = ["INADMISSIBLE", "WORK_PART_REFUSED", "RESIDENCE_REFUSED", "WITHDRAWN"];

export const finalStatuses: readonly ApplicationStatus[] = [
  "GRANTED",
  ...unsuccessfulStatuses,
];

/** Only a draft can be changed; a submitted dossier is immutable except through a request for information. */
export function canEditDraft(status: ApplicationStatus): boolean {
  return status === "DRAFT";
}
