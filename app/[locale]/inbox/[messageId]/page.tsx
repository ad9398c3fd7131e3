import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/app/_server/session";
import { titleFrom } from "@/app/_server/metadata";
import { actsUnderMandate, can } from "@/lib/auth/authorization";
import { openInboxMessage } from "@/lib/inbox/inbox";
import { inboxMessageText } from "@/lib/inbox/inbox-text";
import { isAppError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/i18n/navigation";
import { letterHref } from "@/components/dossiers/letter-list";

export const generateMetadata = titleFrom("inbox");

/** One message of the inbox, opened (and so marked read), with its letter and the way to its dossier. */
export default async function InboxMessagePage({ params }: PageProps<"/[locale]/inbox/[messageId]">) {
  const { locale, messageId } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!can(actor, "inbox:read")) notFound();
  const message = await openInboxMessage({ actor, input: { messageId } }).catch((error: unknown) => {
    // Another inbox's message, or no message id at all, is simply not there.
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "VALIDATION")) notFound();
    throw error;
  });
  const [t, tLetters, format] = await Promise.all([getTranslations({ locale, namespace: "inbox" }), getTranslations({ locale, namespace: "letters" }), getFormatter({ locale })]);
  const { subject, body } = inboxMessageText(message, locale as Locale);
  const reference = message.application.referenceNumber ?? "—";
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/inbox" className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{subject}</h1>
      <p className="mb-6 text-slate-700">{t("receivedOn", { day: format.dateTime(message.createdAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
      <p className="mb-6 whitespace-pre-line">{body}</p>
      {message.dossierOpen ? (
        <>
          <p className="mb-4">
            {message.letter ? (
              <a href={letterHref(message.application.id, message.letter.id)} className="font-semibold text-brand-600 underline">
                {t("letter", { kind: tLetters(`kinds.${message.letter.kind}`) })}
              </a>
            ) : (
              <span role="status">{t("letterPending")}</span>
            )}
          </p>
          <p>
            <Link href={`/dossiers/${message.application.id}`} className="text-brand-600 underline">
              {t("toDossier", { reference })}
            </Link>
          </p>
        </>
      ) : (
        // A mandatary whose mandate ended keeps the message, not the dossier: no link that leads to a 404.
        <p className="border-l-4 border-slate-500 pl-4">{t(actsUnderMandate(actor) ? "dossierClosedMandate" : "dossierClosed", { reference })}</p>
      )}
    </div>
  );
}
