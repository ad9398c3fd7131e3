import de from "@/messages/de/portal.json";
import en from "@/messages/en/portal.json";
import fr from "@/messages/fr/portal.json";
import nl from "@/messages/nl/portal.json";
import { isLocale, localeFromAcceptLanguage, type Locale } from "./locales";

const texts: Record<Locale, typeof en.unavailable> = { nl: nl.unavailable, fr: fr.unavailable, de: de.unavailable, en: en.unavailable };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The language of a page answered in front of the portal (by the proxy, before next-intl): the
 * path's first segment when it names a locale, else Accept-Language. The path itself is never
 * written into the page.
 */
export function pageLocale(pathname: string, acceptLanguage: string | null): Locale {
  const first = pathname.split("/")[1] ?? "";
  return isLocale(first) ? first : localeFromAcceptLanguage(acceptLanguage);
}

export interface SmallPage {
  locale: Locale;
  status: number;
  title: string;
  heading: string;
  text: string;
  link: { href: string; text: string };
  /** Inline styles for a readable page; leave out where the page's Content-Security-Policy forbids them. */
  styled?: boolean;
  /** Beside Content-Type, Content-Language and Cache-Control, which every such page has. */
  headers?: Record<string, string>;
}

/**
 * A small page answered in front of the portal, in the reader's language: a heading, one
 * paragraph and one link, with no script and no style sheet of ours (nothing more is served), every
 * text escaped. Never stored by a cache. The outage page below and the refused request's page
 * (app/_server/refusal-page.ts) are this page.
 */
export function smallPage({ locale, status, title, heading, text, link, styled = false, headers = {} }: SmallPage): Response {
  const style = (css: string) => (styled ? ` style="${css}"` : "");
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title></head>
<body${style("font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #0f172a")}>
<main><h1>${escape(heading)}</h1><p>${escape(text)}</p><p><a href="${escape(link.href)}"${style("color: #1d4ed8")}>${escape(link.text)}</a></p></main>
</body></html>
`;
  return new Response(html, {
    status,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Language": locale, "Cache-Control": "no-store" },
  });
}

/**
 * The "temporarily unavailable" answer given while the database cannot be reached: 503 with
 * Retry-After, a small page in the language of the path (`/fr/…`) or else of Accept-Language.
 */
export function unavailablePage(pathname: string, acceptLanguage: string | null, retryAfterSeconds: number): Response {
  const locale = pageLocale(pathname, acceptLanguage);
  const t = texts[locale];
  return smallPage({ locale, status: 503, title: t.title, heading: t.heading, text: t.body, link: { href: "", text: t.retry }, styled: true, headers: { "Retry-After": String(retryAfterSeconds) } });
}
