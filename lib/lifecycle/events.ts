// The payloads of the status events are stored in the database (StatusEvent.payload, JSON): a change
// to a schema here must still read every payload already stored (add optional fields or defaults).
import { z } from "@/lib/forms/zod";
import { DocumentKind, Region, RoutingRule, TermKind } from "@/lib/generated/prisma/enums";
import type { ApplicationStatus, StatusEventType } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";

const isoDay = z.iso.date();
const none = z.object({});

/**
 * One zod schema per event type: the payload is checked when written and parsed again when read, so
 * the timeline, letters and notifications get typed values and never cast.
 */
export const statusEventPayloadSchemas = {
  APPLICATION_CREATED: none,
  APPLICATION_UPDATED: none,
  APPLICATION_SUBMITTED: z.object({ referenceNumber: z.string() }),
  APPLICATION_ROUTED: z.object({ region: z.enum(Region), rule: z.enum(RoutingRule), pickedByFiler: z.boolean() }),
  TAKEN_INTO_TREATMENT: none,
  ADDITIONAL_INFORMATION_REQUESTED: z.object({
    requestId: z.uuid(),
    dueOn: isoDay,
    items: z.array(z.enum(DocumentKind)),
    message: z.string(),
  }),
  ADDITIONAL_INFORMATION_PROVIDED: z.object({ requestId: z.uuid(), documentCount: z.number().int().min(0) }),
  DECLARED_ADMISSIBLE: none,
  DECLARED_INADMISSIBLE: z.object({
    decisionId: z.uuid(),
    /** Taken by the portal on the regional service's behalf when the 15 days to answer passed. */
    onBehalfOfPortal: z.boolean(),
    appealLastDay: isoDay.nullable(),
  }),
  WORK_PART_GRANTED: z.object({ decisionId: z.uuid() }),
  WORK_PART_REFUSED: z.object({ decisionId: z.uuid(), appealLastDay: isoDay.nullable() }),
  RESIDENCE_GRANTED: z.object({ decisionId: z.uuid(), annex: z.literal("46") }),
  RESIDENCE_REFUSED: z.object({ decisionId: z.uuid(), annex: z.literal("48"), appealLastDay: isoDay.nullable() }),
  RESIDENCE_DEEMED_GRANTED: z.object({ decisionId: z.uuid(), annex: z.literal("47"), termLastDay: isoDay }),
  TERM_EXTENDED: z.object({ term: z.enum(TermKind), until: isoDay, reason: z.string() }),
  CANCELLATION_REQUESTED: none,
  WITHDRAWAL_REQUESTED: z.object({ reason: z.string().optional() }),
  // Stopped dossiers stored before withdrawals existed were all stopped before treatment.
  APPLICATION_STOPPED: z.object({ howStopped: z.enum(["CANCELLATION", "WITHDRAWAL"]).default("CANCELLATION") }),
  DECISION_TERM_OVERDUE: z.object({ lastDay: isoDay }),
} as const satisfies Record<StatusEventType, z.ZodType>;

export type StatusEventPayloads = { [Type in StatusEventType]: z.output<(typeof statusEventPayloadSchemas)[Type]> };

/** An event as written: its type and payload, typed together. */
export type StatusEventInput = {
  [Type in StatusEventType]: {
    type: Type;
    payload: z.input<(typeof statusEventPayloadSchemas)[Type]>;
    fromStatus?: ApplicationStatus;
    toStatus?: ApplicationStatus;
    visibleToApplicant?: boolean;
  };
}[StatusEventType];

/** An event as read back, with its payload parsed by its schema. */
export type StatusEvent = {
  [Type in StatusEventType]: {
    id: string;
    sequence: bigint;
    type: Type;
    occurredAt: Date;
    fromStatus: ApplicationStatus | null;
    toStatus: ApplicationStatus | null;
    payload: StatusEventPayloads[Type];
  };
}[StatusEventType];

/** A stored row, parsed. Throws when a payload does not match its schema (a bug, not user input). */
export function parseStatusEvent(row: {
  id: string;
  sequence: bigint;
  type: StatusEventType;
  occurredAt: Date;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus | null;
  payload: unknown;
}): StatusEvent {
  const payload = statusEventPayloadSchemas[row.type].parse(row.payload);
  return { ...row, payload } as StatusEvent;
}

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
 * Each payload is checked against its schema first. Call inside the transaction that makes the change.
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
      payload: statusEventPayloadSchemas[event.type].parse(event.payload),
      visibleToApplicant: event.visibleToApplicant ?? true,
    })),
  });
}

