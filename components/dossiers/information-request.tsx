import { useFormatter, useTranslations } from "next-intl";
import type { DocumentKind } from "@/lib/generated/prisma/enums";

/** What the caseworker asked for: the message, the documents asked for and the last day to answer. */
export function InformationRequestSummary({
  request,
  headingLevel,
}: {
  request: { message: string; items: DocumentKind[]; dueOn: Date };
  headingLevel: 2 | 3;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="information-request-title" className="mb-8 border-l-4 border-brand-600 bg-brand-50 p-4">
      <Heading id="information-request-title" className="mb-2 text-2xl font-semibold">
        {t("informationRequest.title")}
      </Heading>
      <p className="mb-2 font-semibold">{t("informationRequest.dueOn", { day: format.dateTime(request.dueOn, { dateStyle: "long", timeZone: "UTC" }) })}</p>
      <p className="mb-2 whitespace-pre-line">{request.message}</p>
      {request.items.length > 0 ? (
        <>
          <p className="mb-1">{t("informationRequest.documentsAskedFor")}</p>
          <ul className="list-disc pl-6">
            {request.items.map((kind) => (
              <li key={kind}>{t(`documents.kinds.${kind}`)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
