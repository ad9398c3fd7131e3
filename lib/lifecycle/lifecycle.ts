import type { ApplicationStatus, StatusEventType, TermKind } from "@/lib/generated/prisma/enums";
import type { Permission } from "@/lib/auth/authorization";

/**
 * The whole life of a dossier as one table: one row per transition, read by `transitionDossier()`,
 * which makes every change of status (and the changes that keep it) in one guarded write. A row says
 * - `from`: the statuses it may start from;
 * - `to`: the status it leads to; "UNCHANGED" for an event that leaves the stage as it is (a
 *   withdrawal request, an extension), "STAGE_BEFORE_REQUEST" to go back to where an information
 *   request interrupted the examination;
 * - `permission`: what the acting user needs (lib/auth/authorization.ts); `byPortal` rows are the
 *   portal's own acts when a term passes, and no user may make them;
 * - `event`: the status event it writes (typed in ./events.ts);
 * - `sets`: the dossier's timestamps it sets to the moment of the change;
 * - `startsTerms` / `closesTerms`: the legal terms it starts and closes (computed in ./dossier-terms.ts);
 * - `byApplicant`: made by the filer, so a mandatary's mandate must be in force.
 * Who is told follows from the event alone (lib/notifications/policy.ts).
 */
export interface TransitionRow {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus | "UNCHANGED" | "STAGE_BEFORE_REQUEST";
  permission: Permission | null;
  byPortal?: true;
  byApplicant?: true;
  event: StatusEventType;
  sets?: readonly TimestampField[];
  /** The assigned caseworker becomes the acting one. */
  assigns?: true;
  startsTerms?: readonly TermKind[];
  closesTerms?: readonly TermKind[] | "ALL";
}

export type TimestampField = "submittedAt" | "takenIntoTreatmentAt" | "admissibleAt" | "withdrawalRequestedAt" | "closedAt";

/** The regional stages: the dossier is with the competent region. */
const withRegion = ["ADMISSIBILITY_REVIEW", "ADDITIONAL_INFORMATION_REQUESTED", "WORK_PART_REVIEW"] as const satisfies readonly ApplicationStatus[];
/** Stages in which the filer can still ask to withdraw (after treatment began). */
const withdrawable = [...withRegion, "RESIDENCE_REVIEW"] as const satisfies readonly ApplicationStatus[];
/** Stages in which the decision on the merits is running. */
const decisionRunning = ["WORK_PART_REVIEW", "ADDITIONAL_INFORMATION_REQUESTED", "RESIDENCE_REVIEW"] as const satisfies readonly ApplicationStatus[];

