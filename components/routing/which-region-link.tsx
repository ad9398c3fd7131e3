import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** The landing page's way to the public "Which region handles my application?" page. */
export function WhichRegionLink() {
  const t = useTranslations("whichRegion");
  return (
    <p className="mt-6">
      <Link href="/which-region" className="font-semibold text-brand-600 underline hover:text-brand-700">
        {t("landingLink")}
      </Link>
    </p>
  );
}
