import { useTranslations } from "next-intl";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { DocumentTable, type DocumentRow } from "./document-table";

/**
 * Documents grouped by checklist item, read-only, each group under a heading of the given level:
 * what everyone who may read a submitted dossier sees (the filer, the worker, the caseworkers).
 */
export function DocumentGroups({
  documents,
  downloadHref,
  headingLevel,
}: {
  documents: DocumentRow[];
  downloadHref: (documentId: string) => string;
  headingLevel: 2 | 3;
}) {
  const t = useTranslations("documents");
  const kinds = [...new Set(documents.map((d) => d.kind))] as DocumentKind[];
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (documents.length === 0) return <p className="mb-8">{t("none")}</p>;
  return kinds.map((kind) => (
    <section key={kind} aria-labelledby={`files-${kind}-title`} className="mb-6">
      <Heading id={`files-${kind}-title`} className={headingLevel === 2 ? "mb-3 text-2xl font-semibold" : "mb-2 text-xl font-semibold"}>
        {t(`kinds.${kind}`)}
      </Heading>
      <DocumentTable documents={documents.filter((d) => d.kind === kind)} downloadHref={downloadHref} caption={t(`kinds.${kind}`)} />
    </section>
  ));
}
