import type { Db } from "@/lib/db";
import type { JobContext } from "@/lib/jobs/job";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { mintLinkToken } from "@/lib/auth/account-links";
import { isAccountMailTopic, linkPathByTopic, renderAccountMail } from "./account-mails";
import { mailSettingsFromEnvironment, mailTransportFor, type MailSettings, type MailTransport } from "./mail-transport";
import { isNotificationTopic, renderNotification, type RenderedMail } from "./topics";

/** Messages one claim takes; a run claims again until nothing is due. */
export const DELIVERY_BATCH_SIZE = 20;
/** After this many failed attempts a message is FAILED, for an operator to look at. */
export const MAX_DELIVERY_ATTEMPTS = 6;
/** A claim whose run neither sent nor released it in this time (the process died) is due again. */
export const CLAIM_LEASE_MS = 10 * 60 * 1000;

const MINUTE = 60 * 1000;
/** Wait before the next attempt after `attempts` failed ones: 1, 4, 16, 64, 256 minutes. */
export function retryDelayMs(attempts: number): number {
  return MINUTE * 4 ** Math.max(0, attempts - 1);
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

interface ClaimedMessage {
  id: string;
  topic: string;
  recipientEmail: string;
  locale: string;
  payload: unknown;
  applicationId: string | null;
  attempts: number;
}

/**
 * The job `outbox.deliver`. Claims due messages (status SENDING, attempt counted) in batches with
 * `FOR UPDATE SKIP LOCKED`, so concurrent runs never take the same row, then renders each in its
 * recipient's language, sends it and marks it SENT; a failure puts it back with a growing backoff,
 * or marks it FAILED when it cannot succeed (bad payload, an SMTP 5xx answer) or after
 * MAX_DELIVERY_ATTEMPTS. A crash between send and mark leaves the row SENDING: once its lease has
 * passed it is sent again with the same Message-ID (at least once; docs/decisions/job-queue.md).
 */
export async function deliverOutbox(
  { db, clock }: JobContext,
  settings: MailSettings = mailSettingsFromEnvironment(),
  transport: MailTransport | null = mailTransportFor(settings),
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  if (!transport) return report;
  for (;;) {
    const now = clock();
    const claimed = await db.$queryRaw<ClaimedMessage[]>`
      UPDATE "OutboxMessage" SET "status" = 'SENDING', "claimedAt" = ${now}, "attempts" = "attempts" + 1
      WHERE "id" IN (
        SELECT "id" FROM "OutboxMessage"
        WHERE ("status" = 'PENDING' AND "availableAt" <= ${now})
           OR ("status" = 'SENDING' AND "claimedAt" <= ${new Date(now.getTime() - CLAIM_LEASE_MS)})
        ORDER BY "availableAt"
        LIMIT ${DELIVERY_BATCH_SIZE}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "id", "topic", "recipientEmail", "locale", "payload", "applicationId", "attempts"`;
    if (claimed.length === 0) return report;
    for (const message of claimed) {
      const outcome = await deliverOne(db, message, settings, transport, now);
      const at = clock();
      if (outcome.ok) {
        report.sent += 1;
        await db.outboxMessage.updateMany({
          where: { id: message.id, status: "SENDING" },
          data: { status: "SENT", sentAt: at, sentVia: transport.kind, subject: outcome.mail.subject, textBody: outcome.mail.text, lastError: null, claimedAt: null },
        });
        continue;
      }
      const failed = outcome.permanent || message.attempts >= MAX_DELIVERY_ATTEMPTS;
      report[failed ? "failed" : "retried"] += 1;
      await db.outboxMessage.updateMany({
        where: { id: message.id, status: "SENDING" },
        data: {
          status: failed ? "FAILED" : "PENDING",
          lastError: outcome.error.slice(0, 2000),
          availableAt: failed ? undefined : new Date(at.getTime() + retryDelayMs(message.attempts)),
          claimedAt: null,
          subject: outcome.mail?.subject,
          textBody: outcome.mail?.text,
        },
      });
    }
  }
}

/** `mail` is the mail as the outbox keeps it: a one-time link's token left out. */
type Outcome = { ok: true; mail: RenderedMail } | { ok: false; permanent: boolean; error: string; mail?: RenderedMail };

/** What is sent, and what the outbox keeps of it. */
interface Rendering {
  sent: RenderedMail;
  kept: RenderedMail;
}

/**
 * Renders a message. A mail with a one-time link gets its token now (lib/auth/account-links.ts);
 * the outbox keeps its text with the token withheld, except in the development mailbox, whose
 * kept text is the only delivery there is.
 */
async function render(db: Db, message: ClaimedMessage, settings: MailSettings, transport: MailTransport, now: Date): Promise<Rendering> {
  if (!isLocale(message.locale)) throw new Error(`unknown locale ${message.locale}`);
  const locale: Locale = message.locale;
  const topic = message.topic;
  if (isAccountMailTopic(topic)) {
    const { linkId } = (message.payload ?? {}) as { linkId?: unknown };
    const token = typeof linkId === "string" ? await mintLinkToken(db, linkId, now) : null;
    if (!token) throw new Error("the link was used or expired before its mail was sent");
    const link = (shown: string) => `${settings.portalUrl}/${locale}${linkPathByTopic[topic]}?token=${shown}`;
    const sent = renderAccountMail(topic, message.payload, locale, link(token));
    return { sent, kept: transport.kind === "DEV_MAILBOX" ? sent : renderAccountMail(topic, message.payload, locale, link("(withheld)")) };
  }
  if (!isNotificationTopic(topic)) throw new Error(`unknown topic ${topic}`);
  const mail = renderNotification(topic, message.payload, locale, settings.portalUrl, message.applicationId);
  return { sent: mail, kept: mail };
}

async function deliverOne(db: Db, message: ClaimedMessage, settings: MailSettings, transport: MailTransport, now: Date): Promise<Outcome> {
  let rendering: Rendering;
  try {
    rendering = await render(db, message, settings, transport, now);
  } catch (error) {
    return { ok: false, permanent: true, error: `cannot render: ${describe(error)}` };
  }
  const mail = rendering.kept;
  try {
    await transport.send({
      to: message.recipientEmail,
      subject: rendering.sent.subject,
      text: rendering.sent.text,
      messageId: `<${message.id}@${new URL(settings.portalUrl).hostname}>`,
    });
    return { ok: true, mail };
  } catch (error) {
    // SMTP's own split: 5xx answers are permanent (no such mailbox, refused), 4xx and lost
    // connections are worth another try.
    const code = typeof error === "object" && error !== null && "responseCode" in error ? error.responseCode : undefined;
    return { ok: false, permanent: typeof code === "number" && code >= 500, error: describe(error), mail };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
