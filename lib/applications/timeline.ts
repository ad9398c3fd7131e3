import type { StatusEventType } from "@/lib/generated/prisma/enums";

export interface StoredStatusEvent {
  id: string;
  /** Order of writing, for events that share their time (one transaction). */
  sequence: bigint;
  type: StatusEventType;
  occurredAt: Date;
  payload: unknown;
}

/** One line of the status timeline: a message key in the `timeline` namespace and its values. */
export interface TimelineEntry {
  id: string;
  occurredAt: Date;
  messageKey: string;
  values: Record<string, string>;
}

function stringField(payload: unknown, field: string): string {
  const value = (payload as Record<string, unknown> | null)?.[field];
  return typeof value === "string" ? value : "";
}

/** Maps every event type, exhaustively: a new event type does not compile until it is shown here. */
export function toTimelineEntry(event: StoredStatusEvent): TimelineEntry {
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
      return entry("submitted", { referenceNumber: stringField(event.payload, "referenceNumber") });
    case "APPLICATION_ROUTED":
      return entry((event.payload as { pickedByFiler?: boolean }).pickedByFiler ? "routedByPick" : "routed", {
        region: stringField(event.payload, "region"),
      });
    case "TAKEN_INTO_TREATMENT":
      return entry("takenIntoTreatment");
    case "ADDITIONAL_INFORMATION_REQUESTED":
      return entry("informationRequested", { dueOn: stringField(event.payload, "dueOn") });
    case "ADDITIONAL_INFORMATION_PROVIDED":
      return entry("informationProvided");
    case "DECLARED_ADMISSIBLE":
      return entry("admissible");
    case "DECLARED_INADMISSIBLE":
      return entry("inadmissible");
    case "WORK_PART_GRANTED":
      return entry("workPartGranted");
    case "WORK_PART_REFUSED":
      return entry("workPartRefused");
    case "RESIDENCE_GRANTED":
      return entry("residenceGranted", { annex: stringField(event.payload, "annex") });
    case "RESIDENCE_REFUSED":
      return entry("residenceRefused", { annex: stringField(event.payload, "annex") });
    case "TERM_EXTENDED":
      return entry("termExtended", { until: stringField(event.payload, "until") });
    case "APPLICATION_WITHDRAWN":
      return entry("withdrawn");
  }
}

/** Oldest first, as a dossier's history reads. */
export function buildTimeline(events: readonly StoredStatusEvent[]): TimelineEntry[] {
  return [...events]
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.sequence < b.sequence ? -1 : a.sequence > b.sequence ? 1 : 0))
    .map(toTimelineEntry);
}
