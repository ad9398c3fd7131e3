import { describe, expect, it } from "vitest";
import { determineCompetentRegion, type RoutingInput, type RoutingPlace } from "./competent-region";

// Antwerpen and Gent (Flemish), Bruxelles (Brussels), Namur and Liège (Walloon), Eupen (German-speaking).
const at = (postalCode: string, share: number, label?: string): RoutingPlace => ({ postalCode, share, ...(label ? { label } : {}) });
const input = (partial: Partial<RoutingInput>): RoutingInput => ({ registeredOffice: null, establishments: [], placesOfWork: [], ...partial });
const office = (postalCode: string) => ({ registeredOffice: { postalCode } });

describe("determineCompetentRegion: establishment units", () => {
  it("routes a single unit to its region", () => {
    const result = determineCompetentRegion(input({ ...office("1000"), establishments: [at("4700", 100)] }));
    expect(result).toMatchObject({ region: "GERMAN_SPEAKING_COMMUNITY", rule: "ESTABLISHMENT_UNIT", candidates: [] });
  });

  it("adds shares up per region, not per unit", () => {
    // Per unit Bruxelles (40) would be the largest; per region Flanders has 30 + 30 = 60.
    const result = determineCompetentRegion(input({ establishments: [at("2000", 30), at("1000", 40), at("9000", 30)] }));
    expect(result.region).toBe("FLEMISH_REGION");
    expect(result.rule).toBe("ESTABLISHMENT_UNIT");
    expect(result.reason.regions).toEqual([
      {
        region: "FLEMISH_REGION",
        share: 60,
        places: [
          { postalCode: "2000", locality: { nl: "Antwerpen", fr: "Anvers" }, share: 30 },
          { postalCode: "9000", locality: { nl: "Gent", fr: "Gand" }, share: 30 },
        ],
      },
      { region: "BRUSSELS_CAPITAL_REGION", share: 40, places: [{ postalCode: "1000", locality: { nl: "Brussel", fr: "Bruxelles", de: "Brüssel" }, share: 40 }] },
    ]);
  });

  it("lets a strictly largest share win among three regions", () => {
    const result = determineCompetentRegion(input({ establishments: [at("5000", 34), at("2000", 33), at("1000", 33)] }));
    expect(result).toMatchObject({ region: "WALLOON_REGION", rule: "ESTABLISHMENT_UNIT", candidates: [] });
    expect(result.reason.tiedRegions).toEqual([]);
  });

  it("keeps the German-speaking Community apart from the rest of Wallonia", () => {
    const result = determineCompetentRegion(input({ establishments: [at("4700", 30), at("4000", 40), at("4780", 30)] }));
    expect(result.region).toBe("GERMAN_SPEAKING_COMMUNITY");
  });

  it("ignores the places of work once there are units, and the registered office when one region leads", () => {
    const result = determineCompetentRegion(input({ ...office("1000"), establishments: [at("2000", 100)], placesOfWork: [at("5000", 100)] }));
    expect(result).toMatchObject({ region: "FLEMISH_REGION", rule: "ESTABLISHMENT_UNIT" });
    expect(result.reason.basis).toBe("ESTABLISHMENT_UNITS");
  });

  it("keeps labels for the reason", () => {
    const result = determineCompetentRegion(input({ establishments: [at("2000", 100, "Warehouse Port")] }));
    expect(result.reason.regions[0]?.places[0]?.label).toBe("Warehouse Port");
  });
});

describe("determineCompetentRegion: registered office", () => {
  it("breaks a 50/50 tie with the office's region when it is one of the tied regions", () => {
    const result = determineCompetentRegion(input({ ...office("5000"), establishments: [at("2000", 50), at("5000", 50)] }));
    expect(result).toMatchObject({ region: "WALLOON_REGION", rule: "REGISTERED_OFFICE", candidates: [] });
    expect(result.reason.tiedRegions).toEqual(["FLEMISH_REGION", "WALLOON_REGION"]);
    expect(result.reason.registeredOffice).toEqual({ postalCode: "5000", locality: { fr: "Namur", nl: "Namen" }, region: "WALLOON_REGION" });
  });

  it("gives a tie to the office's region even when that region is not among the tied ones (seed 001)", () => {
    const result = determineCompetentRegion(input({ ...office("1000"), establishments: [at("2000", 50), at("5000", 50)] }));
    expect(result).toMatchObject({ region: "BRUSSELS_CAPITAL_REGION", rule: "REGISTERED_OFFICE", candidates: [] });
    expect(result.reason.tiedRegions).toEqual(["FLEMISH_REGION", "WALLOON_REGION"]);
  });

  it("breaks a three-way tie at the top, leaving out the smaller share", () => {
    const result = determineCompetentRegion(input({ ...office("4700"), establishments: [at("2000", 40), at("1000", 20), at("4700", 40)] }));
    expect(result.region).toBe("GERMAN_SPEAKING_COMMUNITY");
    expect(result.reason.tiedRegions).toEqual(["FLEMISH_REGION", "GERMAN_SPEAKING_COMMUNITY"]);
  });

  it("routes an office without units to the office's region, whatever the places of work", () => {
    const result = determineCompetentRegion(input({ ...office("9000"), placesOfWork: [at("5000", 100)] }));
    expect(result).toMatchObject({ region: "FLEMISH_REGION", rule: "REGISTERED_OFFICE", candidates: [] });
    expect(result.reason).toMatchObject({ basis: null, regions: [], tiedRegions: [] });
  });

  it("routes an office alone to the office's region", () => {
    expect(determineCompetentRegion(input(office("4780")))).toMatchObject({ region: "GERMAN_SPEAKING_COMMUNITY", rule: "REGISTERED_OFFICE" });
  });
});

