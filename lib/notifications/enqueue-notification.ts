import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

/** The notifications the portal sends; each has a template per language (later: the mail sender). */
export const notificationTopics = [
  "application.submitted",
  "application.stopped",
  "information.requested",
  "information.reminder",
  "application.admissible",
  "application.inadmissible",
  "work-part.granted",
  "work-part.refused",
  "decision-term.extended",
  "residence.granted",
  "residence.deemed-granted",
  "residence.refused",
] as const;
export type NotificationTopic = (typeof notificationTopics)[number];

export interface Notification {
  topic: NotificationTopic;
  recipientEmail: string;
  locale: string;
  applicationId?: string;
  payload: Prisma.InputJsonValue;
}

/**
 * Puts a notification in the outbox. Call inside the transaction that makes the change it reports,
 * so a message exists exactly when the change does; a sender delivers it after commit.
 */
export async function enqueueNotification(tx: Tx, notification: Notification): Promise<void> {
  await tx.outboxMessage.create({
    data: {
      topic: notification.topic,
      recipientEmail: notification.recipientEmail,
      locale: notification.locale,
      applicationId: notification.applicationId ?? null,
      payload: notification.payload,
    },
  });
}
