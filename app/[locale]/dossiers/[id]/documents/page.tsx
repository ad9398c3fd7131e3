import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/app/_server/session";
import { loadDossierOr404 } from "@/app/_server/load-dossier";
import { titleFrom } from "@/app/_server/metadata";
import { readDocumentOutcome } from "@/app/_server/document-outcome";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/auth/authorization";
import { canEditDraft } from "@/lib/lifecycle/lifecycle";
import { documentLimits } from "@/lib/documents/document-limits";
import { listDocuments, type ListedDocument } from "@/lib/documents/list-documents";
import { megabytes } from "@/lib/documents/upload-input";
import { dayInBelgium } from "@/lib/dates";
import { draftChecklist, STEP_NEEDS, stepHref } from "@/lib/filing/task-list";
import { PERSON_STEP_NEEDS, personChecklist } from "@/lib/filing/person-filing";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/locales";
import { DocumentGroups } from "@/components/documents/document-groups";
import { DocumentTable } from "@/components/documents/document-table";
import { UploadForm } from "@/components/documents/upload-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldId } from "@/components/forms/field";
import { openInformationRequest } from "@/lib/dossier-life/open-information-request";
import { InformationRequestSummary } from "@/components/dossiers/information-request";
import { AnswerInformationForm } from "@/components/dossiers/answer-information-form";
import { answerInformationAction, deleteDocumentAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages-provider";

export const generateMetadata = titleFrom("documents");

/**
 * A dossier's documents. On a draft the filer uploads per checklist item and deletes; while an
 * information request is open the applicant uploads (and deletes, until the answer is sent) the
 * documents it asks for, then sends the answer; everyone else who may read the dossier sees them read-only.
 */
export default async function DocumentsPage({ params }: PageProps<"/[locale]/dossiers/[id]/documents">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const dossier = await loadDossierOr404(actor, id);
  const [documents, outcome, tAll, openRequest] = await Promise.all([
    listDocuments({ actor, dossier }),
    readDocumentOutcome(dossier.id),
    getTranslations({ locale }),
    openInformationRequest(dossier),
  ]);
  const t = tAll as unknown as Translate;
  const mayChange = can(actor, "document:upload", dossier) && canEditDraft(dossier.status);
  const request = openRequest && can(actor, "document:upload", dossier) && can(actor, "dossier:answer-information", dossier) ? openRequest : null;
  // The answer's files, deletable until it is sent; the files submitted before stay as they are.
  const answerFiles = request ? documents.filter((d) => d.informationRequestId === request.id && !d.submittedAt) : [];
  const readOnlyFiles = documents.filter((d) => !answerFiles.includes(d));
  const limits = documentLimits();
  const usedBytes = documents.reduce((sum, document) => sum + document.sizeBytes, 0);
  // On a draft, exactly what the checklist asks for the answers given, each item with its reason;
  // nothing until the steps the checklist reads are completed.
  const person = dossier.applicantKind === "PERSON";
  const checklist = !mayChange ? null : person ? personChecklist(dossier, dayInBelgium()) : draftChecklist(dossier, dayInBelgium());
  const needs: readonly string[] = person ? PERSON_STEP_NEEDS.documents : STEP_NEEDS.documents;
  const items = checklist?.items ?? [];
  const kinds = items.map((item) => item.code);
  // On a draft, files under a kind the list does not (or no longer) ask for stay visible, and deletable.
  const otherKinds = [...new Set(documents.map((d) => d.kind))].filter((kind) => !kinds.includes(kind));
  const filesOf = (kind: DocumentKind) => documents.filter((d) => d.kind === kind);
  const downloadHref = (documentId: string) => `/api/dossiers/${dossier.id}/documents/${documentId}`;
  const failure = outcome?.action === "failed" ? outcome : null;
  const failureMessages = failure ? failure.errors.map((e) => t(e.message, e.values)) : [];
  const deleteProps = mayChange || request ? { deleteAction: deleteDocumentAction, hiddenFields: { applicationId: dossier.id, locale } } : {};
  // An item's files (deletable while they may change) and its upload control: on a draft, or for an open request.
  const filesAndUpload = (kind: DocumentKind, files: ListedDocument[]) => (
    <>
      {files.length > 0 ? (
        <DocumentTable documents={files} downloadHref={downloadHref} caption={t(`documents.kinds.${kind}`)} {...deleteProps} />
      ) : (
        <p className="mb-3 text-slate-700">{t("documents.noFiles")}</p>
      )}
      <UploadForm
        action={`/api/dossiers/${dossier.id}/documents`}
        kind={kind}
        itemLabel={t(`documents.kinds.${kind}`)}
        locale={locale}
        limits={limits}
        usedBytes={usedBytes}
        serverError={failure?.kind === kind ? failureMessages[0] : undefined}
      />
    </>
  );

  return (
    <ClientMessages of={["documentForms"]}>
    <div>
      <p className="mb-1 text-slate-700">{dossier.referenceNumber ?? t("dossier.draftTitle")}</p>
      <h1 className="mb-4 text-3xl font-bold">{t("documents.title")}</h1>
      <ErrorSummary errors={failureMessages.map((message) => ({ message, fieldId: failure?.kind ? fieldId(`file.${failure.kind}`) : undefined }))} submission={failure ? 1 : 0} />
      {outcome && !failure ? (
        <p role="status" className="mb-6 border-l-4 border-success-700 bg-slate-50 p-3 font-semibold text-success-700">
          {outcome.action === "uploaded" ? t("documents.uploaded", { fileName: outcome.fileName ?? "" }) : t("documents.deleted")}
        </p>
      ) : null}

      {mayChange ? (
        <div className="mb-8 max-w-3xl">
          <p className="mb-2">{t("documents.intro")}</p>
          <p className="mb-2">{t("documents.rules", { maxFileMB: megabytes(limits.maxFileBytes), maxDossierMB: megabytes(limits.maxDossierBytes) })}</p>
          <p className="mb-2 font-semibold">{t("documents.noEmail")}</p>
          <p>{t("documents.used", { usedMB: megabytes(usedBytes), maxDossierMB: megabytes(limits.maxDossierBytes) })}</p>
        </div>
      ) : request ? (
        <InformationRequestSummary request={request} headingLevel={2} />
      ) : (
        <p className="mb-8">{t("documents.readOnly")}</p>
      )}

      {mayChange && !checklist ? (
        <p className="mb-8 max-w-3xl">{t("filing.stepPage.cannotStartYet", { steps: needs.map((step) => t(`filing.steps.${step}`)).join(", ") })}</p>
      ) : null}
      {items.map(({ code: kind, reason, acceptedInsteadOf }) => (
        <section key={kind} id={`item-${kind}`} aria-labelledby={`item-${kind}-title`} className="mb-8">
          <h2 id={`item-${kind}-title`} className="mb-1 text-2xl font-semibold">
            {t(`documents.kinds.${kind}`)}
          </h2>
          <p className="mb-3 max-w-3xl text-slate-700">
            {t(`checklist.reasons.${reason.key}`, reason.values)}
            {acceptedInsteadOf.length > 0 ? ` ${t("checklist.result.alternative", { documents: acceptedInsteadOf.map((code) => t(`documents.kinds.${code}`)).join(", ") })}` : null}
          </p>
          {filesAndUpload(kind, filesOf(kind))}
        </section>
      ))}

      {mayChange && otherKinds.length > 0 ? (
        <section aria-labelledby="other-files-title" className="mb-8">
          <h2 id="other-files-title" className="mb-3 text-2xl font-semibold">
            {t("documents.otherFiles")}
          </h2>
          {otherKinds.map((kind) => (
            <div key={kind} className="mb-6">
              <h3 className="mb-2 text-xl font-semibold">{t(`documents.kinds.${kind}`)}</h3>
              <DocumentTable documents={filesOf(kind)} downloadHref={downloadHref} caption={t(`documents.kinds.${kind}`)} {...deleteProps} />
            </div>
          ))}
        </section>
      ) : null}
      {request?.items.map((kind) => (
        <section key={kind} id={`item-${kind}`} aria-labelledby={`item-${kind}-title`} className="mb-8">
          <h2 id={`item-${kind}-title`} className="mb-3 text-2xl font-semibold">
            {t(`documents.kinds.${kind}`)}
          </h2>
          {filesAndUpload(kind, answerFiles.filter((d) => d.kind === kind))}
        </section>
      ))}
      {request ? <AnswerInformationForm action={answerInformationAction} applicationId={dossier.id} version={dossier.version} /> : null}
      {request ? (
        <h2 className="mb-3 text-2xl font-semibold">{t("informationRequest.submittedFiles")}</h2>
      ) : null}
      {mayChange ? null : <DocumentGroups documents={readOnlyFiles} downloadHref={downloadHref} headingLevel={request ? 3 : 2} />}

      <div className="flex flex-wrap items-center gap-6">
        {checklist ? (
          <Link href={stepHref(dossier.id, "check")} className="inline-block rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
            {t("documents.continue")}
          </Link>
        ) : null}
        <Link href={`/dossiers/${dossier.id}`} className="inline-block font-semibold text-brand-600 underline">
          {t("documents.backToApplication")}
        </Link>
      </div>
    </div>
    </ClientMessages>
  );
}
