import { parseStatusEvent, type StatusEvent } from "@/lib/lifecycle/events";

/** A stored status event row, as read from the database; its payload is parsed by its schema here. */
export type StoredStatusEvent = Parameters<typeof parseStatusEvent>[0];

/** One line of the status timeline: a message key in the `timeline` namespace and its values. */
export interface TimelineEntry {
  id: string;
  occurredAt: Date;
  messageKey: string;
  values: Record<string, string>;
}

/** Maps every event type, exhaustively: a new event type does not compile until it is shown here. */
export function toTimelineEntry(event: StatusEvent): TimelineEntry {
  const entry = (messageKey: string, values: Record<string, string> = {}): TimelineEntry => ({
    id: event.id,
    occurredAt: event.occurredAt,
    messageKey,
    values,
  });
  switch (event.type) {
    case "APPLICATION_CREATED":
      return entry("created");
    case "APPLICATION_UPDATED":
      return entry("updated");
    case "APPLICATION_SUBMITTED":
      return entry("submitted", { referenceNumber: event.payload.referenceNumber });
    case "APPLICATION_ROUTED":
      return entry(event.payload.pickedByFiler ? "routedByPick" : "routed", { region: event.payload.region });
    case "TAKEN_INTO_TREATMENT":
      return entry("takenIntoTreatment");
    case "ADDITIONAL_INFORMATION_REQUESTED":
      return entry("informationRequested", { dueOn: event.payload.dueOn });
    case "ADDITIONAL_INFORMATION_PROVIDED":
      return entry("informationProvided");
    case "DECLARED_ADMISSIBLE":
      return entry("admissible");
    case "DECLARED_INADMISSIBLE":
      return entry(event.payload.onBehalfOfPortal ? "inadmissibleTermPassed" : "inadmissible");
    case "WORK_PART_GRANTED":
      return entry("workPartGranted");
    case "WORK_PART_REFUSED":
      return entry("workPartRefused");
    case "RESIDENCE_GRANTED":
      return entry("residenceGranted", { annex: event.payload.annex });
    case "RESIDENCE_DEEMED_GRANTED":
      return entry("residenceDeemedGranted", { annex: event.payload.annex });
    case "RESIDENCE_REFUSED":
      return entry("residenceRefused", { annex: event.payload.annex });
    case "TERM_EXTENDED":
      return entry("termExtended", { until: event.payload.until });
    case "CANCELLATION_REQUESTED":
      return entry("cancellationRequested");
    case "WITHDRAWAL_REQUESTED":
      return entry("withdrawalRequested");
    case "APPLICATION_STOPPED":
      return entry(event.payload.howStopped === "WITHDRAWAL" ? "stoppedOnWithdrawal" : "stoppedOnCancellation");
    case "DECISION_TERM_OVERDUE":
      return entry("decisionOverdue", { lastDay: event.payload.lastDay });
  }
}

/** Oldest first, as a dossier's history reads. */
export function buildTimeline(events: readonly StoredStatusEvent[]): TimelineEntry[] {
  return [...events]
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.sequence < b.sequence ? -1 : a.sequence > b.sequence ? 1 : 0))
    .map((row) => toTimelineEntry(parseStatusEvent(row)));
}
