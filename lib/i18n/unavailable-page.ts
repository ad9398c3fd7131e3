import de from "@/messages/de/portal.json";
import en from "@/messages/en/portal.json";
import fr from "@/messages/fr/portal.json";
import nl from "@/messages/nl/portal.json";
import { isLocale, localeFromAcceptLanguage, type Locale } from "./locales";

const texts: Record<Locale, typeof en.unavailable> = { nl: nl.unavailable, fr: fr.unavailable, de: de.unavailable, en: en.unavailable };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The "temporarily unavailable" answer given while the database cannot be reached: 503 with
 * Retry-After, a small page with no script and no style sheet of ours (nothing more is served), in
 * the language of the path (`/fr/…`) or else of Accept-Language. Never stored by a cache.
 */
export function unavailablePage(pathname: string, acceptLanguage: string | null, retryAfterSeconds: number): Response {
  const first = pathname.split("/")[1] ?? "";
  const locale = isLocale(first) ? first : localeFromAcceptLanguage(acceptLanguage);
  const t = texts[locale];
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #0f172a">
<main><h1>${escape(t.heading)}</h1><p>${escape(t.body)}</p><p><a href="" style="color: #1d4ed8">${escape(t.retry)}</a></p></main>
</body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Language": locale,
      "Retry-After": String(retryAfterSeconds),
      "Cache-Control": "no-store",
    },
  });
}
