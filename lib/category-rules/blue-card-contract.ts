import type { IsoDay } from "@/lib/dates";
import type { Region } from "@/lib/generated/prisma/enums";
import { inForce, type Dated } from "@/lib/reference/dated";

/**
 * The shortest employment contract for an EU Blue Card, per region. The seed's rule (seed 003: a
 * contract of at least one year) is the baseline everywhere; Flanders lowered it to 6 months from
 * 1 May 2024 (REFERENCE.md §6 [S19]). The other regions' figure after the 2024 transposition was
 * not found, so they keep the baseline until a source says otherwise.
 */
export interface BlueCardContractRow extends Dated {
  regions: readonly Region[];
  minimumMonths: number;
}

export const BLUE_CARD_CONTRACT_ROWS: readonly BlueCardContractRow[] = [
  {
    id: "blue-card-contract.baseline.2019",
    regions: ["BRUSSELS_CAPITAL_REGION", "WALLOON_REGION", "GERMAN_SPEAKING_COMMUNITY"],
    minimumMonths: 12,
    validFrom: "2019-01-01",
    validUntil: null,
    source: "Seed 003 (arbeidsovereenkomst van minstens 1 jaar)",
  },
  {
    id: "blue-card-contract.flanders.2019",
    regions: ["FLEMISH_REGION"],
    minimumMonths: 12,
    validFrom: "2019-01-01",
    validUntil: "2024-04-30",
    source: "Seed 003 (arbeidsovereenkomst van minstens 1 jaar)",
  },
  {
    id: "blue-card-contract.flanders.2024-05-01",
    regions: ["FLEMISH_REGION"],
    minimumMonths: 6,
    validFrom: "2024-05-01",
    validUntil: null,
    source: "REFERENCE.md §6 [S19] vreemdelingenrecht.be (Flanders from 1 May 2024: at least 6 months)",
  },
];

export function blueCardContractRuleFor(region: Region, day: IsoDay): BlueCardContractRow | undefined {
  return inForce(BLUE_CARD_CONTRACT_ROWS, day).find((row) => row.regions.includes(region));
}
