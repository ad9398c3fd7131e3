import { describe, expect, it } from "vitest";
import { POSTAL_CODE_ROWS, SOURCE_ROW_COUNT } from "./postal-codes.data";
import { localityName, lookupPostalCode, mainLocalityNames, regionOfPostalCode, type PostalCodeEntry } from "./postal-codes";

const all: PostalCodeEntry[] = POSTAL_CODE_ROWS.map((row) => {
  const entry = lookupPostalCode(row.slice(0, 4));
  if (!entry) throw new Error(`no entry for ${row}`);
  return entry;
});
const geographicCodes = (region: string) => all.filter((e) => e.region === region).map((e) => e.postalCode);

describe("postal-code data set", () => {
  it("holds every row of the 2,823-row source list, in 1,192 postal codes", () => {
    expect(SOURCE_ROW_COUNT).toBe(2823);
    const rows = all.reduce((sum, e) => sum + (e.geographic ? e.localities.length : 1), 0);
    expect(rows).toBe(SOURCE_ROW_COUNT);
    expect(all).toHaveLength(1192);
  });

  it("has 46 non-geographic codes, with no region", () => {
    const nonGeographic = all.filter((e) => !e.geographic);
    expect(nonGeographic).toHaveLength(46);
    for (const entry of nonGeographic) {
      expect(entry.region).toBeNull();
      expect(regionOfPostalCode(entry.postalCode)).toBeUndefined();
    }
  });

  it("puts every geographic code in the region its range belongs to", () => {
    const expected = (code: number) => {
      if (code >= 1000 && code <= 1299) return "BRUSSELS_CAPITAL_REGION";
      if (code >= 4700 && code <= 4791) return "GERMAN_SPEAKING_COMMUNITY";
      if ((code >= 1300 && code <= 1499) || (code >= 4000 && code <= 7999)) return "WALLOON_REGION";
      return "FLEMISH_REGION";
    };
    for (const entry of all.filter((e) => e.geographic)) expect(entry.region, entry.postalCode).toBe(expected(Number(entry.postalCode)));
  });

  it("gives every geographic code at least one named locality, the municipality first when it has one", () => {
    for (const entry of all) {
      if (!entry.geographic) continue;
      expect(entry.localities.length).toBeGreaterThan(0);
      const firstNonMunicipality = entry.localities.findIndex((l) => !l.municipality);
      const lastMunicipality = entry.localities.map((l) => l.municipality).lastIndexOf(true);
      if (firstNonMunicipality >= 0) expect(lastMunicipality).toBeLessThan(firstNonMunicipality);
      for (const locality of entry.localities) expect(Object.values(locality.name).some(Boolean)).toBe(true);
    }
  });

  it("writes municipality names in the usual case, not the source's capitals", () => {
    expect(lookupPostalCode("2220")?.localities[0]?.name).toEqual({ nl: "Heist-op-den-Berg" });
    expect(lookupPostalCode("1420")?.localities[0]?.name).toEqual({ fr: "Braine-l'Alleud", nl: "Eigenbrakel" });
    expect(lookupPostalCode("6980")?.localities[0]?.name).toEqual({ fr: "La Roche-en-Ardenne" });
    expect(lookupPostalCode("3700")?.localities.map((l) => l.name.nl)).toContain("'s Herenelderen");
  });
});

describe("lookupPostalCode", () => {
  it("returns undefined for codes Belgium does not have", () => {
    for (const code of ["0000", "0999", "1001", "9999", "10000", "100", "abcd", "", " 1000"]) expect(lookupPostalCode(code), code).toBeUndefined();
  });

  it("marks the non-geographic codes and names their addressee", () => {
    expect(lookupPostalCode("1005")).toEqual({ postalCode: "1005", geographic: false, region: null, localities: [], addressee: "Assemblée Réunie de la Commission Communautaire" });
    expect(lookupPostalCode("0612")).toMatchObject({ geographic: false, addressee: "Saint-Nicolas" });
    expect(lookupPostalCode("7010")).toMatchObject({ geographic: false, addressee: "SHAPE" });
    expect(lookupPostalCode("1110")).toMatchObject({ geographic: false, addressee: "OTAN" });
    expect(lookupPostalCode("1006")).toMatchObject({ addressee: "Raad van de Vlaamse Gemeenschapscommissie" });
  });
});

