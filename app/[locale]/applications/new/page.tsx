import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/app/_server/session";
import { titleFrom } from "@/app/_server/metadata";
import { actsUnderMandate, startsOrganisationFilings } from "@/lib/auth/authorization";
import { dayInBelgium } from "@/lib/dates";
import { getFilingOptions } from "@/lib/applications/get-filing-options";
import { FILING_STEPS } from "@/lib/filing/task-list";
import { StartApplicationForm } from "@/components/filing/start-application-form";
import { startApplicationAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("filing.start");

/** The start of the guided filing: what it asks, then a draft to fill in step by step. */
export default async function NewApplicationPage({ params }: PageProps<"/[locale]/applications/new">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!startsOrganisationFilings(actor)) notFound();
  const t = await getTranslations({ locale, namespace: "filing" });
  const employers = actsUnderMandate(actor) ? (await getFilingOptions({ actor, day: dayInBelgium() })).map(({ id, name }) => ({ id, name })) : null;
  return (
    <div className="max-w-3xl">
      <h1 className="mb-2 text-3xl font-bold">{t("start.title")}</h1>
      <p className="mb-4">{t("start.intro")}</p>
      <ol className="mb-8 list-decimal pl-6">
        {FILING_STEPS.map((step) => (
          <li key={step}>{t(`steps.${step}`)}</li>
        ))}
      </ol>
      <ClientMessages of={["startApplicationForm"]}><StartApplicationForm action={startApplicationAction} employers={employers} /></ClientMessages>
    </div>
  );
}
