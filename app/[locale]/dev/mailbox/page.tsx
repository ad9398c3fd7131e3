import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/app/_server/metadata";
import { getDb } from "@/lib/db";
import { listOutboxMessages } from "@/lib/notifications/outbox-list";

export const generateMetadata = titleFrom("devMailbox");

/**
 * The development mailbox: without SMTP_URL, e-mails are delivered here (lib/notifications/
 * mail-transport.ts), and operators see every outbox message with its state, FAILED ones included.
 * Never in production, where it would show mail to anyone.
 */
export default async function DevMailbox({ params }: PageProps<"/[locale]/dev/mailbox">) {
  if (process.env.NODE_ENV === "production") notFound();
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, messages] = await Promise.all([
    getTranslations({ locale, namespace: "devMailbox" }),
    getFormatter({ locale }),
    listOutboxMessages(getDb(), {}),
  ]);
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl">{t("intro")}</p>
      {messages.length === 0 ? <p>{t("empty")}</p> : null}
      <ol className="space-y-6">
        {messages.map((message) => (
          <li key={message.id}>
            <article className="border border-slate-300 p-4" aria-labelledby={`mail-${message.id}`}>
              <h2 id={`mail-${message.id}`} className="mb-2 text-xl font-semibold">
                {message.subject ?? `${message.topic} ${t("notRendered")}`}
              </h2>
              <dl className="mb-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">{t("recipient")}</dt>
                <dd>{message.recipientEmail}</dd>
                <dt className="font-semibold">{t("status")}</dt>
                <dd>{t(`statuses.${message.status}`)}{message.sentVia ? ` (${message.sentVia})` : ""}</dd>
                <dt className="font-semibold">{t("time")}</dt>
                <dd>{format.dateTime(message.sentAt ?? message.createdAt, { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Brussels" })}</dd>
                <dt className="font-semibold">{t("attempts")}</dt>
                <dd>{message.attempts}</dd>
                {message.lastError ? (
                  <>
                    <dt className="font-semibold">{t("lastError")}</dt>
                    <dd>{message.lastError}</dd>
                  </>
                ) : null}
              </dl>
              {message.textBody ? <pre className="whitespace-pre-wrap font-sans">{message.textBody}</pre> : null}
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
