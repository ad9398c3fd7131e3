import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/app/_server/metadata";
import { EligibilityForm } from "@/components/eligibility/eligibility-form";
import { dayInBelgium } from "@/lib/dates";
import { checkEligibilityAction, fileFromCalculatorAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("eligibility");

/** Public: anyone may check whether they can apply for the combined permit of unlimited duration, signed in or not. */
export default async function EligibilityPage({ params }: PageProps<"/[locale]/eligibility">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "eligibility" });
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t("intro")}</p>
      <ClientMessages of={["eligibilityForm"]}><EligibilityForm action={checkEligibilityAction} fileAction={fileFromCalculatorAction} today={dayInBelgium()} /></ClientMessages>
    </div>
  );
}
