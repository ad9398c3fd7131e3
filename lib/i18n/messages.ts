import type { Locale } from "./locales";

/**
 * The message catalog of one language. `portal.json` holds the portal's own namespaces at the top
 * level; every other file is one namespace named after the file (`routing.json` → `routing`), so
 * that an area's messages can be shared with a route handler or owned by one feature.
 */
export const namespaceFiles = ["routing", "whichRegion", "checklist", "documents", "filing", "deadlines", "processingTimes", "organisation", "eligibility", "accounts", "request", "workspace"] as const;

export async function loadMessages(locale: Locale) {
  const [portal, ...namespaces] = await Promise.all([
    import(`../../messages/${locale}/portal.json`).then((m) => m.default),
    ...namespaceFiles.map((file) => import(`../../messages/${locale}/${file}.json`).then((m) => m.default)),
  ]);
  return { ...portal, ...Object.fromEntries(namespaceFiles.map((file, index) => [file, namespaces[index]])) };
}

export type Messages = Awaited<ReturnType<typeof loadMessages>>;
