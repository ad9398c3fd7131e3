import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFrom } from "@/app/_server/metadata";
import { DeadlineForm } from "@/components/deadlines/deadline-form";
import { PermitCategory, Region } from "@/lib/generated/prisma/enums";
import { DEADLINE_EVENTS } from "@/lib/terms/deadline-request";
import { calculateDeadlinesAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("deadlines");

/** Public: anyone may count a term of the procedure, signed in or not. */
export default async function DeadlinesPage({ params }: PageProps<"/[locale]/deadlines">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const options = {
    events: DEADLINE_EVENTS.map((code) => ({ value: code, label: t(`deadlines.form.events.${code}`) })),
    regions: Object.values(Region).map((code) => ({ value: code, label: t(`routing.regions.${code}`) })),
    categories: Object.values(PermitCategory).map((code) => ({ value: code, label: t(`categories.${code}`) })),
  };
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("deadlines.title")}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t("deadlines.intro")}</p>
      <ClientMessages of={["deadlineForm"]}><DeadlineForm action={calculateDeadlinesAction} options={options} /></ClientMessages>
    </div>
  );
}
