import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/app/_server/session";
import { loadDossierOr404 } from "@/app/_server/load-dossier";
import { filingFormOptions } from "@/app/_server/filing-options";
import { can } from "@/lib/auth/authorization";
import { draftFormValues } from "@/lib/applications/draft-application-input";
import { canEditDraft } from "@/lib/applications/status";
import { ApplicationForm } from "@/components/applications/application-form";
import { titleFrom } from "@/app/_server/metadata";
import { updateApplicationAction } from "./actions";

export const generateMetadata = titleFrom("newApplication", "editTitle");

export default async function EditDraftPage({ params }: PageProps<"/[locale]/dossiers/[id]/edit">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const dossier = await loadDossierOr404(actor, id);
  if (!can(actor, "dossier:edit-draft", dossier) || !canEditDraft(dossier.status)) notFound();
  const [t, options] = await Promise.all([getTranslations({ locale, namespace: "newApplication" }), filingFormOptions(actor, locale)]);
  const employers = options.employers.filter((e) => e.id === dossier.employer.id);
  if (employers.length === 0) notFound();
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("editTitle")}</h1>
      <p className="mb-8 max-w-3xl">{t("editIntro")}</p>
      <ApplicationForm
        action={updateApplicationAction}
        mode={{ kind: "edit", applicationId: dossier.id, version: dossier.version, values: draftFormValues(dossier) }}
        choosesEmployer={false}
        {...options}
        employers={employers}
      />
    </div>
  );
}
