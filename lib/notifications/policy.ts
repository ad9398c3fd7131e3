import type { Tx } from "@/lib/db";
import type { Region } from "@/lib/generated/prisma/enums";
import type { StatusEventInput } from "@/lib/lifecycle/events";
import { enqueueNotification } from "./enqueue-notification";
import type { NotificationTopic, TopicPayload } from "./topics";

/** Who is told of an event. */
type Audience =
  /** The user who filed the dossier. */
  | "FILER"
  /**
   * Every active user of the employer and, when a mandatary filed, of the mandatary; for a dossier
   * a person files in their own name, that person (docs/decisions/person-as-applicant.md).
   */
  | "APPLICANT"
  /** The worker: their account's address, else the one given in the filing. */
  | "WORKER";

interface Rule {
  audiences: readonly Audience[];
  /** Also put in the portal inboxes (the eBox of seed 000) of the employer, the mandatary and the worker. */
  inbox?: true;
}

/**
 * The one notification policy: who is told of what follows from the event alone, never from the
 * use case. Negative decisions reach the worker as an electronic notice too (seed 001); the final
 * decision reaches both inboxes (seed 000); an information request reaches the employer, the
 * mandatary and the worker at once, so a request a mandatary does not pass on cannot lapse unseen.
 * Webhooks will be one more consumer of the same events. The message itself: `messageFor`.
 */
export const notificationPolicy: Partial<Record<StatusEventInput["type"], Rule>> = {
  APPLICATION_SUBMITTED: { audiences: ["FILER"] },
  APPLICATION_STOPPED: { audiences: ["APPLICANT"] },
  ADDITIONAL_INFORMATION_REQUESTED: { audiences: ["APPLICANT", "WORKER"] },
  DECLARED_ADMISSIBLE: { audiences: ["APPLICANT"] },
  DECLARED_INADMISSIBLE: { audiences: ["APPLICANT", "WORKER"] },
  WORK_PART_GRANTED: { audiences: ["APPLICANT"] },
  WORK_PART_REFUSED: { audiences: ["APPLICANT", "WORKER"] },
  TERM_EXTENDED: { audiences: ["APPLICANT"] },
  RESIDENCE_GRANTED: { audiences: ["APPLICANT", "WORKER"], inbox: true },
  RESIDENCE_DEEMED_GRANTED: { audiences: ["APPLICANT", "WORKER"], inbox: true },
  RESIDENCE_REFUSED: { audiences: ["APPLICANT", "WORKER"], inbox: true },
};

/** A topic with its payload, typed together. */
type TopicMessage = { [T in NotificationTopic]: { topic: T; payload: TopicPayload<T> } }[NotificationTopic];

/** What the policy needs of the dossier, after the change. */
export interface NotifiedDossier {
  id: string;
  referenceNumber: string | null;
  /** Set for an organisation's dossier, null for a person's (applicantUser). */
  employerId: string | null;
  filedById: string | null;
  /** The person filing in their own name; null for an organisation's dossier. */
  applicantUser: { id: string; email: string; locale: string } | null;
  competentRegion: Region | null;
  createdBy: { email: string; locale: string };
  worker: { userId: string | null; givenNames: string; familyName: string; email: string | null; user: { email: string; locale: string } | null } | null;
}

