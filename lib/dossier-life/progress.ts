import type { TimelineEntry } from "@/lib/applications/timeline";
import { dateToDay, type IsoDay } from "@/lib/dates";
import type { ApplicationStatus, DecisionKind, DecisionOutcome, TermKind } from "@/lib/generated/prisma/enums";
import { APPEAL_RULES, type AppealRule } from "@/lib/terms/term-rules";

/** The statuses seed 000 says the applicant follows in the single window, in its order. */
export const PROGRESS_STEPS = ["application", "admissibility", "workPart", "residence", "finalDecision", "informationRequest"] as const;
export type ProgressStepName = (typeof PROGRESS_STEPS)[number];

export interface ProgressStep {
  step: ProgressStepName;
  /** done: reached, on `on`; current: the dossier is there now; upcoming: still ahead; notReached: the dossier ended before it. */
  state: "done" | "current" | "upcoming" | "notReached";
  on: IsoDay | null;
  /** The step's result, a key of `progress.outcomes` (admissible, refused, answered …), once there is one. */
  outcome: string | null;
}

export interface RunningTerm {
  kind: TermKind;
  lastDay: IsoDay;
  /** The last day before it moved to the next working day, when it moved. */
  movedFrom: IsoDay | null;
  extended: boolean;
}

export interface AppealOpen {
  decision: DecisionKind;
  lastDay: IsoDay;
  rule: AppealRule;
}

export interface DossierProgress {
  steps: ProgressStep[];
  terms: RunningTerm[];
  /** What happens next, a key of `progress.next`; null once nothing more happens in the portal. */
  next: string | null;
  appeal: AppealOpen | null;
}

export interface ProgressInput {
  status: ApplicationStatus;
  events: readonly Pick<TimelineEntry, "messageKey" | "occurredAt">[];
  terms: readonly { kind: TermKind; endsOn: Date; endsOnBeforeMove: Date | null; extendedUntil: Date | null; closedAt: Date | null }[];
  decisions: readonly { kind: DecisionKind; outcome: DecisionOutcome; decidedAt: Date; appealRuleId: string | null; appealLastDay: Date | null }[];
}

/** Where the dossier is now, by its status. */
const CURRENT: Record<ApplicationStatus, ProgressStepName> = {
  DRAFT: "application",
  SUBMITTED: "admissibility",
  CANCELLATION_REQUESTED: "admissibility",
  ADMISSIBILITY_REVIEW: "admissibility",
  ADDITIONAL_INFORMATION_REQUESTED: "informationRequest",
  WORK_PART_REVIEW: "workPart",
  RESIDENCE_REVIEW: "residence",
  GRANTED: "finalDecision",
  INADMISSIBLE: "finalDecision",
  WORK_PART_REFUSED: "finalDecision",
  RESIDENCE_REFUSED: "finalDecision",
  STOPPED: "finalDecision",
};

const NEXT: Record<ApplicationStatus, string | null> = {
  DRAFT: "submit",
  SUBMITTED: "admissibility",
  CANCELLATION_REQUESTED: "cancellation",
  ADMISSIBILITY_REVIEW: "admissibility",
  ADDITIONAL_INFORMATION_REQUESTED: "answer",
  WORK_PART_REVIEW: "workPart",
  RESIDENCE_REVIEW: "residence",
  GRANTED: "permit",
  INADMISSIBLE: "appeal",
  WORK_PART_REFUSED: "appeal",
  RESIDENCE_REFUSED: "appeal",
  STOPPED: null,
};

/** The timeline messages that close a step, with the outcome they give it. */
const REACHED: Record<string, [ProgressStepName, string]> = {
  submitted: ["application", "submitted"],
  admissible: ["admissibility", "admissible"],
  inadmissible: ["admissibility", "inadmissible"],
  inadmissibleTermPassed: ["admissibility", "inadmissible"],
  workPartGranted: ["workPart", "granted"],
  workPartRefused: ["workPart", "refused"],
  residenceGranted: ["residence", "granted"],
  residenceDeemedGranted: ["residence", "deemedGranted"],
  residenceRefused: ["residence", "refused"],
  informationRequested: ["informationRequest", "requested"],
  informationProvided: ["informationRequest", "answered"],
};

const FINAL_OUTCOME: Partial<Record<ApplicationStatus, string>> = {
  GRANTED: "granted",
  INADMISSIBLE: "inadmissible",
  WORK_PART_REFUSED: "refused",
  RESIDENCE_REFUSED: "refused",
  STOPPED: "stopped",
};

/**
 * The applicant's view of a dossier's progress (seed 000): the six statuses with their dates and
 * the current one, the terms running now with their last days, what happens next and, after a
 * negative decision, the appeal with its body (lib/terms) and last day. Pure: the page reads the
 * rows and renders what this answers.
 */
export function dossierProgress({ status, events, terms, decisions }: ProgressInput): DossierProgress {
  const reached = new Map<ProgressStepName, { on: IsoDay; outcome: string }>();
  for (const event of events) {
    const step = REACHED[event.messageKey];
    // The last event of a step wins: an answered request after its request, a decision after a reopening.
    if (step) reached.set(step[0], { on: dateToDay(event.occurredAt), outcome: step[1] });
  }
  const current = CURRENT[status];
  const finalOutcome = FINAL_OUTCOME[status];
  if (finalOutcome) {
    const last = events.at(-1);
    reached.set("finalDecision", { on: last ? dateToDay(last.occurredAt) : dateToDay(new Date()), outcome: finalOutcome });
  }
  const ended = finalOutcome !== undefined;

  const steps: ProgressStep[] = PROGRESS_STEPS.filter((step) => step !== "informationRequest" || reached.has(step) || current === step).map((step) => {
    const at = reached.get(step);
    const isCurrent = step === current && !ended;
    const state = isCurrent ? "current" : at ? "done" : ended && step !== "finalDecision" ? "notReached" : step === "finalDecision" && ended ? "done" : "upcoming";
    // A request still open shows its date as requested; the answer's date once answered.
    return { step, state, on: at?.on ?? null, outcome: isCurrent && step !== "informationRequest" ? null : (at?.outcome ?? null) };
  });

  const running = terms
    .filter((term) => term.closedAt === null)
    .map((term) => ({
      kind: term.kind,
      lastDay: dateToDay(term.extendedUntil ?? term.endsOn),
      movedFrom: term.endsOnBeforeMove && !term.extendedUntil ? dateToDay(term.endsOnBeforeMove) : null,
      extended: term.extendedUntil !== null,
    }))
    .sort((a, b) => a.lastDay.localeCompare(b.lastDay));

  const negative = [...decisions]
    .filter((decision) => decision.appealRuleId && decision.appealLastDay && (decision.outcome === "REFUSED" || decision.outcome === "INADMISSIBLE"))
    .sort((a, b) => b.decidedAt.getTime() - a.decidedAt.getTime())[0];
  const rule = negative ? APPEAL_RULES.find((candidate) => candidate.id === negative.appealRuleId) : undefined;
  const appeal = negative && rule ? { decision: negative.kind, lastDay: dateToDay(negative.appealLastDay!), rule } : null;

  return { steps, terms: running, next: NEXT[status] === "appeal" && !appeal ? null : NEXT[status], appeal };
}
