import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <div>
      <title>{t("title")}</title>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("text")}</p>
      <Link href="/" className="text-brand-600 underline">
        {t("home")}
      </Link>
    </div>
  );
}
