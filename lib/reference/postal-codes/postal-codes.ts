import { Region } from "@/lib/generated/prisma/enums";
import { isLocalityLanguage, LOCAL_LANGUAGES, type LocalizedName } from "./locality-name";
import { POSTAL_CODE_ROWS } from "./postal-codes.data";

export { localityName, type LocalityLanguage, type LocalizedName } from "./locality-name";

/**
 * Every Belgian postal code with its localities and the region competent for employment there.
 * Plain data and no Node or Next.js imports. Some 19 KiB gzipped: the browser gets
 * postal-code-regions.ts instead where it can. See PROVENANCE.md for where the data comes from.
 */

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

/** The names of a geographic postal code's main locality (its municipality when it has one). */
export function mainLocalityName(code: string): LocalizedName | undefined {
  const entry = lookupPostalCode(code);
  return entry?.geographic ? entry.localities[0]?.name : undefined;
}

/** Main-locality names by postal code, as the browser asks for them (postal-code-regions.ts has no names). */
export type LocalityNames = Record<string, LocalizedName>;

/**
 * The main-locality names of the given postal codes. Whoever calls it may send anything: what is
 * not a known geographic code is left out, and only the first `max` entries are looked at.
 */
export function mainLocalityNames(postalCodes: unknown, max: number): LocalityNames {
  const codes: unknown[] = Array.isArray(postalCodes) ? postalCodes.slice(0, max) : [];
  return Object.fromEntries(
    codes.flatMap((code) => {
      const name = typeof code === "string" ? mainLocalityName(code) : undefined;
      return name ? [[code, name]] : [];
    }),
  );
}
