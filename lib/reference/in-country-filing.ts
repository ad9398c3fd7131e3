import type { PermitCategory } from "@/lib/generated/prisma/enums";

/**
 * Filing for a worker who already lives in Belgium is allowed only from a legal stay and only for
 * categories exempt from the labour-market test (seed 001; DOMAIN.md §4). Seasonal workers and
 * trainees must apply from abroad (REFERENCE.md §3). Dated: a change of the rules is a new row.
 * Not yet modelled: the long-term resident of another EU state asking for a second residence, who
 * may also apply from Belgium.
 */
export const inCountryFilingRules: readonly { validFrom: string; source: string; categories: readonly PermitCategory[] }[] = [
  {
    validFrom: "2023-01-01",
    source: "Seed 001 (Vlaanderen, gecombineerde vergunning); REFERENCE.md §3 [S24][S26][S27]",
    categories: ["HIGHLY_SKILLED", "EXECUTIVE", "EU_BLUE_CARD", "INTRA_CORPORATE_TRANSFEREE", "RESEARCHER", "MEDIUM_SKILLED_SHORTAGE"],
  },
];

/** The categories that may be filed for a worker living in Belgium on the given day. */
export function categoriesFileableFromBelgium(day: string): readonly PermitCategory[] {
  const rule = [...inCountryFilingRules].reverse().find((r) => r.validFrom <= day);
  return rule?.categories ?? [];
}
