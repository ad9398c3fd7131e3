import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/app/_server/session";
import { loadDossierOr404 } from "@/app/_server/load-dossier";
import { countryOptions, filingFormOptions } from "@/app/_server/filing-options";
import { titleFrom } from "@/app/_server/metadata";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/auth/authorization";
import { canEditDraft } from "@/lib/lifecycle/lifecycle";
import { dateToDay, dayInBelgium, type IsoDay } from "@/lib/dates";
import { listDocuments } from "@/lib/documents/list-documents";
import { FEE_ACCOUNT, feeOn } from "@/lib/fees/fee";
import { paymentMessage } from "@/lib/fees/payment-message";
import { formatIban } from "@/lib/identifiers/iban";
import { isFormStep, STEP_NEEDS, stepValues, taskList, type StepStatus } from "@/lib/filing/task-list";
import { isPersonFormStep, PERSON_STEP_NEEDS, personStepValues, personTaskList } from "@/lib/filing/person-filing";
import type { FeeFacts } from "@/components/filing/fee-step-form";
import { StepForm } from "@/components/filing/step-forms";
import { mainLocalityNames } from "@/lib/reference/postal-codes/postal-codes";
import { localityNamesAction } from "@/app/[locale]/which-region/actions";
import { saveStepAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

/** Each step's tab is titled with the step's name, so that a screen-reader user knows where they are. */
export async function generateMetadata({ params }: PageProps<"/[locale]/dossiers/[id]/steps/[step]">): Promise<Metadata> {
  const { step } = await params;
  return isFormStep(step) || isPersonFormStep(step) ? titleFrom("filing.steps", step)({ params }) : titleFrom("filing.taskList")({ params });
}

/** The fee to pay for the worker on the day: the dated figure, the account and the payment message. */
async function feeFacts(t: Awaited<ReturnType<typeof getTranslations>>, worker: { familyName: string; givenNames: string; nationality: string; dateOfBirth: Date }, today: IsoDay): Promise<FeeFacts> {
  const fee = feeOn(today);
  const amountText = !fee
    ? t("filing.fee.noFigure")
    : fee.verified
      ? t("filing.fee.amount", { amount: fee.row.amountCents / 100 })
      : t("filing.fee.amountUnverified", { amount: fee.row.amountCents / 100, year: fee.year, figureYear: fee.figureYear });
  return {
    amountText,
    holder: FEE_ACCOUNT.holder,
    iban: formatIban(FEE_ACCOUNT.iban),
    bic: FEE_ACCOUNT.bic,
    paymentMessage: paymentMessage({ familyName: worker.familyName, givenNames: worker.givenNames, nationality: worker.nationality, dateOfBirth: dateToDay(worker.dateOfBirth) }),
  };
}

/** One step of the guided filing of a draft, or why it cannot start yet. */
export default async function FilingStepPage({ params }: PageProps<"/[locale]/dossiers/[id]/steps/[step]">) {
  const { locale, id, step } = await params;
  setRequestLocale(locale);
  if (!isFormStep(step) && !isPersonFormStep(step)) notFound();
  const actor = await requireActor(locale);
  const dossier = await loadDossierOr404(actor, id);
  if (!can(actor, "dossier:edit-draft", dossier) || !canEditDraft(dossier.status)) notFound();
  const today = dayInBelgium();
  const [t, documents] = await Promise.all([getTranslations({ locale }), listDocuments({ actor, dossier })]);
  const target = { applicationId: dossier.id, version: dossier.version, backHref: `/dossiers/${dossier.id}` };
  // A person's own dossier has steps of its own (lib/filing/person-filing.ts); the other filing's are no page of it.
  const person = dossier.applicantKind === "PERSON";
  if (person ? !isPersonFormStep(step) : !isFormStep(step)) notFound();
  const tasks: { step: string; status: StepStatus }[] = person ? personTaskList(dossier, documents, today) : taskList(dossier, documents, today);
  const blocked = tasks.find((task) => task.step === step)?.status === "CANNOT_START_YET";
  const needs: readonly string[] = isPersonFormStep(step) ? PERSON_STEP_NEEDS[step] : STEP_NEEDS[step];

  let form: React.ReactNode = null;
  if (!blocked && person) {
    const countries = countryOptions(locale);
    switch (step) {
      case "eligibility":
        form = <StepForm step="eligibility" props={{ action: saveStepAction, target, today, values: personStepValues.eligibility(dossier) }} />;
        break;
      case "identity":
        form = <StepForm step="identity" props={{ action: saveStepAction, target, today, values: personStepValues.identity(dossier), countries }} />;
        break;
      case "fee":
        form = (
          <StepForm
            step="fee"
            props={{ action: saveStepAction, target, today, worker: { dateOfBirth: dateToDay(dossier.worker!.dateOfBirth), nationality: dossier.worker!.nationality }, values: personStepValues.fee(dossier), facts: await feeFacts(t, dossier.worker!, today) }}
          />
        );
        break;
    }
  } else if (!blocked && isFormStep(step)) {
    const options = await filingFormOptions(actor, locale);
    const { worker } = dossier;
    switch (step) {
      case "residence":
        form = <StepForm step="residence" props={{ action: saveStepAction, target, today, values: stepValues.residence(dossier), countries: options.countries, diplomaticPosts: options.diplomaticPosts }} />;
        break;
      case "worker":
        form = <StepForm step="worker" props={{ action: saveStepAction, target, today, values: stepValues.worker(dossier), countries: options.countries }} />;
        break;
      case "employment": {
        // The employer's open units; a mandate no longer in force leaves none to offer.
        const employer = options.employers.find((e) => e.id === dossier.employer?.id);
        if (!employer) notFound();
        // The names the routing preview needs first; the browser asks for those of codes typed later.
        const postalCodes = [employer.registeredOfficePostalCode, ...employer.units.map((unit) => unit.postalCode), ...dossier.workplaces.map((w) => w.postalCode)];
        form = (
          <StepForm
            step="employment"
            props={{
              action: saveStepAction,
              target,
              today,
              residence: dossier,
              employer,
              values: stepValues.employment(dossier),
              localityNames: mainLocalityNames(postalCodes, postalCodes.length),
              askLocalityNames: localityNamesAction,
            }}
          />
        );
        break;
      }
      case "fee":
        // The fee step cannot start before the worker's: the worker is there.
        form = (
          <StepForm
            step="fee"
            props={{ action: saveStepAction, target, today, worker: { dateOfBirth: dateToDay(worker!.dateOfBirth), nationality: worker!.nationality }, values: stepValues.fee(dossier), facts: await feeFacts(t, worker!, today) }}
          />
        );
        break;
    }
  }

  return (
    <div>
      <p className="mb-1 text-slate-700">{t("dossier.draftTitle")}</p>
      <h1 className="mb-6 text-3xl font-bold">{t(`filing.steps.${step}`)}</h1>
      {blocked ? (
        <div className="max-w-3xl">
          <p className="mb-4">{t("filing.stepPage.cannotStartYet", { steps: needs.map((needed) => t(`filing.steps.${needed}`)).join(", ") })}</p>
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
