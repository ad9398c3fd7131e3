import type { ApplicationStatus, Region, RoutingRule, StatusEventType } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";

/**
 * The typed payload of each status event. The event log is append-only: events are only ever
 * created (here), never updated or deleted, and the timeline is drawn from them alone.
 */
export interface StatusEventPayloads {
  APPLICATION_CREATED: Record<string, never>;
  APPLICATION_UPDATED: Record<string, never>;
  APPLICATION_SUBMITTED: { referenceNumber: string };
  APPLICATION_ROUTED: { region: Region; rule: RoutingRule; pickedByFiler: boolean };
  TAKEN_INTO_TREATMENT: Record<string, never>;
  ADDITIONAL_INFORMATION_REQUESTED: { dueOn: string };
  ADDITIONAL_INFORMATION_PROVIDED: Record<string, never>;
  DECLARED_ADMISSIBLE: Record<string, never>;
  DECLARED_INADMISSIBLE: Record<string, never>;
  WORK_PART_GRANTED: Record<string, never>;
  WORK_PART_REFUSED: Record<string, never>;
  RESIDENCE_GRANTED: { annex: string };
  RESIDENCE_REFUSED: { annex: string };
  TERM_EXTENDED: { until: string };
  APPLICATION_WITHDRAWN: Record<string, never>;
}

export type StatusEventInput = {
  [Type in StatusEventType]: {
    type: Type;
    payload: StatusEventPayloads[Type];
    fromStatus?: ApplicationStatus;
    toStatus?: ApplicationStatus;
    visibleToApplicant?: boolean;
  };
}[StatusEventType];

/** Call inside the transaction that makes the change the event records. */
export async function appendStatusEvent(
  tx: Tx,
  applicationId: string,
  actorUserId: string | null,
  occurredAt: Date,
  event: StatusEventInput,
): Promise<void> {
  await appendStatusEvents(tx, applicationId, occurredAt, [{ actorUserId, event }]);
}

/**
 * Several events of one change in one statement, in the order given (their `sequence` follows it).
 * Call inside the transaction that makes the change.
 */
export async function appendStatusEvents(
  tx: Tx,
  applicationId: string,
  occurredAt: Date,
  events: readonly { actorUserId: string | null; event: StatusEventInput }[],
): Promise<void> {
  await tx.statusEvent.createMany({
    data: events.map(({ actorUserId, event }) => ({
      applicationId,
      actorUserId,
      occurredAt,
      type: event.type,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      payload: event.payload,
      visibleToApplicant: event.visibleToApplicant ?? true,
    })),
  });
}
