import de from "@/messages/de/request.json";
import en from "@/messages/en/request.json";
import fr from "@/messages/fr/request.json";
import nl from "@/messages/nl/request.json";
import { createTranslator } from "next-intl";
import { isLocale, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { MAX_ACTION_BODY_BYTES, type RequestRefusal } from "@/lib/security/request-guard";

const catalogs: Record<Locale, typeof en> = { nl, fr, de, en };

/** The language of a refused request: the path's first segment when it names one, else Accept-Language. */
export function refusalLocale(rawPathname: string, acceptLanguage: string | null): Locale {
  const first = rawPathname.split("/")[1];
  return isLocale(first) ? first : localeFromAcceptLanguage(acceptLanguage);
}

/**
 * A translator over the `request` namespace of `locale`. Through next-intl, because the build
 * precompiles the catalogs (next.config.ts): a message with a placeholder is no longer a string.
 */
const translate = (locale: Locale) => createTranslator({ locale, messages: { request: catalogs[locale] }, namespace: "request" });

/** The refusal's message in `locale` (`request.<reason>` in the catalogs). */
export function refusalMessage(refusal: RequestRefusal, locale: Locale): string {
  return translate(locale)(refusal.reason, { maxKiB: MAX_ACTION_BODY_BYTES / 1024 });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The answer to a request refused in front of the portal: a small page (for a browser that posted a
 * form without JavaScript or followed a broken link), or the message as plain text (a script's
 * fetch, an action called by the portal's own scripts). Never cached; no script, no style.
 */
export function refusalResponse(refusal: RequestRefusal, options: { locale: Locale; html: boolean }): Response {
  const { locale, html } = options;
  const t = translate(locale);
  const message = refusalMessage(refusal, locale);
  const headers = { "Cache-Control": "no-store", "Content-Language": locale, "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" };
  if (!html) return new Response(message, { status: refusal.status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  const page = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t("title"))} — Working in Belgium</title></head>
<body><main><h1>${escapeHtml(t("title"))}</h1><p>${escapeHtml(message)}</p><p><a href="/${locale}">${escapeHtml(t("home"))}</a></p></main></body></html>
`;
  return new Response(page, { status: refusal.status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
