"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { locales } from "@/lib/i18n/locales";

/** Plain links, one per language, each naming its language in that language. */
export function LanguageSwitcher() {
  const t = useTranslations("common");
  const pathname = usePathname();
  const current = useLocale();
  return (
    <nav aria-label={t("languageSwitcher")}>
      <ul className="flex gap-2 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className={`rounded px-2 py-1 text-white ${locale === current ? "bg-white/20 font-semibold" : "underline hover:bg-brand-700"}`}
            >
              {t(`languages.${locale}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
