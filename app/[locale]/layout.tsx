import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { SiteHeader } from "@/components/layout/site-header";
import { getActor } from "@/app/_server/session";
import { noteIfDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { signOutAction } from "./sign-in/actions";
import "../globals.css";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

/**
 * The header's actor, or none while the database cannot be reached: the page's own error boundary
 * (error.tsx, inside this layout and its translations) then says the portal is unavailable.
 */
async function actorUnlessUnavailable() {
  try {
    return await getActor();
  } catch (error) {
    if (noteIfDatabaseUnavailable(error)) return null;
    throw error;
  }
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, actor] = await Promise.all([getTranslations({ locale, namespace: "common" }), actorUnlessUnavailable()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <NextIntlClientProvider>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
            {t("skipToContent")}
          </a>
          <SiteHeader locale={locale} actor={actor} signOutAction={signOutAction} />
          <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