/** The message of an event the policy tells of: its topic, the reference, the worker's name and what the event carries. */
function messageFor(event: StatusEventInput, dossier: NotifiedDossier): TopicMessage | null {
  const about = {
    referenceNumber: dossier.referenceNumber ?? "",
    workerName: dossier.worker ? `${dossier.worker.givenNames} ${dossier.worker.familyName}` : "",
  };
  const appealLastDay = (day: string | null | undefined) => day ?? "";
  switch (event.type) {
    case "APPLICATION_SUBMITTED":
      return dossier.competentRegion ? { topic: "application.submitted", payload: { ...about, region: dossier.competentRegion } } : null;
    case "APPLICATION_STOPPED":
      return { topic: "application.stopped", payload: { ...about, howStopped: event.payload.howStopped ?? "CANCELLATION" } };
    case "ADDITIONAL_INFORMATION_REQUESTED":
      return { topic: "information.requested", payload: { ...about, dueOn: event.payload.dueOn, message: event.payload.message } };
    case "DECLARED_ADMISSIBLE":
      return { topic: "application.admissible", payload: about };
    case "DECLARED_INADMISSIBLE":
      return { topic: "application.inadmissible", payload: { ...about, appealLastDay: appealLastDay(event.payload.appealLastDay) } };
    case "WORK_PART_GRANTED":
      return { topic: "work-part.granted", payload: about };
    case "WORK_PART_REFUSED":
      return { topic: "work-part.refused", payload: { ...about, appealLastDay: appealLastDay(event.payload.appealLastDay) } };
    case "TERM_EXTENDED":
      return { topic: "decision-term.extended", payload: { ...about, until: event.payload.until, reason: event.payload.reason } };
    case "RESIDENCE_GRANTED":
      return { topic: "residence.granted", payload: { ...about, annex: "46" } };
    case "RESIDENCE_DEEMED_GRANTED":
      return { topic: "residence.deemed-granted", payload: { ...about, annex: "47" } };
    case "RESIDENCE_REFUSED":
      return { topic: "residence.refused", payload: { ...about, annex: "48", appealLastDay: appealLastDay(event.payload.appealLastDay) } };
    default:
      return null;
  }
}

/**
 * Writes the outbox rows (and inbox messages) the policy gives for this event. Call inside the
 * transaction that makes the change, so they exist exactly when the change does.
 */
export async function deliverForEvent(tx: Tx, event: StatusEventInput, dossier: NotifiedDossier, now: Date): Promise<void> {
  const rule = notificationPolicy[event.type];
  const message = rule ? messageFor(event, dossier) : null;
  if (rule && message) await deliver(tx, rule, message, dossier, now);
}

/** The reminder a few days before an information request's last day goes to those the request reached. */
export async function deliverInformationReminder(tx: Tx, dossier: NotifiedDossier, request: { dueOn: string; message: string }, now: Date): Promise<void> {
  const rule = notificationPolicy.ADDITIONAL_INFORMATION_REQUESTED!;
  const workerName = dossier.worker ? `${dossier.worker.givenNames} ${dossier.worker.familyName}` : "";
  const message: TopicMessage = { topic: "information.reminder", payload: { referenceNumber: dossier.referenceNumber ?? "", workerName, dueOn: request.dueOn, message: request.message } };
  await deliver(tx, { audiences: rule.audiences }, message, dossier, now);
}

async function deliver(tx: Tx, rule: Rule, message: TopicMessage, dossier: NotifiedDossier, now: Date): Promise<void> {
  const recipients = new Map<string, string>();
  const add = (email: string | null | undefined, locale: string) => {
    if (email && !recipients.has(email.toLowerCase())) recipients.set(email.toLowerCase(), locale);
  };
  if (rule.audiences.includes("FILER")) add(dossier.createdBy.email, dossier.createdBy.locale);
  const organisations = [dossier.employerId, dossier.filedById].filter((id): id is string => id !== null);
  if (rule.audiences.includes("APPLICANT") && dossier.applicantUser) add(dossier.applicantUser.email, dossier.applicantUser.locale);
  if (rule.audiences.includes("APPLICANT") && organisations.length > 0) {
    const members = await tx.membership.findMany({
      where: { organisationId: { in: organisations }, revokedAt: null, user: { disabledAt: null } },
      select: { user: { select: { email: true, locale: true } } },
      orderBy: { createdAt: "asc" },
    });
    for (const { user } of members) add(user.email, user.locale);
  }
  if (rule.audiences.includes("WORKER") && dossier.worker) {
    // A worker without an account of their own is written to in the filer's language.
    add(dossier.worker.user?.email ?? dossier.worker.email, dossier.worker.user?.locale ?? dossier.createdBy.locale);
  }
  for (const [recipientEmail, locale] of recipients) {
    await enqueueNotification(tx, { ...message, recipientEmail, locale, applicationId: dossier.id });
  }
  if (rule.inbox) {
    // Each organisation's inbox, and the person's: the applicant of a self-filed dossier is also its worker.
    const people = new Set([dossier.applicantUser?.id, dossier.worker?.userId].filter((id): id is string => Boolean(id)));
    const owners: ({ organisationId: string } | { userId: string })[] = [
      ...[...new Set(organisations)].map((organisationId) => ({ organisationId })),
      ...[...people].map((userId) => ({ userId })),
    ];
    await tx.inboxMessage.createMany({
      data: owners.map((owner) => ({
        ...owner,
        applicationId: dossier.id,
        topic: message.topic,
        payload: message.payload,
        createdAt: now,
        deliveryKey: `${dossier.id}:${message.topic}:${"organisationId" in owner ? owner.organisationId : owner.userId}`,
      })),
      skipDuplicates: true,
    });
  }
}

