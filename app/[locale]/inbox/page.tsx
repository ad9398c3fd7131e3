import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/app/_server/session";
import { titleFrom } from "@/app/_server/metadata";
import { can } from "@/lib/auth/authorization";
import { listInbox } from "@/lib/inbox/inbox";
import { inboxMessageText } from "@/lib/inbox/inbox-text";
import type { Locale } from "@/lib/i18n/locales";
import { InboxTable } from "@/components/inbox/inbox-table";

export const generateMetadata = titleFrom("inbox");

/** The portal inbox (the eBox of seed 000) of an employer's or a mandatary's organisation, or of a worker. */
export default async function InboxPage({ params }: PageProps<"/[locale]/inbox">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  // Caseworkers have no inbox: for them the page does not exist.
  if (!can(actor, "inbox:read")) notFound();
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: "inbox" }), listInbox({ actor })]);
  const rows = messages.map((message) => ({
    id: message.id,
    subject: inboxMessageText(message, locale as Locale).subject,
    referenceNumber: message.application.referenceNumber,
    receivedAt: message.createdAt,
    read: message.readAt !== null,
  }));
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl">{t("intro")}</p>
      {rows.length === 0 ? <p>{t("empty")}</p> : <InboxTable rows={rows} />}
    </div>
  );
}
