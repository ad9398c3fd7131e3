import de from "@/messages/de/request.json";
import en from "@/messages/en/request.json";
import fr from "@/messages/fr/request.json";
import nl from "@/messages/nl/request.json";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { smallPage } from "@/lib/i18n/unavailable-page";
import { MAX_ACTION_BODY_BYTES, type RequestRefusal } from "@/lib/security/request-guard";

const catalogs: Record<Locale, typeof en> = { nl, fr, de, en };

/**
 * A translator over the `request` namespace of `locale`. Through next-intl, because the build
 * precompiles the catalogs (next.config.ts): a message with a placeholder is no longer a string.
 */
const translate = (locale: Locale) => createTranslator({ locale, messages: { request: catalogs[locale] }, namespace: "request" });

/** The refusal's message in `locale` (`request.<reason>` in the catalogs). */
export function refusalMessage(refusal: RequestRefusal, locale: Locale): string {
  return translate(locale)(refusal.reason, { maxKiB: MAX_ACTION_BODY_BYTES / 1024 });
}

/**
 * The answer to a request refused in front of the portal: a small page (for a browser that posted a
 * form without JavaScript or followed a broken link), or the message as plain text (a script's
 * fetch, an action called by the portal's own scripts). Never cached; no script, no style.
 */
export function refusalResponse(refusal: RequestRefusal, options: { locale: Locale; html: boolean }): Response {
  const { locale, html } = options;
  const t = translate(locale);
  const message = refusalMessage(refusal, locale);
  const headers = { "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" };
  if (!html) return new Response(message, { status: refusal.status, headers: { ...headers, "Cache-Control": "no-store", "Content-Language": locale, "Content-Type": "text/plain; charset=utf-8" } });
  return smallPage({ locale, status: refusal.status, title: `${t("title")} — Working in Belgium`, heading: t("title"), text: message, link: { href: `/${locale}`, text: t("home") }, headers });
}
