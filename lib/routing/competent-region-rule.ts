import { Region, RoutingRule } from "@/lib/generated/prisma/enums";
import type { LocalizedName } from "@/lib/reference/postal-codes/locality-name";
import { postalCodeRegion } from "@/lib/reference/postal-codes/postal-code-regions";

/**
 * Which region handles a combined-permit application (seed 001, DOMAIN.md §3):
 *  1. the region of the establishment unit(s) where the worker is employed; with several, the
 *     region with the strictly largest share of working time, shares added up per region;
 *  2. if that cannot be determined (a tie), the region of the registered office;
 *  3. if the employer has neither a registered office nor a unit in Belgium, the region where the
 *     worker will work, by the same "mainly" rule over the places of work.
 * A registered office without any unit routes to the office's region (rule 2: without units no
 * main place of employment can be determined). A tie that no registered office breaks is
 * UNDETERMINED, with the tied regions as candidates for the filer to pick from.
 *
 * Pure and free of Node or Next.js imports, and without the postal-code table: the region of a
 * code comes from the compact lookup, the names in the reason from `localityOf`, so the browser
 * can run it with the names it has (competent-region.ts binds it to the full table).
 */

export interface RoutingPlace {
  postalCode: string;
  /** Percentage of the worker's working time, 1–100. */
  share: number;
  /** Shown instead of the locality name in the reason, e.g. the establishment unit's name. */
  label?: string;
}

/** Validated input (see routing-input.ts): known geographic postal codes, shares adding up to 100. */
export interface RoutingInput {
  /** The employer's registered office in Belgium; null when it has none there. */
  registeredOffice: { postalCode: string } | null;
  establishments: RoutingPlace[];
  placesOfWork: RoutingPlace[];
}

/**
 * The names of a postal code's main locality for the reason; empty ({}) when they are not known
 * (yet): the reason then names the place by its postal code.
 */
export type LocalityOf = (postalCode: string) => LocalizedName;

export interface ReasonPlace {
  postalCode: string;
  /** Names of the postal code's main locality, so the reason reads in each language; see LocalityOf. */
  locality: LocalizedName;
  label?: string;
  share: number;
}

export interface RegionShare {
  region: Region;
  /** The worker's share of working time in this region, summed over its places. */
  share: number;
  places: ReasonPlace[];
}

/**
 * Why the region was chosen, with every figure needed to say so in any language. Stored as-is with
 * the dossier (Application.routingReason), so it holds only JSON values and keeps this shape:
 * change it only by adding a new `version`.
 */
export interface RoutingReason {
  version: 1;
  rule: RoutingRule;
  region: Region | null;
  /**
   * Which places were weighed; null when a registered office without units decided alone.
   * PLACE_OF_RESIDENCE: the worker's own application, `regions` holding the one place they live.
   */
  basis: "ESTABLISHMENT_UNITS" | "PLACES_OF_WORK" | "PLACE_OF_RESIDENCE" | null;
  /** Per region, largest share first, with the places in the order they were given. */
  regions: RegionShare[];
  /** The regions sharing the largest share when there was a tie; empty otherwise. */
  tiedRegions: Region[];
  registeredOffice: { postalCode: string; locality: LocalizedName; region: Region } | null;
}

export interface RoutingResult {
  region: Region | null;
  rule: RoutingRule;
  /** The tied regions the filer picks from when the rule is UNDETERMINED; empty otherwise. */
  candidates: Region[];
  reason: RoutingReason;
}

/** Fixed order for regions with equal shares, so that a reason never depends on input order. */
const REGION_ORDER: readonly Region[] = [
  Region.FLEMISH_REGION,
  Region.BRUSSELS_CAPITAL_REGION,
  Region.WALLOON_REGION,
  Region.GERMAN_SPEAKING_COMMUNITY,
];

