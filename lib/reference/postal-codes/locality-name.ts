import type { Region } from "@/lib/generated/prisma/enums";

/**
 * Place names and the language to show them in, apart from the postal-code table
 * (postal-codes.ts), so that code that only words a name it was given does not carry the table.
 */

export type LocalityLanguage = "nl" | "fr" | "de";

/** A place name in each national language that has one of its own. */
export type LocalizedName = Partial<Record<LocalityLanguage, string>>;

/** The language(s) of the language area a region's localities lie in; Brussels is bilingual. */
export const LOCAL_LANGUAGES: Readonly<Record<Region, readonly LocalityLanguage[]>> = {
  FLEMISH_REGION: ["nl"],
  BRUSSELS_CAPITAL_REGION: ["fr", "nl"],
  WALLOON_REGION: ["fr"],
  GERMAN_SPEAKING_COMMUNITY: ["de"],
};

const LANGUAGES: readonly LocalityLanguage[] = ["nl", "fr", "de"];

export function isLocalityLanguage(value: string): value is LocalityLanguage {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The name to show a reader: in the reader's language when the place has a name of its own in it
 * (Luik for a Dutch reader), otherwise the local name (Kortrijk, not Courtrai, for a German or
 * English reader). `readerLanguage` may be any locale; only nl, fr and de have place names.
 */
export function localityName(name: LocalizedName, region: Region, readerLanguage: string): string {
  const preferred = isLocalityLanguage(readerLanguage) ? [readerLanguage] : [];
  for (const language of [...preferred, ...LOCAL_LANGUAGES[region], ...LANGUAGES]) {
    const value = name[language];
    if (value) return value;
  }
  throw new Error("A locality has at least one name");
}
