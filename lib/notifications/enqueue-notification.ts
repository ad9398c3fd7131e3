import type { Tx } from "@/lib/db";
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { requestJobSoon } from "@/lib/jobs/request-job";
import { topicPayloadSchemas, type NotificationTopic, type TopicPayload } from "./topics";

/** One e-mail to one recipient, in their language, about one dossier or (without one) their account. */
export type Notification = {
  [T in NotificationTopic]: {
    topic: T;
    recipientEmail: string;
    /** The recipient's language (nl, fr, de or en), as stored on their account. */
    locale: string;
    /** The dossier the mail links to; none for a mail about an account (sign-up, invitation). */
    applicationId?: string;
    payload: TopicPayload<T>;
  };
}[NotificationTopic];

/**
 * Puts a notification in the outbox. Call inside the transaction that makes the change it reports,
 * so a message exists exactly when the change does. The payload is checked against its topic here
 * as well, so a bad one fails the change rather than the mail. The delivery job is asked for in the
 * same transaction: it becomes visible, and the job runner is woken, at commit (outbox.deliver).
 */
export async function enqueueNotification(tx: Tx, notification: Notification): Promise<void> {
  const payload = topicPayloadSchemas[notification.topic].parse(notification.payload);
  const locale = z.enum(locales).parse(notification.locale);
  await tx.outboxMessage.create({
    data: {
      topic: notification.topic,
      recipientEmail: notification.recipientEmail,
      locale,
      applicationId: notification.applicationId ?? null,
      payload,
    },
  });
  await requestJobSoon(tx, "outbox.deliver");
}
