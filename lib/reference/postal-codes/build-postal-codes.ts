/**
 * Writes postal-codes.data.ts from be-postal-codes.csv (the bpost list, see PROVENANCE.md) and the
 * names in locality-names.ts, and postal-code-regions.data.ts (the codes alone, for the browser)
 * from the CSV. Run it after changing either:
 *
 *   npx tsx lib/reference/postal-codes/build-postal-codes.ts
 *
 * A unit test rebuilds both modules in memory and fails when a committed one is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LocalizedName } from "./postal-codes";
import { LOCALITY_NAMES } from "./locality-names";

const HERE = fileURLToPath(new URL(".", import.meta.url));
export const CSV_PATH = resolve(HERE, "be-postal-codes.csv");
export const DATA_MODULE_PATH = resolve(HERE, "postal-codes.data.ts");
export const REGIONS_DATA_MODULE_PATH = resolve(HERE, "postal-code-regions.data.ts");

/** The source names provinces in French; the region follows from the province. */
const REGION_LETTER_BY_PROVINCE: Readonly<Record<string, string>> = {
  "Bruxelles (19 communes)": "B",
  Anvers: "F",
  "Brabant Flamand": "F",
  Limbourg: "F",
  "Flandre-Occidentale": "F",
  "Flandre-Orientale": "F",
  "Brabant Wallon": "W",
  Hainaut: "W",
  Liège: "W",
  Luxembourg: "W",
  Namur: "W",
};

/**
 * The nine municipalities of the German language area have 4700–4791, and nothing else in the
 * 47xx block exists; their neighbours Malmedy (4960) and Waimes (4950) stay Walloon.
 */
function isGermanLanguageArea(code: number): boolean {
  return code >= 4700 && code <= 4791;
}

const PARTICLES = new Set(["à", "aan", "au", "aux", "bij", "de", "den", "der", "des", "devant", "du", "en", "het", "in", "la", "le", "les", "lez", "op", "sous", "sur", "ten", "ter"]);

/**
 * The source writes municipalities in capitals (HEIST-OP-DEN-BERG, BRAINE-L'ALLEUD) and capitalises
 * every word of the others (Jupille-Sur-Meuse, 'S Herenelderen); this restores the usual spelling,
 * with particles inside a name in lower case.
 */
