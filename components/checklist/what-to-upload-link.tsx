import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** The landing page's way to the public "What must I upload?" page. */
export function WhatToUploadLink() {
  const t = useTranslations("checklist");
  return (
    <p className="mt-3">
      <Link href="/what-to-upload" className="font-semibold text-brand-600 underline hover:text-brand-700">
        {t("landingLink")}
      </Link>
    </p>
  );
}
