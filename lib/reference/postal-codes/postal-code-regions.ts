import { Region } from "@/lib/generated/prisma/enums";
import { GEOGRAPHIC_POSTAL_CODE_STEPS, NON_GEOGRAPHIC_POSTAL_CODES } from "./postal-code-regions.data";

/**
 * Whether a postal code exists and which region is competent there, without the localities: small
 * enough for the browser (under a kilobyte gzipped, against some 19 KiB for postal-codes.ts's
 * table), so the routing form can validate codes and show the region while the visitor types.
 * The full table (postal-codes.ts) stays the source of the localities' names; a unit test proves
 * that both agree on every code from 0000 to 9999.
 */

/** A geographic code and its region, or an organisation's code, which has none. */
export type PostalCodeRegion = { geographic: true; region: Region } | { geographic: false; region: null };

/**
 * The region of each range of the bpost numbering (REFERENCE.md §1, counted on the source list):
 * Brussels 1000–1299, Walloon Brabant 1300–1499, Flemish Brabant, Antwerp and Limburg 1500–3999,
 * Liège, Namur, Luxembourg and Hainaut 4000–7999, West and East Flanders 8000–9999. The German
 * language area's nine municipalities have exactly the codes 4700–4791 that exist; nothing else
 * in that block does.
 */
const RANGES: readonly { from: number; to: number; region: Region }[] = [
  { from: 1000, to: 1299, region: Region.BRUSSELS_CAPITAL_REGION },
  { from: 1300, to: 1499, region: Region.WALLOON_REGION },
  { from: 1500, to: 3999, region: Region.FLEMISH_REGION },
  { from: 4700, to: 4791, region: Region.GERMAN_SPEAKING_COMMUNITY },
  { from: 4000, to: 7999, region: Region.WALLOON_REGION },
  { from: 8000, to: 9999, region: Region.FLEMISH_REGION },
];

let geographicCodes: ReadonlySet<number> | undefined;

// Decoded on first use, so that importing the module costs nothing until a code is looked up.
function geographic(): ReadonlySet<number> {
  if (!geographicCodes) {
    let code = 0;
    geographicCodes = new Set(GEOGRAPHIC_POSTAL_CODE_STEPS.split(",").map((step) => (code += parseInt(step, 36))));
  }
  return geographicCodes;
}

/** The region of a 4-digit postal code; undefined when Belgium has no such code. */
export function postalCodeRegion(code: string): PostalCodeRegion | undefined {
  if (!/^\d{4}$/.test(code)) return undefined;
  if (NON_GEOGRAPHIC_POSTAL_CODES.includes(code)) return { geographic: false, region: null };
  const number = Number(code);
  if (!geographic().has(number)) return undefined;
  const range = RANGES.find(({ from, to }) => number >= from && number <= to);
  // The agreement test covers every code, so a code outside all ranges cannot be in the data.
  if (!range) throw new Error(`Postal code ${code} lies outside the known ranges`);
  return { geographic: true, region: range.region };
}
