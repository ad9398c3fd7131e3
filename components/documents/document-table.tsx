import { useFormatter, useTranslations } from "next-intl";
import type { DocumentKind } from "@/lib/generated/prisma/enums";

export interface DocumentRow {
  id: string;
  kind: DocumentKind;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
}

const typeLabel: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG" };

/**
 * The files of one checklist item (or of a whole dossier): each a download link, with its type,
 * size, the start of its sha256 (the full one in the title) and when it was uploaded. On a draft
 * the page passes `deleteAction`, a server action: each row's delete button is a form of its own
 * that works without JavaScript.
 */
export function DocumentTable({
  documents,
  downloadHref,
  caption,
  deleteAction,
  hiddenFields = {},
}: {
  documents: DocumentRow[];
  downloadHref: (documentId: string) => string;
  caption: string;
  deleteAction?: (formData: FormData) => Promise<void>;
  hiddenFields?: Record<string, string>;
}) {
  const t = useTranslations("documents");
  const format = useFormatter();
  return (
    <div className="mb-4 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-3">{t("file")}</th>
            <th scope="col" className="py-2 pr-3">{t("type")}</th>
            <th scope="col" className="py-2 pr-3">{t("size")}</th>
            <th scope="col" className="py-2 pr-3">{t("sha256")}</th>
            <th scope="col" className="py-2 pr-3">{t("uploadedAt")}</th>
            {deleteAction ? <th scope="col" className="py-2">{t("actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr key={document.id} className="border-b border-slate-300">
              <td className="py-2 pr-3 break-all">
                <a href={downloadHref(document.id)} className="text-brand-600 underline">
                  {document.fileName}
                </a>
              </td>
              <td className="py-2 pr-3">{typeLabel[document.mediaType] ?? document.mediaType}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{format.number(document.sizeBytes / (1024 * 1024), { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB</td>
              <td className="py-2 pr-3 font-mono text-sm" title={document.sha256}>
                {document.sha256.slice(0, 12)}…
              </td>
              <td className="py-2 pr-3">
                <time dateTime={document.uploadedAt.toISOString()}>{format.dateTime(document.uploadedAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              </td>
              {deleteAction ? (
                <td className="py-2">
                  <form action={deleteAction}>
                    {Object.entries(hiddenFields).map(([name, value]) => (
                      <input key={name} type="hidden" name={name} value={value} />
                    ))}
                    <input type="hidden" name="documentId" value={document.id} />
                    <button type="submit" aria-label={t("deleteLabel", { fileName: document.fileName })} className="rounded border-2 border-danger-600 px-3 py-1 font-semibold text-danger-600">
                      {t("delete")}
                    </button>
                  </form>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
