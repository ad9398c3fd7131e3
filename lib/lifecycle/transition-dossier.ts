import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { getDb, type Tx } from "@/lib/db";
import { dayInBelgium, dayToDate, type IsoDay } from "@/lib/dates";
import { isPortalActor, type DossierActor } from "@/lib/auth/actor";
import { assertCan, dossierWhereForActor, scopeMandatesSelect } from "@/lib/auth/authorization";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertMandateInForce } from "@/lib/mandates/find-active-mandate";
import { deliverForEvent } from "@/lib/notifications/policy";
import { appendStatusEvents, type StatusEventInput } from "./events";
import { lifecycle, type EventOf, type TimestampField, type TransitionName, type TransitionRow } from "./lifecycle";
import { closeTerms, nextDeadlineOf, storeTerms, termsStartedBy } from "./dossier-terms";

/**
 * What every transition loads of the dossier: its scope (with the employer's mandates to the acting
 * mandatary, none for anyone else or the portal), what terms and notifications need, and the
 * employer's office and the worker's identity that a submission's rules read (a few columns of
 * rows joined anyway). A use case that needs more relations names them (`include`): the dossier is
 * loaded once, here.
 */
const dossierForTransition = (actor: DossierActor) =>
  ({
    employer: { select: { registeredOfficeCountry: true, registeredOfficePostalCode: true, mandatesGranted: scopeMandatesSelect(isPortalActor(actor) ? null : actor) } },
    worker: {
      select: {
        userId: true,
        givenNames: true,
        familyName: true,
        email: true,
        dateOfBirth: true,
        nationality: true,
        passportNumber: true,
        passportExpiresOn: true,
        user: { select: { email: true, locale: true } },
      },
    },
    createdBy: { select: { email: true, locale: true } },
    applicantUser: { select: { id: true, email: true, locale: true } },
    terms: { where: { closedAt: null } },
    informationRequests: { where: { status: "OPEN" } },
  }) as const satisfies Prisma.ApplicationInclude;

type BaseInclude = ReturnType<typeof dossierForTransition>;
/** Relations a use case loads with the dossier beside those every transition loads. */
export type ExtraInclude = Omit<Prisma.ApplicationInclude, keyof BaseInclude>;
/** No relations beside those every transition loads. */
type NoExtra = Record<never, never>;

export type DossierForTransition<X extends ExtraInclude = NoExtra> = Prisma.ApplicationGetPayload<{ include: BaseInclude & X }>;

type PayloadOf<T extends TransitionName> = Extract<StatusEventInput, { type: EventOf<T> }>["payload"];

/** What a use case adds to its transition, written inside the same transaction. */
export interface TransitionEffects<T extends TransitionName> {
  /** The event's payload. */
  payload: PayloadOf<T>;
  /** Fields of the dossier changed with its status. */
  set?: Prisma.ApplicationUncheckedUpdateManyInput;
  /** Events that follow the transition's own, in this order (e.g. the routing after a submission). */
  followingEvents?: StatusEventInput[];
  /** An open term of the dossier given a later last day (an extension), with its reason. */
  extendTerm?: { id: string; until: IsoDay; reason: string };
  /** Identifiers only: the audit log outlives the dossier. */
  auditMetadata?: Prisma.InputJsonValue;
}

export interface TransitionCommand<T extends TransitionName, X extends ExtraInclude = NoExtra> {
  actor: DossierActor;
  applicationId: string;
  transition: T;
  /** Relations the use case reads beside those every transition loads. */
  include?: X;
  /** The version the actor saw; required of users, so a change made meanwhile is a conflict. */
  version?: number;
  now?: Date;
  /** Extra guard on the loaded dossier (beyond status and version); throw an AppError to refuse. */
  check?: (dossier: DossierForTransition<X>) => void | Promise<void>;
  /** The use case's own writes (a decision, a request, a reference number), then its event payload. */
  effects: (tx: Tx, dossier: DossierForTransition<X>, now: Date) => Promise<TransitionEffects<T>>;
}

export interface TransitionResult {
  status: ApplicationStatus;
  version: number;
}

/**
 * The one guarded write behind every change of a dossier's life. It loads the dossier in the actor's
 * scope (another organisation's or region's dossier is NOT_FOUND), checks the permission of the
 * transition's row, the status and the version, and the mandate for a mandatary; then, in one
 * transaction, writes the use case's effects, the status with the row's timestamps, the terms the row
 * closes and starts, the event, the audit entry and the outbox rows of whoever the policy says is
 * told. A concurrent change makes the update match nothing: CONFLICT, and nothing of this one is kept.
 */