export function municipalityCase(name: string): string {
  if (name !== name.toUpperCase()) {
    return name
      .replace(/^'S /, "'s ")
      .replace(/-'T-/g, "-'t-")
      .replace(/-([^\s'-]+)(?=-)/g, (match, word: string) => (PARTICLES.has(word.toLocaleLowerCase("fr")) ? `-${word.toLocaleLowerCase("fr")}` : match));
  }
  const lower = name.toLocaleLowerCase("fr");
  return lower.replace(/[^\s'-]+/g, (word, offset: number) => {
    const elided = (word === "l" || word === "d") && lower[offset + 1] === "'";
    if (offset > 0 && (PARTICLES.has(word) || elided)) return word;
    return word.charAt(0).toLocaleUpperCase("fr") + word.slice(1);
  });
}

interface SourceRow {
  postalCode: string;
  locality: string;
  municipality: boolean;
  regionLetter: string;
}

function parseRow(line: string, lineNumber: number): SourceRow {
  const fields = line.split(",");
  const [postalCode = "", rawLocality = "", submunicipality = "", province = ""] = fields;
  const locality = rawLocality.trim();
  const fail = (why: string) => new Error(`be-postal-codes.csv line ${lineNumber}: ${why}: ${line}`);
  if (fields.length !== 4) throw fail("expected 4 fields");
  if (!/^\d{4}$/.test(postalCode)) throw fail("postal code is not 4 digits");
  if (!locality || /[;|=*]/.test(locality)) throw fail("empty locality or one with a separator character");
  if (province === "") {
    if (submunicipality !== "") throw fail("non-geographic code marked as (sub-)municipality");
    return { postalCode, locality, municipality: false, regionLetter: "X" };
  }
  const provinceLetter = REGION_LETTER_BY_PROVINCE[province];
  if (!provinceLetter) throw fail(`unknown province ${province}`);
  if (submunicipality !== "Oui" && submunicipality !== "Non") throw fail("is_submunicipality is not Oui/Non");
  const german = isGermanLanguageArea(Number(postalCode));
  if (german && province !== "Liège") throw fail("German language area outside the province of Liège");
  return { postalCode, locality, municipality: submunicipality === "Non", regionLetter: german ? "G" : provinceLetter };
}

function encodeName(name: LocalizedName): string {
  return (["nl", "fr", "de"] as const)
    .flatMap((language) => (name[language] ? [`${language}=${name[language]}`] : []))
    .join("|");
}

function parseCsv(csv: string): { rows: SourceRow[]; byCode: Map<string, SourceRow[]> } {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== "");
  const rows = lines.map((line, i) => parseRow(line, i + 1));
  const byCode = new Map<string, SourceRow[]>();
  for (const row of rows) byCode.set(row.postalCode, [...(byCode.get(row.postalCode) ?? []), row]);
  return { rows, byCode };
}

/** The source text of postal-codes.data.ts for the given CSV. */
export function buildPostalCodeModule(csv: string, names: Readonly<Record<string, LocalizedName>> = LOCALITY_NAMES): string {
  const { rows, byCode } = parseCsv(csv);

  const unused = new Set(Object.keys(names));
  const encoded = [...byCode.keys()].sort().map((postalCode) => {
    const group = byCode.get(postalCode) ?? [];
    const letters = new Set(group.map((row) => row.regionLetter));
    if (letters.size !== 1) throw new Error(`Postal code ${postalCode} spans regions ${[...letters].join(", ")}`);
    const [letter = ""] = letters;
    if (letter === "X") {
      if (group.length !== 1) throw new Error(`Non-geographic postal code ${postalCode} has several rows`);
      return `${postalCode}X${group[0]?.locality}`;
    }
    const ordered = [...group.filter((row) => row.municipality), ...group.filter((row) => !row.municipality)];
    const localities = ordered.map((row) => {
      const translated = names[row.locality];
      unused.delete(row.locality);
      return (row.municipality ? "*" : "") + (translated ? encodeName(translated) : municipalityCase(row.locality));
    });
    return `${postalCode}${letter}${localities.join(";")}`;
  });
  if (unused.size > 0) throw new Error(`locality-names.ts has names that match no row: ${[...unused].join(", ")}`);

  return `// Generated by build-postal-codes.ts from be-postal-codes.csv and locality-names.ts: do not edit.

/** Rows of the source list: one per locality, and one per non-geographic code. */
export const SOURCE_ROW_COUNT = ${rows.length};

/**
 * One string per postal code: its four digits, its region (F Flemish, B Brussels-Capital,
 * W Walloon, G German-speaking Community, X non-geographic), then its localities separated by ";",
 * the municipality first. A locality starting with "*" is a municipality. Its name is either
 * "nl=…|fr=…|de=…" or bare, in the language of its region (French and Dutch alike in Brussels).
 * For X the rest of the string is the organisation the code belongs to.
 */
export const POSTAL_CODE_ROWS: readonly string[] = [
${encoded.map((row) => `  ${JSON.stringify(row)},`).join("\n")}
];
`;
}

/**
 * The source text of postal-code-regions.data.ts: which codes exist, without their localities.
 * The region follows from ranges (postal-code-regions.ts), so only the codes themselves are
 * written, each as its distance from the previous one in base 36 (mostly one character: codes
 * come in steps of 1 to 10), which gzips to well under a kilobyte.
 */
export function buildPostalCodeRegionsModule(csv: string): string {
  const { byCode } = parseCsv(csv);
  const codes = [...byCode.keys()].sort();
  const nonGeographic = codes.filter((code) => byCode.get(code)?.some((row) => row.regionLetter === "X"));
  const geographic = codes.filter((code) => !nonGeographic.includes(code));
  const steps = geographic.map((code, i) => (Number(code) - (i === 0 ? 0 : Number(geographic[i - 1]))).toString(36));
  return `// Generated by build-postal-codes.ts from be-postal-codes.csv: do not edit.

/**
 * The geographic postal codes in ascending order, each written as its distance from the previous
 * one (the first from 0) in base 36, separated by ",".
 */
export const GEOGRAPHIC_POSTAL_CODE_STEPS = ${JSON.stringify(steps.join(","))};

/** The codes of organisations (parliaments, broadcasters, SHAPE, NATO, Saint Nicholas' letters). */
export const NON_GEOGRAPHIC_POSTAL_CODES: readonly string[] = ${JSON.stringify(nonGeographic)};
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const csv = readFileSync(CSV_PATH, "utf8");
  writeFileSync(DATA_MODULE_PATH, buildPostalCodeModule(csv));
  writeFileSync(REGIONS_DATA_MODULE_PATH, buildPostalCodeRegionsModule(csv));
  console.log(`Wrote ${DATA_MODULE_PATH} and ${REGIONS_DATA_MODULE_PATH}`);
}
