import type { Tx } from "@/lib/db";
import { z } from "@/lib/forms/zod";
import { locales } from "@/lib/i18n/locales";
import { requestJobSoon } from "@/lib/jobs/request-job";
import { accountMailPayloadSchemas, type AccountMailPayload, type AccountMailTopic } from "./account-mails";
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
  await putInOutbox(tx, { ...notification, payload: topicPayloadSchemas[notification.topic].parse(notification.payload) });
}

/** A mail with a one-time link (lib/notifications/account-mails.ts), about a dossier or about no dossier. */
export type AccountMail = {
  [T in AccountMailTopic]: { topic: T; recipientEmail: string; locale: string; applicationId?: string; payload: AccountMailPayload<T> };
}[AccountMailTopic];

/** Puts a mail with a one-time link in the outbox, in the transaction that writes its link. */
export async function enqueueAccountMail(tx: Tx, mail: AccountMail): Promise<void> {
  await putInOutbox(tx, { ...mail, payload: accountMailPayloadSchemas[mail.topic].parse(mail.payload) });
}

async function putInOutbox(tx: Tx, message: { topic: string; recipientEmail: string; locale: string; applicationId?: string; payload: object }): Promise<void> {
  await tx.outboxMessage.create({
    data: {
      topic: message.topic,
      recipientEmail: message.recipientEmail,
      locale: z.enum(locales).parse(message.locale),
      applicationId: message.applicationId ?? null,
      payload: message.payload,
    },
  });
  await requestJobSoon(tx, "outbox.deliver");
}