describe("determineCompetentRegion: places of activity", () => {
  it("uses the places of work when there is neither an office nor a unit", () => {
    const result = determineCompetentRegion(input({ placesOfWork: [at("1000", 70), at("2000", 30)] }));
    expect(result).toMatchObject({ region: "BRUSSELS_CAPITAL_REGION", rule: "PLACE_OF_ACTIVITY", candidates: [] });
    expect(result.reason.basis).toBe("PLACES_OF_WORK");
  });

  it("adds the places of work up per region", () => {
    const result = determineCompetentRegion(input({ placesOfWork: [at("4000", 25), at("4700", 40), at("5000", 35)] }));
    expect(result.region).toBe("WALLOON_REGION");
    expect(result.reason.regions.map((r) => [r.region, r.share])).toEqual([["WALLOON_REGION", 60], ["GERMAN_SPEAKING_COMMUNITY", 40]]);
  });
});

describe("determineCompetentRegion: undetermined", () => {
  it("cannot decide a tie between units without a registered office", () => {
    const result = determineCompetentRegion(input({ establishments: [at("5000", 50), at("2000", 50)] }));
    expect(result).toMatchObject({ region: null, rule: "UNDETERMINED", candidates: ["FLEMISH_REGION", "WALLOON_REGION"] });
    expect(result.reason).toMatchObject({ rule: "UNDETERMINED", region: null, basis: "ESTABLISHMENT_UNITS", tiedRegions: ["FLEMISH_REGION", "WALLOON_REGION"], registeredOffice: null });
  });

  it("does not let places of work break a tie between units", () => {
    const result = determineCompetentRegion(input({ establishments: [at("5000", 50), at("2000", 50)], placesOfWork: [at("1000", 100)] }));
    expect(result.rule).toBe("UNDETERMINED");
  });

  it("cannot decide a tie between places of work", () => {
    const result = determineCompetentRegion(input({ placesOfWork: [at("1000", 25), at("2000", 25), at("4700", 25), at("5000", 25)] }));
    expect(result).toMatchObject({
      region: null,
      rule: "UNDETERMINED",
      candidates: ["FLEMISH_REGION", "BRUSSELS_CAPITAL_REGION", "WALLOON_REGION", "GERMAN_SPEAKING_COMMUNITY"],
    });
    expect(result.reason.basis).toBe("PLACES_OF_WORK");
  });

  it("names only the tied regions as candidates", () => {
    const result = determineCompetentRegion(input({ placesOfWork: [at("1000", 40), at("2000", 40), at("5000", 20)] }));
    expect(result.candidates).toEqual(["FLEMISH_REGION", "BRUSSELS_CAPITAL_REGION"]);
  });
});

describe("determineCompetentRegion: result shape", () => {
  it("does not depend on the order of the places", () => {
    const a = determineCompetentRegion(input({ establishments: [at("5000", 50), at("2000", 50)] }));
    const b = determineCompetentRegion(input({ establishments: [at("2000", 50), at("5000", 50)] }));
    expect(a.candidates).toEqual(b.candidates);
    expect(a.reason.regions.map((r) => r.region)).toEqual(b.reason.regions.map((r) => r.region));
  });

  it("gives a reason that survives a JSON round trip unchanged", () => {
    const result = determineCompetentRegion(input({ ...office("1000"), establishments: [at("2000", 50, "Port"), at("5000", 50)] }));
    expect(JSON.parse(JSON.stringify(result.reason))).toEqual(result.reason);
    expect(result.reason.version).toBe(1);
  });

  it("refuses input that skipped validation", () => {
    expect(() => determineCompetentRegion(input({}))).toThrow(RangeError);
    expect(() => determineCompetentRegion(input({ establishments: [at("9999", 100)] }))).toThrow(RangeError);
    expect(() => determineCompetentRegion(input({ establishments: [at("7010", 100)] }))).toThrow(RangeError);
    expect(() => determineCompetentRegion(input(office("0612")))).toThrow(RangeError);
  });
});
