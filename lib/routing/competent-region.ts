import { mainLocalityName } from "@/lib/reference/postal-codes/postal-codes";
import { applyCompetentRegionRule, applyResidenceRule, type RoutingInput, type RoutingResult } from "./competent-region-rule";

export type { LocalityOf, ReasonPlace, RegionShare, RoutingInput, RoutingPlace, RoutingReason, RoutingResult } from "./competent-region-rule";

/**
 * Which region handles a combined-permit application, and why (the rule: competent-region-rule.ts),
 * with the reason naming every place after the full postal-code table: what the server stores with
 * a dossier and answers. The browser's live preview applies the rule with the names it was sent.
 */
export function determineCompetentRegion(input: RoutingInput): RoutingResult {
  return applyCompetentRegionRule(input, (postalCode) => mainLocalityName(postalCode) ?? {});
}

/** Which region handles the worker's own unlimited-duration application: where they live (a known geographic code). */
export function determineResidenceRegion(postalCode: string): RoutingResult {
  return applyResidenceRule(postalCode, (code) => mainLocalityName(code) ?? {});
}
