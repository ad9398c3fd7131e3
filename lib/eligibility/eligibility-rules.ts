import type { Dated } from "@/lib/reference/dated";

/**
 * The rules of the combined permit of unlimited duration (seed 002, "Voorwaarden", "Wordt
 * beschouwd als werkperiode", "Wordt niet beschouwd als werkperiode"), as dated rows judged on the
 * application date. The seed is undated; the rows start with the combined-permit procedure itself
 * (1 January 2019 [S30]). A change of the rules is a new row, never an edit of one of these.
 */

const SEED_002 = "seed 002; S33 https://www.vlaanderen.be/gecombineerde-vergunning-van-onbepaalde-duur";
const COMBINED_PERMIT_START = "2019-01-01";

/** The two categories of seed 002, as the answer numbers them. */
export type EligibilityCategory = 1 | 2;

/**
 * One category: how much work, in which window, and which residence it needs. Windows and the work
 * needed are calendar spans in months ending on the application date ("4 jaar in de 5 jaar",
 * "12 maanden in de 18 maanden"), so the days they hold depend on the leap days inside them.
 */
export interface CategoryRule extends Dated {
  category: EligibilityCategory;
  windowMonths: number;
  requiredMonths: number;
  requiresLegalResidenceInBelgium: boolean;
  requiresEuLongTermResidentInOtherMemberState: boolean;
}

export const CATEGORY_RULES: readonly CategoryRule[] = [
  {
    id: "unlimited-duration.category-1.2019",
    validFrom: COMBINED_PERMIT_START,
    validUntil: null,
    source: SEED_002,
    category: 1,
    windowMonths: 60,
    requiredMonths: 48,
    requiresLegalResidenceInBelgium: true,
    requiresEuLongTermResidentInOtherMemberState: false,
  },
  {
    id: "unlimited-duration.category-2.2019",
    validFrom: COMBINED_PERMIT_START,
    validUntil: null,
    source: SEED_002,
    category: 2,
    windowMonths: 18,
    requiredMonths: 12,
    requiresLegalResidenceInBelgium: true,
    requiresEuLongTermResidentInOtherMemberState: true,
  },
];

/** What a work period was done under, as the person states it. */
export const WORK_BASES = ["SINGLE_PERMIT", "WORK_CARD", "POSTING", "AU_PAIR", "TRAINEE_NO_CONTRACT", "RESIDENCE_RIGHT"] as const;
export type WorkBasis = (typeof WORK_BASES)[number];

/** Why seed 002 leaves a period out ("Wordt niet beschouwd als werkperiode"). */
export type ExclusionReason =
  | "WORKED_WITHOUT_EMPLOYMENT_CONTRACT"
  | "POSTED_STILL_BOUND_TO_FOREIGN_EMPLOYER"
  | "RIGHT_TO_WORK_CAME_FROM_RESIDENCE_STATUS"
  | "INCAPACITY_NOT_BEGUN_DURING_REGULAR_EMPLOYMENT_BY_EMPLOYER_IN_BELGIUM";

/** Whether work on a basis counts; when it does not, the seed's reason. Both categories count the same bases (the seed says so for each). */
export interface WorkBasisRule extends Dated {
  basis: WorkBasis;
  exclusion: ExclusionReason | null;
}

const basisRule = (basis: WorkBasis, exclusion: ExclusionReason | null): WorkBasisRule => ({
  id: `unlimited-duration.basis.${basis}.2019`,
  validFrom: COMBINED_PERMIT_START,
  validUntil: null,
  source: SEED_002,
  basis,
  exclusion,
});

export const WORK_BASIS_RULES: readonly WorkBasisRule[] = [
  // "U werkte op basis van arbeidskaarten en/of gecombineerde vergunningen."
  basisRule("SINGLE_PERMIT", null),
  basisRule("WORK_CARD", null),
  // "U werkte als gedetacheerde en was dus nog verbonden met uw buitenlandse werkgever."
  basisRule("POSTING", "POSTED_STILL_BOUND_TO_FOREIGN_EMPLOYER"),
  // "U werkte zonder arbeidsovereenkomst, bijvoorbeeld als au-pairjongere of stagiair."
  basisRule("AU_PAIR", "WORKED_WITHOUT_EMPLOYMENT_CONTRACT"),
  basisRule("TRAINEE_NO_CONTRACT", "WORKED_WITHOUT_EMPLOYMENT_CONTRACT"),
  // "U werkte met een verblijfsreden: uw recht om te werken kwam voort uit uw specifieke verblijfssituatie."
  basisRule("RESIDENCE_RIGHT", "RIGHT_TO_WORK_CAME_FROM_RESIDENCE_STATUS"),
];

export const INCAPACITY_CAUSES = ["ILLNESS", "OCCUPATIONAL_DISEASE", "WORK_ACCIDENT"] as const;
export type IncapacityCause = (typeof INCAPACITY_CAUSES)[number];

/**
 * When incapacity for work during employment counts as work: its cause is one the seed lists, and
 * it began while the person was regularly employed by an employer established in Belgium.
 */
export interface IncapacityRule extends Dated {
  countingCauses: readonly IncapacityCause[];
  mustBeginDuringRegularEmploymentByEmployerInBelgium: boolean;
}

export const INCAPACITY_RULES: readonly IncapacityRule[] = [
  {
    id: "unlimited-duration.incapacity.2019",
    validFrom: COMBINED_PERMIT_START,
    validUntil: null,
    source: SEED_002,
    countingCauses: ["ILLNESS", "OCCUPATIONAL_DISEASE", "WORK_ACCIDENT"],
    mustBeginDuringRegularEmploymentByEmployerInBelgium: true,
  },
];

/** The first application day the rules are known for. */
export const FIRST_APPLICATION_DAY = COMBINED_PERMIT_START;
