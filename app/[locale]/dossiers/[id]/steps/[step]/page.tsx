import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/app/_server/session";
import { loadDossierOr404 } from "@/app/_server/load-dossier";
import { filingFormOptions } from "@/app/_server/filing-options";
import { titleFrom } from "@/app/_server/metadata";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/auth/authorization";
import { canEditDraft } from "@/lib/lifecycle/lifecycle";
import { dateToDay, dayInBelgium } from "@/lib/dates";
import { listDocuments } from "@/lib/documents/list-documents";
import { FEE_ACCOUNT, feeOn } from "@/lib/fees/fee";
import { paymentMessage } from "@/lib/fees/payment-message";
import { formatIban } from "@/lib/identifiers/iban";
import { isFormStep, STEP_NEEDS, stepValues, taskList } from "@/lib/filing/task-list";
import { ResidenceStepForm } from "@/components/filing/residence-step-form";
import { WorkerStepForm } from "@/components/filing/worker-step-form";
import { EmploymentStepForm } from "@/components/filing/employment-step-form";
import { FeeStepForm } from "@/components/filing/fee-step-form";
import { mainLocalityNames } from "@/lib/reference/postal-codes/postal-codes";
import { localityNamesAction } from "@/app/[locale]/which-region/actions";
import { saveStepAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

/** Each step's tab is titled with the step's name, so that a screen-reader user knows where they are. */
export async function generateMetadata({ params }: PageProps<"/[locale]/dossiers/[id]/steps/[step]">): Promise<Metadata> {
  const { step } = await params;
  return isFormStep(step) ? titleFrom("filing.steps", step)({ params }) : titleFrom("filing.taskList")({ params });
}

/** One step of the guided filing of a draft, or why it cannot start yet. */
export default async function FilingStepPage({ params }: PageProps<"/[locale]/dossiers/[id]/steps/[step]">) {
  const { locale, id, step } = await params;
  setRequestLocale(locale);
  if (!isFormStep(step)) notFound();
  const actor = await requireActor(locale);
  const dossier = await loadDossierOr404(actor, id);
  if (!can(actor, "dossier:edit-draft", dossier) || !canEditDraft(dossier.status)) notFound();
  const today = dayInBelgium();
  const [t, documents] = await Promise.all([getTranslations({ locale }), listDocuments({ actor, applicationId: dossier.id })]);
  const tasks = taskList(dossier, documents, today);
  const target = { applicationId: dossier.id, version: dossier.version, backHref: `/dossiers/${dossier.id}` };
  const blocked = tasks.find((task) => task.step === step)?.status === "CANNOT_START_YET";

  let form: React.ReactNode = null;
  if (!blocked) {
    const options = await filingFormOptions(actor, locale);
    const { worker } = dossier;
    switch (step) {
      case "residence":
        form = <ResidenceStepForm action={saveStepAction} target={target} today={today} values={stepValues.residence(dossier)} countries={options.countries} diplomaticPosts={options.diplomaticPosts} />;
        break;
      case "worker":
        form = <WorkerStepForm action={saveStepAction} target={target} today={today} values={stepValues.worker(dossier)} countries={options.countries} />;
        break;
      case "employment": {
        // The employer's open units; a mandate no longer in force leaves none to offer.
        const employer = options.employers.find((e) => e.id === dossier.employer?.id);
        if (!employer) notFound();
        // The names the routing preview needs first; the browser asks for those of codes typed later.
        const postalCodes = [employer.registeredOfficePostalCode, ...employer.units.map((unit) => unit.postalCode), ...dossier.workplaces.map((w) => w.postalCode)];
        form = (
          <EmploymentStepForm
            action={saveStepAction}
            target={target}
            today={today}
            residence={dossier}
            employer={employer}
            values={stepValues.employment(dossier)}
            localityNames={mainLocalityNames(postalCodes, postalCodes.length)}
            askLocalityNames={localityNamesAction}
          />
        );
        break;
      }
      case "fee": {
        // The fee step cannot start before the worker's: the worker is there.
        const birth = dateToDay(worker!.dateOfBirth);
        const fee = feeOn(today);
        const amountText = !fee
          ? t("filing.fee.noFigure")
          : fee.verified
            ? t("filing.fee.amount", { amount: fee.row.amountCents / 100 })
            : t("filing.fee.amountUnverified", { amount: fee.row.amountCents / 100, year: fee.year, figureYear: fee.figureYear });
        const facts = {
          amountText,
          holder: FEE_ACCOUNT.holder,
          iban: formatIban(FEE_ACCOUNT.iban),
          bic: FEE_ACCOUNT.bic,
          paymentMessage: paymentMessage({ familyName: worker!.familyName, givenNames: worker!.givenNames, nationality: worker!.nationality, dateOfBirth: birth }),
        };
        form = <FeeStepForm action={saveStepAction} target={target} today={today} worker={{ dateOfBirth: birth, nationality: worker!.nationality }} values={stepValues.fee(dossier)} facts={facts} />;
        break;
      }
    }
  }

  return (
    <div>
      <p className="mb-1 text-slate-700">{t("dossier.draftTitle")}</p>
      <h1 className="mb-6 text-3xl font-bold">{t(`filing.steps.${step}`)}</h1>
      {blocked ? (
        <div className="max-w-3xl">
          <p className="mb-4">{t("filing.stepPage.cannotStartYet", { steps: STEP_NEEDS[step].map((needed) => t(`filing.steps.${needed}`)).join(", ") })}</p>
          <Link href={target.backHref} className="font-semibold text-brand-600 underline">
            {t("filing.stepPage.backToTaskList")}
          </Link>
        </div>
      ) : (
        <ClientMessages of={["filingStepForms"]}>{form}</ClientMessages>
      )}
    </div>
  );
}