describe("tricky codes", () => {
  it("keeps Voeren (3790–3798) Flemish, with Dutch and French names", () => {
    for (const code of ["3790", "3791", "3792", "3793", "3798"]) expect(regionOfPostalCode(code), code).toBe("FLEMISH_REGION");
    expect(lookupPostalCode("3790")?.localities).toEqual([
      { name: { nl: "Voeren", fr: "Fourons" }, municipality: true },
      { name: { nl: "Sint-Martens-Voeren", fr: "Fouron-Saint-Martin" }, municipality: false },
      { name: { nl: "Moelingen", fr: "Mouland" }, municipality: false },
    ]);
    expect(lookupPostalCode("3798")?.localities[0]?.name).toEqual({ nl: "'s-Gravenvoeren", fr: "Fouron-le-Comte" });
  });

  it("keeps Comines-Warneton (7780–7784) Walloon, with Dutch names", () => {
    for (const code of ["7780", "7781", "7782", "7783", "7784"]) expect(regionOfPostalCode(code), code).toBe("WALLOON_REGION");
    expect(lookupPostalCode("7780")?.localities[0]).toEqual({ name: { fr: "Comines-Warneton", nl: "Komen-Waasten" }, municipality: true });
    expect(lookupPostalCode("7784")?.localities.map((l) => l.name.nl)).toEqual(["Neerwaasten", "Waasten"]);
  });

  it("gives the German-speaking Community exactly the codes of its nine municipalities", () => {
    const dg = ["4700", "4701", "4710", "4711", "4720", "4721", "4728", "4730", "4731", "4750", "4760", "4761", "4770", "4771", "4780", "4782", "4783", "4784", "4790", "4791"];
    expect(geographicCodes("GERMAN_SPEAKING_COMMUNITY")).toEqual(dg);
    const municipalities = all.flatMap((e) => (e.region === "GERMAN_SPEAKING_COMMUNITY" ? e.localities.filter((l) => l.municipality).map((l) => l.name.de) : []));
    expect(municipalities.sort()).toEqual(["Amel", "Burg-Reuland", "Büllingen", "Bütgenbach", "Eupen", "Kelmis", "Lontzen", "Raeren", "Sankt Vith"]);
    expect(lookupPostalCode("4720")?.localities[0]?.name).toEqual({ de: "Kelmis", fr: "La Calamine" });
    expect(lookupPostalCode("4730")?.localities.map((l) => l.name.de)).toEqual(["Raeren", "Hauset"]);
  });

  it("leaves the German-speaking Community's neighbours Walloon", () => {
    expect(regionOfPostalCode("4950")).toBe("WALLOON_REGION");
    expect(lookupPostalCode("4950")?.localities[0]?.name).toEqual({ fr: "Waimes", nl: "Weismes", de: "Weismes" });
    expect(regionOfPostalCode("4960")).toBe("WALLOON_REGION");
    expect(lookupPostalCode("4960")?.localities[0]?.name).toEqual({ fr: "Malmedy" });
    expect(regionOfPostalCode("4837")).toBe("WALLOON_REGION");
    expect(lookupPostalCode("4837")?.localities.map((l) => l.name.fr)).toEqual(["Baelen", "Membach"]);
    for (const code of ["4690", "4800", "4840", "4850"]) expect(regionOfPostalCode(code), code).toBe("WALLOON_REGION");
  });

  it("maps Brussels' 22 geographic codes from 1000 to 1210, with both names, and its special codes to nowhere", () => {
    expect(geographicCodes("BRUSSELS_CAPITAL_REGION")).toEqual([
      "1000", "1020", "1030", "1040", "1050", "1060", "1070", "1080", "1081", "1082", "1083",
      "1090", "1120", "1130", "1140", "1150", "1160", "1170", "1180", "1190", "1200", "1210",
    ]);
    expect(lookupPostalCode("1000")?.localities).toEqual([{ name: { nl: "Brussel", fr: "Bruxelles", de: "Brüssel" }, municipality: true }]);
    expect(lookupPostalCode("1020")?.localities).toEqual([{ name: { nl: "Laken", fr: "Laeken" }, municipality: false }]);
    expect(lookupPostalCode("1070")?.localities[0]?.name).toEqual({ fr: "Anderlecht", nl: "Anderlecht" });
    expect(lookupPostalCode("1180")?.localities[0]?.name).toEqual({ fr: "Uccle", nl: "Ukkel" });
    expect(lookupPostalCode("1210")?.localities[0]?.name).toEqual({ fr: "Saint-Josse-ten-Noode", nl: "Sint-Joost-ten-Node" });
    for (const code of ["1005", "1008", "1012", "1047", "1049", "1099", "1100", "1110", "1212"]) {
      expect(lookupPostalCode(code)?.geographic, code).toBe(false);
    }
  });

  it("names the facility municipalities around Brussels and on the language border in both languages", () => {
    expect(lookupPostalCode("1640")?.localities[0]?.name).toEqual({ nl: "Sint-Genesius-Rode", fr: "Rhode-Saint-Genèse" });
    expect(lookupPostalCode("1547")?.localities[0]?.name).toEqual({ nl: "Bever", fr: "Biévène" });
    expect(lookupPostalCode("8957")?.localities[0]?.name).toEqual({ nl: "Mesen", fr: "Messines" });
    expect(lookupPostalCode("9600")?.localities[0]?.name).toEqual({ nl: "Ronse", fr: "Renaix" });
    expect(lookupPostalCode("8587")?.localities.map((l) => l.name.nl)).toEqual(["Spiere-Helkijn", "Spiere", "Helkijn"]);
    expect(lookupPostalCode("7700")?.localities.map((l) => l.name.nl)).toEqual(["Moeskroen", "Lowingen"]);
    expect(lookupPostalCode("7880")?.localities[0]?.name).toEqual({ fr: "Flobecq", nl: "Vloesberg" });
    expect(lookupPostalCode("7850")?.localities.map((l) => l.name.nl)).toEqual(["Edingen", "Mark", "Lettelingen"]);
    for (const code of ["1620", "1630", "1780", "1950", "1970", "3717"]) expect(regionOfPostalCode(code), code).toBe("FLEMISH_REGION");
  });

  it("names the province capitals in each language that has its own name", () => {
    const names = (code: string) => lookupPostalCode(code)?.localities[0]?.name;
    expect(names("2000")).toEqual({ nl: "Antwerpen", fr: "Anvers" });
    expect(names("9000")).toEqual({ nl: "Gent", fr: "Gand" });
    expect(names("8000")).toEqual({ nl: "Brugge", fr: "Bruges", de: "Brügge" });
    expect(names("3000")).toEqual({ nl: "Leuven", fr: "Louvain", de: "Löwen" });
    expect(names("3500")).toEqual({ nl: "Hasselt" });
    expect(names("1300")).toEqual({ fr: "Wavre", nl: "Waver" });
    expect(names("7000")).toEqual({ fr: "Mons", nl: "Bergen" });
    expect(names("4000")).toEqual({ fr: "Liège", nl: "Luik", de: "Lüttich" });
    expect(names("5000")).toEqual({ fr: "Namur", nl: "Namen" });
    expect(names("6700")).toEqual({ fr: "Arlon", nl: "Aarlen" });
  });

  it("tells Halle/Hal (1500) from the village of Halle in Zoersel (2980)", () => {
    expect(lookupPostalCode("1500")?.localities[0]?.name).toEqual({ nl: "Halle", fr: "Hal" });
    expect(lookupPostalCode("2980")?.localities.find((l) => l.name.nl === "Halle")?.name).toEqual({ nl: "Halle" });
  });
});

