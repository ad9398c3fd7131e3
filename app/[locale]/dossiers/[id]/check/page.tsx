import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/app/_server/session";
import { loadDossierOr404 } from "@/app/_server/load-dossier";
import { titleFrom } from "@/app/_server/metadata";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/auth/authorization";
import { canEditDraft } from "@/lib/lifecycle/lifecycle";
import { routeDossier } from "@/lib/applications/routing-input-for-dossier";
import { dateToDay, dayInBelgium, dayToDate, isRealDay } from "@/lib/dates";
import { listDocuments } from "@/lib/documents/list-documents";
import { coveredBy } from "@/lib/checklist/checklist";
import { feeOn } from "@/lib/fees/fee";
import { paymentMessage } from "@/lib/fees/payment-message";
import { filingReadiness, filingWarnings } from "@/lib/filing/readiness";
import { draftChecklist, fixHref, stepHref, type FormStep } from "@/lib/filing/task-list";
import { personChecklist, personFilingReadiness, personStepValues, type EligibilityStepAnswers, type PersonFormStep } from "@/lib/filing/person-filing";
import { personFixHref } from "@/lib/filing/steps";
import { fieldId } from "@/lib/forms/field-id";
import type { FieldError } from "@/lib/errors/app-error";
import type { Translate } from "@/lib/i18n/locales";
import { findDiplomaticPost } from "@/lib/reference/diplomatic-posts";
import { SummaryList, type SummaryRow } from "@/components/filing/summary-list";
import { CheckAnswersSubmitForm } from "@/components/filing/check-answers-submit-form";
import { submitApplicationAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("filing.check");

/**
 * Check your answers (GOV.UK pattern): every answer grouped by step with a link to change it, the
 * checklist with each item's files, the fee, what is still missing (each linked to where it is put
 * right), warnings that do not block, then the declaration and the submission.
 */
export default async function CheckAnswersPage({ params }: PageProps<"/[locale]/dossiers/[id]/check">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const dossier = await loadDossierOr404(actor, id);
  if (!can(actor, "dossier:submit", dossier) || !canEditDraft(dossier.status)) notFound();
  const today = dayInBelgium();
  const [tAll, format, documents] = await Promise.all([getTranslations({ locale }), getFormatter({ locale }), listDocuments({ actor, dossier })]);
  const t = tAll as unknown as Translate;
  // The worker's own application (lib/filing/person-filing.ts) has steps, a checklist and a readiness of its own.
  const person = dossier.applicantKind === "PERSON";
  const routed = (person ? dossier.workerResidencePostalCode !== null : dossier.workplaces.length > 0) ? routeDossier(dossier) : null;
  const routing = routed?.ok ? routed.result : null;
  const readiness = person ? { ...personFilingReadiness(dossier, documents, today), notices: [] } : filingReadiness({ ...dossier, documents }, routing?.region ?? null, today);
  const checklist = person ? personChecklist(dossier, today) : draftChecklist(dossier, today);
  const fix = person ? personFixHref : fixHref;

  const date = (value: Date | string | null) => (value ? format.dateTime(typeof value === "string" ? dayToDate(value) : value, { dateStyle: "long", timeZone: "UTC" }) : t("filing.check.notAnswered"));
  const country = (code: string | null) => (code ? (new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code) : t("filing.check.notAnswered"));
  const yesNo = (value: boolean | null) => (value === null ? t("filing.check.notAnswered") : t(value ? "forms.yes" : "forms.no"));
  const text = (value: string | null) => value || t("filing.check.notAnswered");
  // Dates in messages are ISO days, shown as the reader writes dates.
  const translate = (error: FieldError) =>
    t(error.message, error.values && Object.fromEntries(Object.entries(error.values).map(([key, value]) => [key, typeof value === "string" && isRealDay(value) ? date(value) : value])));
  const at = (step: FormStep | PersonFormStep, path: string) => `${stepHref(dossier.id, step)}#${fieldId(path)}`;

  const { worker } = dossier;
  const residence: SummaryRow[] = [{ key: t("filing.form.residesInBelgium"), value: yesNo(dossier.workerResidesInBelgium), href: at("residence", "residesInBelgium") }];
  if (dossier.workerResidesInBelgium === false) {
    const post = dossier.diplomaticPostCode ? findDiplomaticPost(dossier.diplomaticPostCode, today) : undefined;
    residence.push(
      { key: t("filing.form.residenceCountry"), value: country(dossier.workerResidenceCountry), href: at("residence", "residenceCountry") },
      { key: t("filing.form.diplomaticPost"), value: post ? `${post.city} (${country(post.country)})` : text(dossier.diplomaticPostCode), href: at("residence", "diplomaticPostCode") },
    );
  } else if (dossier.workerResidesInBelgium === true) {
    residence.push(
      { key: t("checklist.form.stayType.legend"), value: dossier.stayType ? t(`checklist.form.stayType.${dossier.stayType}`) : t("filing.check.notAnswered"), href: at("residence", "stayType") },
      { key: t("checklist.form.euLongTermResident"), value: yesNo(dossier.euLongTermResidentSecondResidence), href: at("residence", "stayType") },
    );
  }
  const workerStep = person ? "identity" : "worker";
  const workerRows: SummaryRow[] = [
    { key: t("filing.form.givenNames"), value: text(worker?.givenNames ?? null), href: at(workerStep, "worker.givenNames") },
    { key: t("filing.form.familyName"), value: text(worker?.familyName ?? null), href: at(workerStep, "worker.familyName") },
    { key: t("filing.form.dateOfBirth"), value: date(worker?.dateOfBirth ?? null), href: at(workerStep, "worker.dateOfBirth") },
    { key: t("filing.form.nationality"), value: country(worker?.nationality ?? null), href: at(workerStep, "worker.nationality") },
    { key: t("filing.form.passportNumber"), value: text(worker?.passportNumber ?? null), href: at(workerStep, "worker.passportNumber") },
    { key: t("filing.form.passportExpiresOn"), value: date(worker?.passportExpiresOn ?? null), href: at(workerStep, "worker.passportExpiresOn") },
    { key: t("filing.form.workerEmail"), value: text(worker?.email ?? null), href: at(workerStep, "worker.email") },
  ];
  const region = routing?.region ? t(`routing.regions.${routing.region}`) : routing ? t("dossier.regionUndetermined") : t("filing.check.notAnswered");
  const identityRows: SummaryRow[] = [
    ...workerRows,
    { key: t("filing.form.residesInBelgiumSelf"), value: yesNo(dossier.workerResidesInBelgium), href: at("identity", "residesInBelgium") },
    { key: t("filing.form.residencePostalCode"), value: text(dossier.workerResidencePostalCode), href: at("identity", "residencePostalCode") },
    { key: t("filing.check.region"), value: region, href: at("identity", "residencePostalCode") },
  ];
  const answers = personStepValues.eligibility(dossier) as Partial<EligibilityStepAnswers> | undefined;
  const eligibilityRows: SummaryRow[] = [
    { key: t("eligibility.form.legalResidenceInBelgium"), value: yesNo(answers?.legalResidenceInBelgium ?? null), href: at("eligibility", "legalResidenceInBelgium") },
    { key: t("eligibility.form.euLongTermResidentInOtherMemberState"), value: yesNo(answers?.euLongTermResidentInOtherMemberState ?? null), href: at("eligibility", "euLongTermResidentInOtherMemberState") },
    ...(answers?.workPeriods ?? []).map((period, index) => ({
      key: t("eligibility.form.workPeriod", { number: index + 1 }),
      value: [
        t("filing.check.workPeriod", { from: date(period.from), to: date(period.to), basis: t(`eligibility.form.bases.${period.basis}`) }),
        ...(period.incapacityPeriods ?? []).map((incapacity) => t("filing.check.incapacityPeriod", { from: date(incapacity.from), to: date(incapacity.to), cause: t(`eligibility.form.causes.${incapacity.cause}`) })),
      ].join("\n"),
      href: at("eligibility", `workPeriods.${index}.from`),
    })),
    { key: t("filing.form.hasCurrentEmploymentContract"), value: yesNo(answers?.hasCurrentEmploymentContract ?? null), href: at("eligibility", "hasCurrentEmploymentContract") },
    ...(person && "eligibility" in readiness && readiness.eligibility
      ? [{ key: t("filing.check.eligibilityToday"), value: readiness.eligibility.eligible ? t("filing.check.eligibleCategories", { categories: readiness.eligibility.categoriesMet.join(", ") }) : t("filing.check.notEligible"), href: at("eligibility", "workPeriods") }]
      : []),
  ];
  const salary = dossier.grossSalaryCents === null ? t("filing.check.notAnswered") : t(dossier.salaryPeriod === "MONTHLY" ? "filing.check.salaryMonthly" : "filing.check.salaryAnnual", { amount: Number(dossier.grossSalaryCents) / 100 });
  const employment: SummaryRow[] = [
    { key: t("filing.form.category"), value: dossier.category ? t(`categories.${dossier.category}`) : t("filing.check.notAnswered"), href: at("employment", "category") },
    { key: t("checklist.form.applicationType.legend"), value: t(`checklist.form.applicationType.${dossier.isRenewal ? "RENEWAL" : "FIRST"}`), href: at("employment", "isRenewal") },
    { key: t("checklist.form.employmentType.legend"), value: t(`checklist.form.employmentType.${dossier.isPosting ? "POSTING" : "BELGIAN_EMPLOYMENT"}`), href: at("employment", "isPosting") },
    { key: t("filing.form.jobTitle"), value: text(dossier.jobTitle), href: at("employment", "jobTitle") },
    { key: t("filing.form.iscoCode"), value: text(dossier.iscoCode), href: at("employment", "iscoCode") },
    { key: t("checklist.form.regulatedProfession.legend"), value: yesNo(dossier.regulatedProfession), href: at("employment", "regulatedProfession") },
    { key: t("filing.form.employmentStartDate"), value: date(dossier.employmentStartDate), href: at("employment", "employmentStartDate") },
    { key: t("filing.form.employmentEndDate"), value: dossier.employmentEndDate ? date(dossier.employmentEndDate) : t("filing.check.openEnded"), href: at("employment", "employmentEndDate") },
    {
      key: t("filing.form.workplacesSection"),
      value: dossier.workplaces.map((w) => t("filing.check.workplace", { place: w.establishmentUnit ? `${w.establishmentUnit.name} (${w.establishmentUnit.city})` : w.postalCode, share: w.sharePercent })).join("\n") || t("filing.check.notAnswered"),
      href: at("employment", "workplaces"),
    },
    { key: t("filing.check.region"), value: region, href: at("employment", "workplaces") },
    { key: t(dossier.salaryPeriod === "MONTHLY" ? "filing.form.grossSalaryMonthly" : "filing.form.grossSalaryAnnual"), value: salary, href: at("employment", "grossSalary") },
  ];
  const fee = feeOn(today);
  const message = worker ? paymentMessage({ familyName: worker.familyName, givenNames: worker.givenNames, nationality: worker.nationality, dateOfBirth: dateToDay(worker.dateOfBirth) }) : "";
  const feeValue =
    dossier.feeExemptionClaimed === null
      ? t("filing.check.notAnswered")
      : dossier.feeExemptionClaimed
        ? [t("filing.check.feeExempt", { ground: dossier.feeExemptionGround ? t(`filing.fee.grounds.${dossier.feeExemptionGround}`) : "—" }), dossier.feeExemptionDetails ?? ""].filter(Boolean).join("\n")
        : !fee
          ? t("filing.check.feePaidNoFigure", { message })
          : fee.verified
            ? t("filing.check.feePaid", { amount: fee.row.amountCents / 100, message })
            : t("filing.check.feePaidUnverified", { amount: fee.row.amountCents / 100, figureYear: fee.figureYear, year: fee.year, message });
  const feeRows: SummaryRow[] = [{ key: t("checklist.form.fee.legend"), value: feeValue, href: at("fee", "feeExemptionClaimed") }];

  const warnings = person ? [] : [...filingWarnings(dossier, documents, today), ...readiness.notices];
  const filesOf = (kind: string) => documents.filter((d) => d.kind === kind);

  return (
    <div>
      <p className="mb-1 text-slate-700">{t("dossier.draftTitle")}</p>
      <h1 className="mb-2 text-3xl font-bold">{t("filing.check.title")}</h1>
      <p className="mb-6 max-w-3xl">{t("filing.check.intro")}</p>

      {readiness.problems.length > 0 ? (
        <section aria-labelledby="missing-title" className="mb-8 max-w-3xl border-4 border-danger-600 p-4">
          <h2 id="missing-title" className="mb-2 text-xl font-bold">
            {t("filing.check.missingTitle")}
          </h2>
          <p className="mb-2">{t("filing.check.missingIntro")}</p>
          <ul className="list-disc pl-5">
            {readiness.problems.map((problem) => {
              const href = fix(dossier.id, problem.path);
              return (
                <li key={`${problem.path}-${problem.message}`}>
                  {href ? (
                    <Link href={href} className="font-semibold text-danger-600 underline">
                      {translate(problem)}
                    </Link>
                  ) : (
                    <span className="font-semibold text-danger-600">{translate(problem)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {warnings.length > 0 ? (
        <section aria-labelledby="warnings-title" className="mb-8 max-w-3xl border-l-4 border-amber-600 bg-amber-50 p-4">
          <h2 id="warnings-title" className="mb-2 text-xl font-bold">
            {t("filing.check.warningsTitle")}
          </h2>
          <p className="mb-2">{t("filing.check.warningsIntro")}</p>
          <ul className="list-disc pl-5">
            {warnings.map((warning) => (
              <li key={`${warning.path}-${warning.message}-${JSON.stringify(warning.values ?? {})}`}>{translate(warning)}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="max-w-4xl">
        {person ? (
          <>
            <SummaryList title={t("filing.steps.eligibility")} rows={eligibilityRows} />
            <SummaryList title={t("filing.steps.identity")} rows={identityRows} />
          </>
        ) : (
          <>
            <SummaryList title={t("filing.steps.residence")} rows={residence} />
            <SummaryList title={t("filing.steps.worker")} rows={workerRows} />
            <SummaryList title={t("filing.steps.employment")} rows={employment} />
          </>
        )}
        <SummaryList title={t("filing.steps.fee")} rows={feeRows} />
        <SummaryList
          title={t("filing.check.documentsTitle")}
          rows={(checklist?.items ?? []).map((item) => {
            const standIn = checklist ? coveredBy(checklist, item, documents.map((d) => d.kind)) : null;
            return {
            key: t(`documents.kinds.${item.code}`) + (item.acceptedInsteadOf.length > 0 ? ` (${t("filing.check.acceptedInstead", { documents: item.acceptedInsteadOf.map((code) => t(`documents.kinds.${code}`)).join(", ") })})` : ""),
            value:
              filesOf(item.code)
                .map((d) => (d.issuedOn ? `${d.fileName} (${t("filing.check.issuedOn", { issuedOn: date(d.issuedOn) })})` : d.fileName))
                .join("\n") ||
              (standIn ? t("filing.check.coveredBy", { document: t(`documents.kinds.${standIn}`) }) : t("filing.check.noFile")),
            href: `${stepHref(dossier.id, "documents")}#item-${item.code}`,
            };
          })}
        />
      </div>

      <ClientMessages of={["checkAnswersForm"]}><CheckAnswersSubmitForm
        action={submitApplicationAction}
        applicationId={dossier.id}
        version={dossier.version}
        submissionKey={randomUUID()}
        candidates={routing?.region === null ? routing.candidates : []}
      /></ClientMessages>
    </div>
  );
}