export async function transitionDossier<T extends TransitionName, const X extends ExtraInclude = NoExtra>(command: TransitionCommand<T, X>): Promise<TransitionResult> {
  const row: TransitionRow = lifecycle[command.transition];
  const { actor } = command;
  const now = command.now ?? new Date();
  const db = getDb();
  // What every transition reads, and what this use case added (typed apart: the generic part is opaque here).
  const dossier = (await db.application.findFirst({
    where: isPortalActor(actor) ? { id: command.applicationId } : { AND: [{ id: command.applicationId }, dossierWhereForActor(actor, now)] },
    include: { ...dossierForTransition(actor), ...command.include },
  })) as (DossierForTransition & DossierForTransition<X>) | null;
  if (!dossier) throw new AppError("NOT_FOUND");
  if (isPortalActor(actor)) {
    if (!row.byPortal) throw new AppError("FORBIDDEN");
  } else {
    if (row.byPortal || row.permission === null) throw new AppError("FORBIDDEN");
    assertCan(actor, row.permission, dossier, now);
    if (command.version === undefined) throw new AppError("CONFLICT");
  }
  const stale = command.version !== undefined && command.version !== dossier.version;
  if (stale || !row.from.includes(dossier.status)) throw new AppError("CONFLICT");
  await command.check?.(dossier);
  if (row.byApplicant && !isPortalActor(actor)) await assertMandateInForce(db, actor, dossier.employerId, dayInBelgium(now));

  const from = dossier.status;
  const to = targetStatus(row, dossier);
  const actorUserId = isPortalActor(actor) ? null : actor.userId;
  return db.$transaction(async (tx) => {
    const effects = await command.effects(tx, dossier, now);
    const closed = await closeTerms(tx, dossier, row.closesTerms, now);
    const extension = effects.extendTerm;
    if (extension) {
      await tx.applicationTerm.update({ where: { id: extension.id }, data: { extendedUntil: dayToDate(extension.until), extensionReason: extension.reason } });
    }
    const changed = { ...dossier, ...timestamps(row.sets ?? [], now), ...(effects.set as Partial<DossierForTransition> | undefined) };
    const started = termsStartedBy(row.startsTerms ?? [], {
      event: row.event,
      to,
      day: dayInBelgium(now),
      region: changed.competentRegion,
      category: changed.category,
      type: changed.type,
      submittedAt: changed.submittedAt,
    });
    await storeTerms(tx, dossier.id, started);
    const updated = await tx.application.updateMany({
      where: { id: dossier.id, status: from, version: dossier.version },
      data: {
        ...effects.set,
        status: to,
        version: { increment: 1 },
        ...timestamps(row.sets ?? [], now),
        ...(row.assigns && actorUserId ? { assignedToId: actorUserId } : {}),
        // The open terms once closed, extended and started: those loaded with the dossier, which the
        // version guard of this update keeps current (every change of a term is a transition).
        nextDeadlineOn: nextDeadlineOf([
          ...dossier.terms
            .filter((term) => !closed.includes(term.id))
            .map((term) => (extension && term.id === extension.id ? { ...term, extendedUntil: dayToDate(extension.until) } : term)),
          ...started.map((term) => ({ kind: term.kind, endsOn: dayToDate(term.endsOn), extendedUntil: null })),
        ]),
      },
    });
    // Lost the race to another change of the same dossier: nothing of this one is kept.
    if (updated.count !== 1) throw new AppError("CONFLICT");
    const event = { type: row.event, payload: effects.payload, fromStatus: from, toStatus: to } as StatusEventInput;
    await appendStatusEvents(tx, dossier.id, now, [
      { actorUserId, event },
      ...(effects.followingEvents ?? []).map((following) => ({ actorUserId: null, event: following })),
    ]);
    await recordAudit(tx, {
      actor: isPortalActor(actor) ? null : actor,
      action: `dossier.${command.transition}`,
      entityType: "Application",
      entityId: dossier.id,
      outcome: "SUCCESS",
      metadata: { from, to, ...(isPortalActor(actor) ? { by: "portal" } : {}), ...(effects.auditMetadata as object | undefined) },
    });
    await deliverForEvent(tx, event, changed, now);
    return { status: to, version: dossier.version + 1 };
  });
}

function targetStatus(row: TransitionRow, dossier: DossierForTransition): ApplicationStatus {
  if (row.to === "UNCHANGED") return dossier.status;
  if (row.to === "STAGE_BEFORE_REQUEST") {
    const request = dossier.informationRequests[0];
    if (!request) throw new AppError("CONFLICT");
    return request.resumeStatus;
  }
  return row.to;
}

function timestamps(fields: readonly TimestampField[], now: Date): Partial<Record<TimestampField, Date>> {
  return Object.fromEntries(fields.map((field) => [field, now]));
}