describe("localityName", () => {
  const liege = { fr: "Liège", nl: "Luik", de: "Lüttich" };
  it("uses the reader's language when the place has a name in it", () => {
    expect(localityName(liege, "WALLOON_REGION", "nl")).toBe("Luik");
    expect(localityName(liege, "WALLOON_REGION", "fr")).toBe("Liège");
    expect(localityName(liege, "WALLOON_REGION", "de")).toBe("Lüttich");
  });

  it("falls back to the local name, not to another language's", () => {
    expect(localityName(liege, "WALLOON_REGION", "en")).toBe("Liège");
    expect(localityName({ nl: "Kortrijk", fr: "Courtrai" }, "FLEMISH_REGION", "de")).toBe("Kortrijk");
    expect(localityName({ de: "Eupen" }, "GERMAN_SPEAKING_COMMUNITY", "fr")).toBe("Eupen");
    expect(localityName({ fr: "Bruxelles", nl: "Brussel", de: "Brüssel" }, "BRUSSELS_CAPITAL_REGION", "en")).toBe("Bruxelles");
    expect(localityName({ fr: "Fouron-le-Comte", nl: "'s-Gravenvoeren" }, "FLEMISH_REGION", "en")).toBe("'s-Gravenvoeren");
  });

  it("uses any name when the local one is missing", () => {
    expect(localityName({ fr: "Saint-Vith" }, "GERMAN_SPEAKING_COMMUNITY", "nl")).toBe("Saint-Vith");
  });

  it("fails on a locality without any name", () => {
    expect(() => localityName({}, "FLEMISH_REGION", "nl")).toThrow();
  });
});

describe("mainLocalityNames", () => {
  it("names the main locality of known geographic codes and leaves out anything else", () => {
    expect(mainLocalityNames(["2000", "1005", "9999", 4000, "abc", "4700"], 10)).toEqual({ "2000": { nl: "Antwerpen", fr: "Anvers" }, "4700": { de: "Eupen" } });
    expect(mainLocalityNames("2000", 10)).toEqual({});
    expect(mainLocalityNames(null, 10)).toEqual({});
  });

  it("looks at no more codes than asked", () => {
    expect(Object.keys(mainLocalityNames(["2000", "9000", "1000"], 2))).toEqual(["2000", "9000"]);
  });
});
