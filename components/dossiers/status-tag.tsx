import { useTranslations } from "next-intl";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { unsuccessfulStatuses } from "@/lib/lifecycle/lifecycle";

export function StatusTag({ status }: { status: ApplicationStatus }) {
  const t = useTranslations("statuses");
  const tone =
    status === "DRAFT"
      ? "bg-slate-100 text-slate-800"
      : status === "GRANTED"
        ? "bg-green-100 text-green-900"
        : unsuccessfulStatuses.includes(status)
          ? "bg-red-100 text-red-900"
          : "bg-brand-100 text-brand-900";
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${tone}`}>{t(status)}</span>;
}
