/** The portal's languages: the three national languages and English. */
export const locales = ["nl", "fr", "de", "en"] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The best supported language in an Accept-Language header; English when none matches. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return "en";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { language: tag.toLowerCase().split("-")[0] ?? "", quality: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality);
  return ranked.map((entry) => entry.language).find(isLocale) ?? "en";
}

/**
 * A translator for keys known only at run time (message keys carried by errors and events);
 * next-intl's typed `t` cannot check those.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
