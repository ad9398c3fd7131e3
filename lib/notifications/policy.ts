import type { Tx } from "@/lib/db";
import type { StatusEventInput } from "@/lib/lifecycle/events";
import { enqueueNotification, type Notification, type NotificationTopic } from "./enqueue-notification";

/** Who is told of an event. */
type Audience =
  /** The user who filed the dossier. */
  | "FILER"
  /** Every active user of the employer and, when a mandatary filed, of the mandatary. */
  | "APPLICANT"
  /** The worker: their account's address, else the one given in the filing. */
  | "WORKER";

interface Rule {
  topic: NotificationTopic;
  audiences: readonly Audience[];
  /** Also put in the portal inboxes (the eBox of seed 000) of the employer, the mandatary and the worker. */
  inbox?: true;
}

/**
 * The one notification policy: who is told of what follows from the event alone, never from the
 * use case. Negative decisions reach the worker as an electronic notice too (seed 001); the final
 * decision reaches both inboxes (seed 000); an information request reaches the employer, the
 * mandatary and the worker at once, so a request a mandatary does not pass on cannot lapse unseen.
 * Webhooks will be one more consumer of the same events.
 */
export const notificationPolicy: Partial<Record<StatusEventInput["type"], Rule>> = {
  APPLICATION_SUBMITTED: { topic: "application.submitted", audiences: ["FILER"] },
  APPLICATION_STOPPED: { topic: "application.stopped", audiences: ["APPLICANT"] },
  ADDITIONAL_INFORMATION_REQUESTED: { topic: "information.requested", audiences: ["APPLICANT", "WORKER"] },
  DECLARED_ADMISSIBLE: { topic: "application.admissible", audiences: ["APPLICANT"] },
  DECLARED_INADMISSIBLE: { topic: "application.inadmissible", audiences: ["APPLICANT", "WORKER"] },
  WORK_PART_GRANTED: { topic: "work-part.granted", audiences: ["APPLICANT"] },
  WORK_PART_REFUSED: { topic: "work-part.refused", audiences: ["APPLICANT", "WORKER"] },
  TERM_EXTENDED: { topic: "decision-term.extended", audiences: ["APPLICANT"] },
  RESIDENCE_GRANTED: { topic: "residence.granted", audiences: ["APPLICANT", "WORKER"], inbox: true },
  RESIDENCE_DEEMED_GRANTED: { topic: "residence.deemed-granted", audiences: ["APPLICANT", "WORKER"], inbox: true },
  RESIDENCE_REFUSED: { topic: "residence.refused", audiences: ["APPLICANT", "WORKER"], inbox: true },
};

/** What the policy needs of the dossier, after the change. */
export interface NotifiedDossier {
  id: string;
  referenceNumber: string | null;
  employerId: string;
  filedById: string;
  competentRegion: string | null;
  createdBy: { email: string; locale: string };
  worker: { userId: string | null; givenNames: string; familyName: string; email: string | null; user: { email: string; locale: string } | null } | null;
}

/** The topic's payload: the reference, the worker's name, and what the event carries for it. */
function payloadFor(event: StatusEventInput, dossier: NotifiedDossier): Notification["payload"] {
  const common = {
    referenceNumber: dossier.referenceNumber ?? "",
    workerName: dossier.worker ? `${dossier.worker.givenNames} ${dossier.worker.familyName}` : "",
  };
  switch (event.type) {
    case "APPLICATION_SUBMITTED":
      return { ...common, region: dossier.competentRegion ?? "" };
    case "APPLICATION_STOPPED":
      return { ...common, howStopped: event.payload.howStopped ?? "CANCELLATION" };
    case "ADDITIONAL_INFORMATION_REQUESTED":
      return { ...common, dueOn: event.payload.dueOn, message: event.payload.message };
    case "DECLARED_INADMISSIBLE":
    case "WORK_PART_REFUSED":
      return { ...common, appealLastDay: event.payload.appealLastDay ?? "" };
    case "TERM_EXTENDED":
      return { ...common, until: event.payload.until, reason: event.payload.reason };
    case "RESIDENCE_GRANTED":
    case "RESIDENCE_DEEMED_GRANTED":
      return { ...common, annex: event.payload.annex };
    case "RESIDENCE_REFUSED":
      return { ...common, annex: event.payload.annex, appealLastDay: event.payload.appealLastDay ?? "" };
    default:
      return common;
  }
}

/**
 * Writes the outbox rows (and inbox messages) the policy gives for this event. Call inside the
 * transaction that makes the change, so they exist exactly when the change does.
 */
export async function deliverForEvent(tx: Tx, event: StatusEventInput, dossier: NotifiedDossier, now: Date): Promise<void> {
  const rule = notificationPolicy[event.type];
  if (rule) await deliver(tx, rule, payloadFor(event, dossier), dossier, now);
}

/** The reminder a few days before an information request's last day: to those the request reached. */
export const informationReminder: Rule = { topic: "information.reminder", audiences: notificationPolicy.ADDITIONAL_INFORMATION_REQUESTED!.audiences };

export async function deliverInformationReminder(tx: Tx, dossier: NotifiedDossier, request: { dueOn: string; message: string }, now: Date): Promise<void> {
  const common = payloadFor({ type: "APPLICATION_CREATED", payload: {} }, dossier);
  await deliver(tx, informationReminder, { ...(common as object), dueOn: request.dueOn, message: request.message }, dossier, now);
}

async function deliver(tx: Tx, rule: Rule, payload: Notification["payload"], dossier: NotifiedDossier, now: Date): Promise<void> {
  const recipients = new Map<string, string>();
  const add = (email: string | null | undefined, locale: string) => {
    if (email && !recipients.has(email.toLowerCase())) recipients.set(email.toLowerCase(), locale);
  };
  if (rule.audiences.includes("FILER")) add(dossier.createdBy.email, dossier.createdBy.locale);
  if (rule.audiences.includes("APPLICANT")) {
    const members = await tx.membership.findMany({
      where: { organisationId: { in: [dossier.employerId, dossier.filedById] }, revokedAt: null, user: { disabledAt: null } },
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
    await enqueueNotification(tx, { topic: rule.topic, recipientEmail, locale, applicationId: dossier.id, payload });
  }
  if (rule.inbox) {
    const owners = [
      { organisationId: dossier.employerId },
      ...(dossier.filedById !== dossier.employerId ? [{ organisationId: dossier.filedById }] : []),
      ...(dossier.worker?.userId ? [{ userId: dossier.worker.userId }] : []),
    ];
    await tx.inboxMessage.createMany({
      data: owners.map((owner) => ({
        ...owner,
        applicationId: dossier.id,
        topic: rule.topic,
        payload,
        createdAt: now,
        deliveryKey: `${dossier.id}:${rule.topic}:${"organisationId" in owner ? owner.organisationId : owner.userId}`,
      })),
      skipDuplicates: true,
    });
  }
}
