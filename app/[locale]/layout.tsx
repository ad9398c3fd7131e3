import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { SiteHeader } from "@/components/layout/site-header";
import { ClientMessages } from "@/components/i18n/client-messages-provider";
import { getSignedIn } from "@/app/_server/session";
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
 * The header's signed-in person, or none while the database cannot be reached: the page's own error
 * boundary (error.tsx, inside this layout and its translations) then says the portal is unavailable.
 */
async function signedInUnlessUnavailable() {
  try {
    return await getSignedIn();
  } catch (error) {
    if (noteIfDatabaseUnavailable(error)) return null;
    throw error;
  }
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, signedIn] = await Promise.all([getTranslations({ locale, namespace: "common" }), signedInUnlessUnavailable()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        {/* Only what the header's client components need: a page hands its own forms their messages. */}
        <ClientMessages of={["everyPage"]}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
            {t("skipToContent")}
          </a>
          <SiteHeader
            locale={locale}
            signedIn={signedIn && { actor: signedIn.actor, switchesHats: signedIn.hats.length > 1 }}
            signOutAction={signOutAction}
          />
          <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8">
            {children}
          </main>
        </ClientMessages>
      </body>
    </html>
  );
}
