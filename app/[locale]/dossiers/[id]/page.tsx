import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/app/_server/session";
import { loadDossierOr404 } from "@/app/_server/load-dossier";
import { can, isCaseworker } from "@/lib/auth/authorization";
import { canEditDraft, canTransition } from "@/lib/lifecycle/lifecycle";
import { routeDossier } from "@/lib/applications/routing-input-for-dossier";
import type { RoutingReason } from "@/lib/routing/competent-region";
import { formatRoutingReason } from "@/lib/routing/format-reason";
import type { Translate } from "@/lib/i18n/locales";
import { formatKboNumber } from "@/lib/identifiers/enterprise-number";
import { StatusTag } from "@/components/dossiers/status-tag";
import { Timeline } from "@/components/dossiers/timeline";
import { WithdrawApplicationForm } from "@/components/dossiers/withdraw-application-form";
import { titleFrom } from "@/app/_server/metadata";
import { withdrawApplicationAction } from "./actions";
import { listDocuments } from "@/lib/documents/list-documents";
import { DocumentGroups } from "@/components/documents/document-groups";
import { DeleteDraftForm } from "@/components/dossiers/delete-draft-form";
import { deleteDraftAction } from "./delete-draft-action";
import { dayInBelgium } from "@/lib/dates";
import { FILING_STEPS, stepHref, taskList } from "@/lib/filing/task-list";
import { PERSON_FILING_STEPS, personTaskList } from "@/lib/filing/person-filing";
import { TaskList } from "@/components/filing/task-list";
import { BackOfficeSection } from "@/app/[locale]/caseworker/back-office-section";
import { listOpenTerms } from "@/lib/applications/list-dossiers";
import { openInformationRequest } from "@/lib/dossier-life/open-information-request";
import { InformationRequestSummary } from "@/components/dossiers/information-request";
import { Link } from "@/i18n/navigation";
import { readProgress } from "@/lib/dossier-life/read-progress";
import { Progress } from "@/components/dossiers/progress";
import { listLetters } from "@/lib/letters/dossier-letters";
import { LetterList } from "@/components/dossiers/letter-list";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("dossier");

