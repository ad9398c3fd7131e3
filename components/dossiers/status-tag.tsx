import { useTranslations } from "next-intl";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { unsuccessfulStatuses } from "@/lib/lifecycle/lifecycle";

/**
 * A dossier's status as a coloured tag. Its styles are named utilities (app/globals.css), not a
 * dozen classes per tag: a page of the workspace carries 90 tags twice (HTML and RSC payload).
 */
export function StatusTag({ status }: { status: ApplicationStatus }) {
  const t = useTranslations("statuses");
  const tone = status === "DRAFT" ? "tag-draft" : status === "GRANTED" ? "tag-granted" : unsuccessfulStatuses.includes(status) ? "tag-refused" : "tag-open";
  return <span className={`tag ${tone}`}>{t(status)}</span>;
}
