import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/app/_server/session";
import { filingFormOptions } from "@/app/_server/filing-options";
import { can } from "@/lib/auth/authorization";
import { ApplicationForm } from "@/components/applications/application-form";
import { titleFrom } from "@/app/_server/metadata";
import { createApplicationAction } from "./actions";

export const generateMetadata = titleFrom("newApplication");

export default async function NewApplicationPage({ params }: PageProps<"/[locale]/applications/new">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!can(actor, "dossier:create")) notFound();
  const [t, options] = await Promise.all([getTranslations({ locale, namespace: "newApplication" }), filingFormOptions(actor, locale)]);
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl">{t("intro")}</p>
      <ApplicationForm action={createApplicationAction} mode={{ kind: "create" }} choosesEmployer={actor.role === "MANDATARY_USER"} {...options} />
    </div>
  );
}