function sharesPerRegion(places: RoutingPlace[], locate: (postalCode: string) => { region: Region; locality: LocalizedName }): RegionShare[] {
  const byRegion = new Map<Region, RegionShare>();
  for (const place of places) {
    const { region, locality } = locate(place.postalCode);
    const group = byRegion.get(region) ?? { region, share: 0, places: [] };
    group.share += place.share;
    group.places.push({
      postalCode: place.postalCode,
      locality,
      ...(place.label ? { label: place.label } : {}),
      share: place.share,
    });
    byRegion.set(region, group);
  }
  return [...byRegion.values()].sort((a, b) => b.share - a.share || REGION_ORDER.indexOf(a.region) - REGION_ORDER.indexOf(b.region));
}

/** The regions with the largest share: one when it is strictly the largest, several on a tie. */
function leaders(regions: RegionShare[]): Region[] {
  const top = regions[0]?.share ?? 0;
  return regions.filter((r) => r.share === top).map((r) => r.region);
}

function locator(localityOf: LocalityOf) {
  return (postalCode: string) => {
    const found = postalCodeRegion(postalCode);
    if (!found?.geographic) {
      throw new RangeError(`Postal code ${postalCode} is not a known geographic Belgian postal code: validate the input first`);
    }
    return { region: found.region, locality: localityOf(postalCode) };
  };
}

/**
 * The unlimited-duration permit, which the worker files: the authority of the worker's place of
 * residence is competent (REFERENCE §5), the German-speaking Community for its municipalities.
 */
export function applyResidenceRule(postalCode: string, localityOf: LocalityOf): RoutingResult {
  const [regionShare] = sharesPerRegion([{ postalCode, share: 100 }], locator(localityOf));
  const region = regionShare!.region;
  const rule = RoutingRule.PLACE_OF_RESIDENCE;
  return { region, rule, candidates: [], reason: { version: 1, rule, region, basis: "PLACE_OF_RESIDENCE", regions: [regionShare!], tiedRegions: [], registeredOffice: null } };
}

/** The rule itself; see competent-region.ts's determineCompetentRegion for the usual entry point. */
export function applyCompetentRegionRule(input: RoutingInput, localityOf: LocalityOf): RoutingResult {
  const locate = locator(localityOf);
  const office = input.registeredOffice ? { postalCode: input.registeredOffice.postalCode, ...locate(input.registeredOffice.postalCode) } : null;
  const hasUnits = input.establishments.length > 0;
  if (!hasUnits && !office && input.placesOfWork.length === 0) {
    throw new RangeError("No registered office, establishment unit or place of work: validate the input first");
  }

  const result = (rule: RoutingRule, region: Region | null, basis: RoutingReason["basis"], regions: RegionShare[], tiedRegions: Region[]): RoutingResult => ({
    region,
    rule,
    candidates: region === null ? tiedRegions : [],
    reason: { version: 1, rule, region, basis, regions, tiedRegions, registeredOffice: office },
  });

  // Places of work count only for an employer with neither a registered office nor a unit here.
  if (!hasUnits && office) return result(RoutingRule.REGISTERED_OFFICE, office.region, null, [], []);
  const basis = hasUnits ? "ESTABLISHMENT_UNITS" : "PLACES_OF_WORK";
  const regions = sharesPerRegion(hasUnits ? input.establishments : input.placesOfWork, locate);
  const top = leaders(regions);
  const [winner] = top;
  if (top.length === 1 && winner) {
    return result(hasUnits ? RoutingRule.ESTABLISHMENT_UNIT : RoutingRule.PLACE_OF_ACTIVITY, winner, basis, regions, []);
  }
  // Seed 001 gives a tie to the registered office's region without requiring it to be one of the
  // tied regions (units 50/50 in Flanders and Wallonia, office in Brussels: Brussels). The reason
  // keeps the tied regions, so the caseworker sees that the office's region was not among them.
  if (office) return result(RoutingRule.REGISTERED_OFFICE, office.region, basis, regions, top);
  return result(RoutingRule.UNDETERMINED, null, basis, regions, top);
}
