import { Region } from "@/lib/generated/prisma/enums";
import { POSTAL_CODE_ROWS } from "./postal-codes.data";

/**
 * Every Belgian postal code with its localities and the region competent for employment there.
 * Plain data and no Node or Next.js imports: the filing wizard imports it in the browser to show
 * the routing reason live. See PROVENANCE.md for where the data comes from.
 */

export type LocalityLanguage = "nl" | "fr" | "de";

/** A place name in each national language that has one of its own. */
export type LocalizedName = Partial<Record<LocalityLanguage, string>>;

export interface Locality {
  name: LocalizedName;
  /** True for a municipality, false for a sub-municipality (deelgemeente, section) of one. */
  municipality: boolean;
}

/**
 * A geographic code has its localities, the municipality first. A non-geographic code belongs to
 * an organisation (parliaments, broadcasters, SHAPE, NATO, Saint Nicholas' letters) and has no
 * region, so it cannot be a place of work.
 */
export type PostalCodeEntry =
  | { postalCode: string; geographic: true; region: Region; localities: Locality[] }
  | { postalCode: string; geographic: false; region: null; localities: []; addressee: string };

const REGION_BY_LETTER: Readonly<Record<string, Region>> = {
  F: Region.FLEMISH_REGION,
  B: Region.BRUSSELS_CAPITAL_REGION,
  W: Region.WALLOON_REGION,
  G: Region.GERMAN_SPEAKING_COMMUNITY,
};

/** The language(s) of the language area a region's localities lie in; Brussels is bilingual. */
const LOCAL_LANGUAGES: Readonly<Record<Region, readonly LocalityLanguage[]>> = {
  FLEMISH_REGION: ["nl"],
  BRUSSELS_CAPITAL_REGION: ["fr", "nl"],
  WALLOON_REGION: ["fr"],
  GERMAN_SPEAKING_COMMUNITY: ["de"],
};

const LANGUAGES: readonly LocalityLanguage[] = ["nl", "fr", "de"];

function isLocalityLanguage(value: string): value is LocalityLanguage {
  return (LANGUAGES as readonly string[]).includes(value);
}

// The row format is documented in postal-codes.data.ts, which build-postal-codes.ts writes.
function decodeLocality(encoded: string, region: Region): Locality {
  const municipality = encoded.startsWith("*");
  const text = municipality ? encoded.slice(1) : encoded;
  const name: LocalizedName = {};
  if (text.includes("=")) {
    for (const pair of text.split("|")) {
      const [language = "", value = ""] = pair.split("=");
      if (isLocalityLanguage(language)) name[language] = value;
    }
  } else {
    for (const language of LOCAL_LANGUAGES[region]) name[language] = text;
  }
  return { name, municipality };
}

function decodeRow(row: string): PostalCodeEntry {
  const postalCode = row.slice(0, 4);
  const region = REGION_BY_LETTER[row.charAt(4)];
  const rest = row.slice(5);
  if (!region) return { postalCode, geographic: false, region: null, localities: [], addressee: rest };
  return { postalCode, geographic: true, region, localities: rest.split(";").map((l) => decodeLocality(l, region)) };
}

let index: ReadonlyMap<string, PostalCodeEntry> | undefined;

// Decoded on first use so that merely importing the module (e.g. for its types) costs nothing.
function entries(): ReadonlyMap<string, PostalCodeEntry> {
  index ??= new Map(POSTAL_CODE_ROWS.map((row) => [row.slice(0, 4), decodeRow(row)]));
  return index;
}

/** The entry for a 4-digit postal code, or undefined when Belgium has no such code. */
export function lookupPostalCode(code: string): PostalCodeEntry | undefined {
  return entries().get(code);
}

/** The competent region for a postal code; undefined when the code is unknown or non-geographic. */
export function regionOfPostalCode(code: string): Region | undefined {
  const entry = lookupPostalCode(code);
  return entry?.geographic ? entry.region : undefined;
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