export const lifecycle = {
  submit: {
    from: ["DRAFT"],
    to: "SUBMITTED",
    permission: "dossier:submit",
    byApplicant: true,
    event: "APPLICATION_SUBMITTED",
    sets: ["submittedAt"],
    startsTerms: ["ADMISSIBILITY"],
  },
  requestCancellation: {
    from: ["SUBMITTED"],
    to: "CANCELLATION_REQUESTED",
    permission: "dossier:request-stop",
    byApplicant: true,
    event: "CANCELLATION_REQUESTED",
  },
  processCancellation: {
    from: ["CANCELLATION_REQUESTED"],
    to: "STOPPED",
    permission: "dossier:process-stop",
    event: "APPLICATION_STOPPED",
    sets: ["closedAt"],
    closesTerms: "ALL",
  },
  takeIntoTreatment: {
    from: ["SUBMITTED"],
    to: "ADMISSIBILITY_REVIEW",
    permission: "dossier:take-into-treatment",
    event: "TAKEN_INTO_TREATMENT",
    sets: ["takenIntoTreatmentAt"],
    assigns: true,
  },
  requestWithdrawal: {
    from: withdrawable,
    to: "UNCHANGED",
    permission: "dossier:request-stop",
    byApplicant: true,
    event: "WITHDRAWAL_REQUESTED",
    sets: ["withdrawalRequestedAt"],
  },
  processWithdrawal: {
    from: withdrawable,
    to: "STOPPED",
    permission: "dossier:process-stop",
    event: "APPLICATION_STOPPED",
    sets: ["closedAt"],
    closesTerms: "ALL",
  },
  requestInformation: {
    from: ["ADMISSIBILITY_REVIEW", "WORK_PART_REVIEW"],
    to: "ADDITIONAL_INFORMATION_REQUESTED",
    permission: "dossier:request-information",
    event: "ADDITIONAL_INFORMATION_REQUESTED",
    assigns: true,
    // The admissibility term starts afresh once the dossier is complete; the decision term runs on.
    startsTerms: ["ADDITIONAL_INFORMATION_ANSWER"],
    closesTerms: ["ADMISSIBILITY"],
  },
  answerInformation: {
    from: ["ADDITIONAL_INFORMATION_REQUESTED"],
    to: "STAGE_BEFORE_REQUEST",
    permission: "dossier:answer-information",
    byApplicant: true,
    event: "ADDITIONAL_INFORMATION_PROVIDED",
    // Back at admissibility, its term runs again from the receipt of what was missing.
    startsTerms: ["ADMISSIBILITY"],
    closesTerms: ["ADDITIONAL_INFORMATION_ANSWER"],
  },
  declareAdmissible: {
    from: ["ADMISSIBILITY_REVIEW"],
    to: "WORK_PART_REVIEW",
    permission: "dossier:decide-admissibility",
    event: "DECLARED_ADMISSIBLE",
    sets: ["admissibleAt"],
    assigns: true,
    startsTerms: ["DECISION_ON_MERITS", "DECISION_FROM_SUBMISSION"],
    closesTerms: ["ADMISSIBILITY"],
  },
  declareInadmissible: {
    from: ["ADMISSIBILITY_REVIEW"],
    to: "INADMISSIBLE",
    permission: "dossier:decide-admissibility",
    event: "DECLARED_INADMISSIBLE",
    sets: ["closedAt"],
    assigns: true,
    closesTerms: "ALL",
    startsTerms: ["APPEAL"],
  },
  /** The 15 days to answer passed: the portal declares the application inadmissible for the region. */
  expireInformationRequest: {
    from: ["ADDITIONAL_INFORMATION_REQUESTED"],
    to: "INADMISSIBLE",
    permission: null,
    byPortal: true,
    event: "DECLARED_INADMISSIBLE",
    sets: ["closedAt"],
    closesTerms: "ALL",
    startsTerms: ["APPEAL"],
  },
  grantWorkPart: {
    from: ["WORK_PART_REVIEW"],
    to: "RESIDENCE_REVIEW",
    permission: "dossier:decide-work",
    event: "WORK_PART_GRANTED",
    assigns: true,
  },
  refuseWorkPart: {
    from: ["WORK_PART_REVIEW"],
    to: "WORK_PART_REFUSED",
    permission: "dossier:decide-work",
    event: "WORK_PART_REFUSED",
    sets: ["closedAt"],
    assigns: true,
    closesTerms: "ALL",
    startsTerms: ["APPEAL"],
  },
  extendDecisionTerm: {
    from: decisionRunning,
    to: "UNCHANGED",
    permission: "dossier:extend-term",
    event: "TERM_EXTENDED",
  },
  grantResidence: {
    from: ["RESIDENCE_REVIEW"],
    to: "GRANTED",
    permission: "dossier:decide-residence",
    event: "RESIDENCE_GRANTED",
    sets: ["closedAt"],
    closesTerms: "ALL",
  },
  refuseResidence: {
    from: ["RESIDENCE_REVIEW"],
    to: "RESIDENCE_REFUSED",
    permission: "dossier:decide-residence",
    event: "RESIDENCE_REFUSED",
    sets: ["closedAt"],
    closesTerms: "ALL",
    startsTerms: ["APPEAL"],
  },
  /** The decision term passed without a decision: deemed granted, the Immigration Office's annex 47. */
  deemGranted: {
    from: decisionRunning,
    to: "GRANTED",
    permission: null,
    byPortal: true,
    event: "RESIDENCE_DEEMED_GRANTED",
    sets: ["closedAt"],
    closesTerms: "ALL",
  },
  /** The decision term passed for a category without tacit approval: flagged, the dossier stays. */
  flagDecisionOverdue: {
    from: decisionRunning,
    to: "UNCHANGED",
    permission: null,
    byPortal: true,
    event: "DECISION_TERM_OVERDUE",
  },
} as const satisfies Record<string, TransitionRow>;

export type TransitionName = keyof typeof lifecycle;

/** The row's event type, for typing a transition's payload. */
export type EventOf<T extends TransitionName> = (typeof lifecycle)[T]["event"];

export function canTransition(transition: TransitionName, from: ApplicationStatus): boolean {
  return (lifecycle[transition].from as readonly ApplicationStatus[]).includes(from);
}

/** Statuses that end a dossier without a permit. */
export const unsuccessfulStatuses: readonly ApplicationStatus[] = ["INADMISSIBLE", "WORK_PART_REFUSED", "RESIDENCE_REFUSED", "STOPPED"];

export const finalStatuses: readonly ApplicationStatus[] = ["GRANTED", ...unsuccessfulStatuses];

/** Only a draft can be changed; a submitted dossier is immutable except through a request for information. */
export function canEditDraft(status: ApplicationStatus): boolean {
  return status === "DRAFT";
}
