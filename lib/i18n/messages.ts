import type { Locale } from "./locales";

/**
 * The message catalog of one language. Each locale has one file per area; `routing.json` holds the
 * routing rule's reasons, shared by the portal and the public routing endpoint.
 */
export async function loadMessages(locale: Locale) {
  const [portal, routing] = await Promise.all([
    import(`../../messages/${locale}/portal.json`).then((m) => m.default),
    import(`../../messages/${locale}/routing.json`).then((m) => m.default),
  ]);
  return { ...portal, routing };
}

export type Messages = Awaited<ReturnType<typeof loadMessages>>;
