"use client";

import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/locales";
import { acceptedMediaTypes, DATED_CERTIFICATES, extensionOf, megabytes, sizeError, uploadFieldsSchema, type DocumentLimits } from "@/lib/documents/upload-input";
import { Field, buttonClass, inputClass } from "@/components/forms/field";

const accept = [...acceptedMediaTypes, ...Object.values(extensionOf).flat()].join(",");

type Progress = { fileName: string; percent: number };
type Notice = { kind: "status" | "error"; text: string };

/**
 * The upload control of one checklist item. Without JavaScript it is a plain multipart form that
 * posts to the upload route, which answers with a redirect back to the page. With JavaScript the
 * same form is sent by XMLHttpRequest, which reports progress and can be cancelled; the same
 * checks as the server's run first, and the page's list is refreshed after a success.
 */
export function UploadForm({
  action,
  kind,
  itemLabel,
  locale,
  limits,
  usedBytes,
  serverError,
}: {
  action: string;
  kind: DocumentKind;
  itemLabel: string;
  locale: string;
  limits: DocumentLimits;
  usedBytes: number;
  /** The outcome of a post without JavaScript, translated. */
  serverError?: string;
}) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const request = useRef<XMLHttpRequest | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const error = notice?.kind === "error" ? notice.text : notice === null ? serverError : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    // Taken now: the file input is disabled while the upload runs, and disabled fields are not sent.
    const body = new FormData(form);
    const file = (form.elements.namedItem("file") as HTMLInputElement).files?.[0];
    const issuedOn = (form.elements.namedItem("issuedOn") as HTMLInputElement | null)?.value;
    const fields = uploadFieldsSchema.safeParse({ kind, fileName: file?.name ?? "", issuedOn });
    if (!fields.success || !file) {
      setNotice({ kind: "error", text: t(fields.error?.issues[0]?.message ?? "documents.errors.fileRequired") });
      return;
    }
    const tooLarge = sizeError(file.size, usedBytes, limits);
    if (tooLarge) {
      setNotice({ kind: "error", text: t(tooLarge.message, tooLarge.values) });
      return;
    }

    const xhr = new XMLHttpRequest();
    request.current = xhr;
    const fileName = fields.data.fileName;
    setNotice(null);
    setProgress({ fileName, percent: 0 });
    xhr.upload.onprogress = (progressEvent) => {
      if (progressEvent.lengthComputable) setProgress({ fileName, percent: Math.floor((progressEvent.loaded / progressEvent.total) * 100) });
    };
    xhr.onload = () => {
      setProgress(null);
      if (xhr.status >= 200 && xhr.status < 300) {
        form.reset();
        setNotice({ kind: "status", text: t("documents.uploaded", { fileName }) });
        router.refresh();
        return;
      }
      setNotice({ kind: "error", text: errorText(xhr, t) });
    };
    xhr.onerror = () => {
      setProgress(null);
      setNotice({ kind: "error", text: t("documents.errors.uploadFailed") });
    };
    xhr.onabort = () => {
      setProgress(null);
      setNotice({ kind: "status", text: t("documents.cancelled", { fileName }) });
    };
    xhr.open("POST", action);
    xhr.setRequestHeader("Accept", "application/json");
    // The route answers errors in this language; the page's, not the browser's default.
    xhr.setRequestHeader("Accept-Language", locale);
    xhr.send(body);
  }

  return (
    <form method="post" encType="multipart/form-data" action={action} onSubmit={submit} noValidate className="rounded bg-slate-50 p-3">
      {/* The fields before the file: the server reads them before the file's bytes arrive. */}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={kind} />
      {DATED_CERTIFICATES.includes(kind) ? (
        <Field path={`issuedOn.${kind}`} label={t("documents.issuedOn")} hint={t("documents.issuedOnHint")}>
          {(props) => <input {...props} type="date" name="issuedOn" disabled={progress !== null} className={`${inputClass} max-w-56`} />}
        </Field>
      ) : null}
      <Field path={`file.${kind}`} label={t("documents.uploadLabel", { item: itemLabel })} hint={t("documents.uploadHint", { maxMB: megabytes(limits.maxFileBytes) })} error={error}>
        {(props) => <input {...props} type="file" name="file" accept={accept} disabled={progress !== null} className="block w-full max-w-md" />}
      </Field>
      {progress ? (
        <div className="flex flex-wrap items-center gap-3">
          <progress value={progress.percent} max={100} aria-label={t("documents.uploading", { fileName: progress.fileName })} className="h-4 w-64" />
          <span aria-hidden="true">{progress.percent}%</span>
          <button type="button" onClick={() => request.current?.abort()} className="rounded border-2 border-danger-600 px-3 py-1 font-semibold text-danger-600">
            {t("documents.cancel")}
          </button>
        </div>
      ) : (
        <button type="submit" className={buttonClass}>
          {t("documents.upload")}
        </button>
      )}
      <p role="status" className="mt-2 font-semibold text-success-700">
        {notice?.kind === "status" ? notice.text : ""}
      </p>
    </form>
  );
}

/** The route's answer to a failed upload, as the reader should see it. */
function errorText(xhr: XMLHttpRequest, t: Translate): string {
  try {
    const body = JSON.parse(xhr.responseText) as { errors?: { message: string }[]; error?: string };
    if (body.errors?.[0]) return body.errors[0].message;
    if (body.error && body.error !== "UNEXPECTED") return t(`errors.${body.error}`);
  } catch {
    // Not JSON: a proxy's page, a cut connection.
  }
  return t("documents.errors.uploadFailed");
}