export default async function DossierPage({ params }: PageProps<"/[locale]/dossiers/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const dossier = await loadDossierOr404(actor, id);
  // The applicant's and the worker's view of where the dossier stands (seed 000); caseworkers have their own panel.
  const backOffice = isCaseworker(actor);
  const showProgress = dossier.status !== "DRAFT" && !backOffice;
  const [documents, informationRequest, progress, letters, openTerms] = await Promise.all([
    listDocuments({ actor, dossier }),
    openInformationRequest(dossier),
    showProgress ? readProgress(dossier) : null,
    dossier.status === "DRAFT" ? [] : listLetters({ actor, dossier }),
    backOffice ? listOpenTerms({ actor, applicationId: dossier.id }) : null,
  ]);
  const [t, tRouting, format] = await Promise.all([getTranslations({ locale }), getTranslations({ locale, namespace: "routing" }), getFormatter({ locale })]);

  // A draft shows where it would go; a submitted dossier shows where it went and why, as stored.
  // A person's draft goes by where they live, once they have said it.
  const routable = dossier.applicantKind === "PERSON" ? dossier.workerResidencePostalCode !== null : dossier.workplaces.length > 0;
  const routed = dossier.status === "DRAFT" && routable ? routeDossier(dossier) : null;
  const preview = routed?.ok ? routed.result : null;
  const reason = (preview?.reason ?? dossier.routingReason) as RoutingReason | null;
  const region = preview ? preview.region : dossier.competentRegion;
  const translate = t as unknown as Translate;
  const mayEdit = can(actor, "dossier:edit-draft", dossier) && canEditDraft(dossier.status);
  // Before treatment "stop" asks for a cancellation; after it, for a withdrawal — once (seed 000).
  const mayWithdraw =
    can(actor, "dossier:request-stop", dossier) &&
    (canTransition("requestCancellation", dossier.status) || (canTransition("requestWithdrawal", dossier.status) && !dossier.withdrawalRequestedAt));
  const mayDeleteDraft = can(actor, "dossier:delete-draft", dossier) && canEditDraft(dossier.status);
  const day = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "long", timeZone: "UTC" }) : "—");

  const { worker } = dossier;
  const person = dossier.applicantKind === "PERSON";
  // Who applies: the employer (and the mandatary filing for it), or the worker in their own name.
  const applicantRows = ({ employer, filedBy, mandate }: typeof dossier): [string, string][] =>
    employer && filedBy
      ? [
          [t("dossier.employer"), employer.name],
          [t("dossier.enterpriseNumber"), employer.enterpriseNumber ? formatKboNumber(employer.enterpriseNumber) : t("dossier.noEnterpriseNumber")],
          [t("dossier.filedBy"), mandate ? t("dossier.filedByUnderMandate", { name: filedBy.name, from: day(mandate.validFrom) }) : filedBy.name],
        ]
      : [[t("dossier.filedBy"), t("dossier.filedByWorker")]];
  const rows: [string, string][] = [
    [t("dossier.worker"), worker ? `${worker.givenNames} ${worker.familyName}` : "—"],
    [t("dossier.dateOfBirth"), day(worker?.dateOfBirth ?? null)],
    [t("dossier.nationality"), worker ? (new Intl.DisplayNames([locale], { type: "region" }).of(worker.nationality) ?? worker.nationality) : "—"],
    ...applicantRows(dossier),
    [t("dossier.type"), t(`applicationTypes.${dossier.type}`)],
    // The worker's own application has no employment of its own: where they live routes it.
    ...(person
      ? ([[t("dossier.residencePostalCode"), dossier.workerResidencePostalCode ?? "—"]] as [string, string][])
      : ([
          [t("dossier.category"), dossier.category ? t(`categories.${dossier.category}`) : "—"],
          [t("dossier.jobTitle"), dossier.jobTitle ?? "—"],
          [t("dossier.employmentStartDate"), day(dossier.employmentStartDate)],
        ] as [string, string][])),
  ];

  return (
    <div>
      <p className="mb-1 text-slate-700">{t("dossier.title")}</p>
      <h1 className="mb-2 text-3xl font-bold">{dossier.referenceNumber ?? t("dossier.draftTitle")}</h1>
      <p className="mb-8">
        <StatusTag status={dossier.status} />
      </p>

      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div>
          {informationRequest ? (
            <>
              <InformationRequestSummary request={informationRequest} headingLevel={2} />
              {can(actor, "dossier:answer-information", dossier) ? (
                <p className="-mt-4 mb-8">
                  <Link href={`/dossiers/${dossier.id}/documents`} className="inline-block rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
                    {t("informationRequest.answer")}
                  </Link>
                </p>
              ) : null}
            </>
          ) : null}
          {mayEdit ? (
            person ? (
              <TaskList tasks={personTaskList(dossier, documents, dayInBelgium())} hrefOf={Object.fromEntries(PERSON_FILING_STEPS.map((step) => [step, stepHref(dossier.id, step)]))} />
            ) : (
              <TaskList tasks={taskList(dossier, documents, dayInBelgium())} hrefOf={Object.fromEntries(FILING_STEPS.map((step) => [step, stepHref(dossier.id, step)]))} />
            )
          ) : null}
          <h2 className="mb-3 text-2xl font-semibold">{t("dossier.details")}</h2>
          <dl className="mb-8 grid grid-cols-[minmax(10rem,1fr)_2fr] gap-x-4 gap-y-2">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>

          {person ? null : (
          <>
          <h2 className="mb-3 text-2xl font-semibold">{t("dossier.workplaces")}</h2>
          <table className="mb-8 w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="py-2 pr-3">{t("dossier.establishmentUnit")}</th>
                <th scope="col" className="py-2 pr-3">{t("dossier.postalCode")}</th>
                <th scope="col" className="py-2">{t("dossier.share")}</th>
              </tr>
            </thead>
            <tbody>
              {dossier.workplaces.map((w) => (
                <tr key={w.id} className="border-b border-slate-300">
                  <td className="py-2 pr-3">{w.establishmentUnit ? `${w.establishmentUnit.name} (${w.establishmentUnit.city})` : "—"}</td>
                  <td className="py-2 pr-3">{w.postalCode}</td>
                  <td className="py-2">{format.number(w.sharePercent / 100, { style: "percent" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </>
          )}

          {dossier.status === "DRAFT" && !routed ? null : (
          <section aria-labelledby="routing-title" className="mb-8 rounded bg-brand-50 p-4">
            <h2 id="routing-title" className="mb-2 text-2xl font-semibold">
              {dossier.status === "DRAFT" ? t("dossier.routingPreview") : t("dossier.routing")}
            </h2>
            {region ? <p className="mb-2 text-lg font-semibold">{t(`routing.regions.${region}`)}</p> : null}
            {preview && preview.region === null ? <p className="mb-2 text-lg font-semibold">{t("dossier.regionUndetermined")}</p> : null}
            {reason ? <p>{formatRoutingReason(reason, tRouting)}</p> : null}
            {routed && !routed.ok ? routed.fieldErrors.map((e) => <p key={e.message} className="font-semibold text-danger-600">{translate(e.message, e.values)}</p>) : null}
            {dossier.regionPickedByFiler ? <p className="mt-2 font-semibold">{t("dossier.regionPickedByFiler")}</p> : null}
          </section>
          )}

          {/* A draft's documents are a step of its task list. */}
          {mayEdit ? null : (
            <section aria-labelledby="documents-title" className="mb-8">
              <h2 id="documents-title" className="mb-3 text-2xl font-semibold">
                {t("documents.title")}
              </h2>
              <DocumentGroups documents={documents} downloadHref={(documentId) => `/api/dossiers/${dossier.id}/documents/${documentId}`} headingLevel={3} />
            </section>
          )}
          {letters.length > 0 ? <LetterList applicationId={dossier.id} letters={letters} /> : null}
          {openTerms ? <BackOfficeSection actor={actor} dossier={dossier} terms={openTerms} /> : null}
          {mayWithdraw ? (
            <ClientMessages of={["withdrawForm"]}><WithdrawApplicationForm
              action={withdrawApplicationAction}
              applicationId={dossier.id}
              version={dossier.version}
              stop={canTransition("requestCancellation", dossier.status) ? "cancellation" : "withdrawal"}
            /></ClientMessages>
          ) : null}
          {/* Asked once; shown until the service has processed it. */}
          {dossier.withdrawalRequestedAt && canTransition("processWithdrawal", dossier.status) ? (
            <p role="status" className="mb-8 border-l-4 border-brand-600 bg-slate-50 p-3 font-semibold">
              {t("dossier.withdrawalRequested", { day: day(dossier.withdrawalRequestedAt) })}
            </p>
          ) : null}
          {dossier.status !== "DRAFT" && dossier.appliedRuleIds.length > 0 ? (
            <section aria-labelledby="rules-title" className="mb-8">
              <h2 id="rules-title" className="mb-2 text-2xl font-semibold">
                {t("dossier.rulesApplied")}
              </h2>
              <p className="mb-2">{t("dossier.rulesAppliedIntro")}</p>
              <ul className="list-disc pl-6 font-mono text-sm">
                {dossier.appliedRuleIds.map((ruleId) => (
                  <li key={ruleId}>{ruleId}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {mayDeleteDraft ? <ClientMessages of={["deleteDraftForm"]}><DeleteDraftForm action={deleteDraftAction} applicationId={dossier.id} version={dossier.version} locale={locale} documentCount={documents.length} /></ClientMessages> : null}
        </div>

        <div>
          {progress ? <Progress progress={progress} /> : null}
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title" className="mb-3 text-2xl font-semibold">
              {t("dossier.timeline")}
            </h2>
            <Timeline entries={dossier.timeline} />
          </section>
        </div>
      </div>
    </div>
  );
}