/** What happened to a mandate; each step is told to the other side (lib/mandates/). */
export type MandateEvent = "MANDATE_PROPOSED" | "MANDATE_ACCEPTED" | "MANDATE_ENDED";

/**
 * Who is told of a mandate's step: the administrators of the other party, the ones who can answer
 * it (accept, refuse, end), in their own language. The party that acted already knows.
 */
export const mandateNotificationPolicy: Record<MandateEvent, { audience: "OTHER_PARTY_ADMINISTRATORS" }> = {
  MANDATE_PROPOSED: { audience: "OTHER_PARTY_ADMINISTRATORS" },
  MANDATE_ACCEPTED: { audience: "OTHER_PARTY_ADMINISTRATORS" },
  MANDATE_ENDED: { audience: "OTHER_PARTY_ADMINISTRATORS" },
};

/** What the policy needs of the mandate, after the change, and of the party that acted. */
export interface NotifiedMandate {
  employer: { id: string; name: string };
  mandatary: { id: string; name: string };
  validFrom: string;
  validUntil: string | null;
  /** Whether it was ever accepted: an ended proposal was withdrawn or refused. */
  wasAccepted: boolean;
}

function mandateMessage(event: MandateEvent, mandate: NotifiedMandate, actingOrganisationId: string): TopicMessage {
  const names = { employerName: mandate.employer.name, mandataryName: mandate.mandatary.name };
  switch (event) {
    case "MANDATE_PROPOSED":
      return { topic: "mandate.proposed", payload: { ...names, validFrom: mandate.validFrom, validUntil: mandate.validUntil } };
    case "MANDATE_ACCEPTED":
      return { topic: "mandate.accepted", payload: { ...names, validFrom: mandate.validFrom, validUntil: mandate.validUntil } };
    case "MANDATE_ENDED": {
      const endedByName = actingOrganisationId === mandate.employer.id ? mandate.employer.name : mandate.mandatary.name;
      return { topic: "mandate.ended", payload: { ...names, endedByName, wasAccepted: mandate.wasAccepted } };
    }
  }
}

/**
 * Writes the outbox rows the policy gives for a mandate's step taken by `actingOrganisationId`.
 * Call inside the transaction that makes the change.
 */
export async function deliverForMandateEvent(tx: Tx, event: MandateEvent, mandate: NotifiedMandate, actingOrganisationId: string): Promise<void> {
  // The one audience there is (mandateNotificationPolicy): the other party's administrators.
  const otherParty = actingOrganisationId === mandate.employer.id ? mandate.mandatary.id : mandate.employer.id;
  const administrators = await tx.membership.findMany({
    where: { organisationId: otherParty, revokedAt: null, role: { in: ["EMPLOYER_ADMIN", "MANDATARY_ADMIN"] }, user: { disabledAt: null } },
    select: { user: { select: { email: true, locale: true } } },
    orderBy: { createdAt: "asc" },
  });
  const message = mandateMessage(event, mandate, actingOrganisationId);
  for (const { user } of administrators) await enqueueNotification(tx, { ...message, recipientEmail: user.email, locale: user.locale });
}
