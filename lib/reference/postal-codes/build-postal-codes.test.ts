import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildPostalCodeModule, buildPostalCodeRegionsModule, CSV_PATH, DATA_MODULE_PATH, municipalityCase, REGIONS_DATA_MODULE_PATH } from "./build-postal-codes";

describe("build-postal-codes", () => {
  const csv = readFileSync(CSV_PATH, "utf8");

  it("has the source list's 2,823 rows in the repository's copy", () => {
    expect(csv.trim().split("\n")).toHaveLength(2823);
  });

  it("produced the committed data module from the committed CSV and names (rerun it after changing them)", () => {
    expect(buildPostalCodeModule(csv)).toBe(readFileSync(DATA_MODULE_PATH, "utf8"));
    expect(buildPostalCodeRegionsModule(csv)).toBe(readFileSync(REGIONS_DATA_MODULE_PATH, "utf8"));
  });

  it("writes the codes alone as steps from one to the next, organisations' codes apart", () => {
    const source = buildPostalCodeRegionsModule(["1000,BRUXELLES,Non,Bruxelles (19 communes)", "1005,PARLEMENT,,", "1020,Laeken,Oui,Bruxelles (19 communes)", "1020,X,Oui,Bruxelles (19 communes)", "1056,Y,Oui,Bruxelles (19 communes)"].join("\n"));
    // 1000 from 0, then 1020 (+20), then 1056 (+36), in base 36.
    expect(source).toContain('GEOGRAPHIC_POSTAL_CODE_STEPS = "rs,k,10";');
    expect(source).toContain('NON_GEOGRAPHIC_POSTAL_CODES: readonly string[] = ["1005"];');
  });

  it("restores the usual case of names the source writes in capitals", () => {
    expect(municipalityCase("HEIST-OP-DEN-BERG")).toBe("Heist-op-den-Berg");
    expect(municipalityCase("SAINT-JOSSE-TEN-NOODE")).toBe("Saint-Josse-ten-Noode");
    // The source's mixed-case names capitalise their particles too.
    expect(municipalityCase("Jupille-Sur-Meuse")).toBe("Jupille-sur-Meuse");
    expect(municipalityCase("Mons-Lez-Liège")).toBe("Mons-lez-Liège");
    expect(municipalityCase("'S Herenelderen")).toBe("'s Herenelderen");
    expect(municipalityCase("Sint-Martens-Voeren")).toBe("Sint-Martens-Voeren");
    expect(municipalityCase("BRAINE-L'ALLEUD")).toBe("Braine-l'Alleud");
    expect(municipalityCase("MONT-DE-L'ENCLUS")).toBe("Mont-de-l'Enclus");
    expect(municipalityCase("CHAPELLE-LEZ-HERLAIMONT")).toBe("Chapelle-lez-Herlaimont");
    expect(municipalityCase("PONT-À-CELLES")).toBe("Pont-à-Celles");
    expect(municipalityCase("LA ROCHE-EN-ARDENNE")).toBe("La Roche-en-Ardenne");
    expect(municipalityCase("DE PANNE")).toBe("De Panne");
    expect(municipalityCase("LIÈGE")).toBe("Liège");
    expect(municipalityCase("Sint-Job-In-'T-Goor")).toBe("Sint-Job-in-'t-Goor");
  });

  it("encodes names per region, translated names tagged by language", () => {
    const source = buildPostalCodeModule(
      ["3790,Mouland,Oui,Limbourg", "3790,FOURONS,Non,Limbourg", "4700,EUPEN,Non,Liège", "1000,BRUXELLES,Non,Bruxelles (19 communes)", "7010,SHAPE,,"].join("\n"),
      { FOURONS: { nl: "Voeren", fr: "Fourons" } },
    );
    expect(source).toContain("export const SOURCE_ROW_COUNT = 5;");
    expect(source).toContain('"1000B*Bruxelles"');
    expect(source).toContain('"3790F*nl=Voeren|fr=Fourons;Mouland"');
    expect(source).toContain('"4700G*Eupen"');
    expect(source).toContain('"7010XSHAPE"');
  });

  it("refuses a source it cannot trust", () => {
    const build = (csvText: string, names = {}) => () => buildPostalCodeModule(csvText, names);
    expect(build("100,X,Non,Anvers")).toThrow(/4 digits/);
    expect(build("1000,X,Non")).toThrow(/4 fields/);
    expect(build("1000,X,Non,Atlantis")).toThrow(/unknown province/);
    expect(build("1000,X;Y,Non,Anvers")).toThrow(/separator/);
    expect(build("1000,X,Peut-être,Anvers")).toThrow(/Oui\/Non/);
    expect(build("1000,X,Non,")).toThrow(/non-geographic/);
    expect(build("4750,X,Non,Namur")).toThrow(/German language area/);
    expect(build("1000,X,Non,Anvers\n1000,Y,Oui,Namur")).toThrow(/spans regions/);
    expect(build("1000,X,,\n1000,Y,,")).toThrow(/several rows/);
    expect(build("1000,X,Non,Anvers", { GONE: { nl: "Weg" } })).toThrow(/GONE/);
  });
});
