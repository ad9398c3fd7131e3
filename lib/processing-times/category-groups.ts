import type { PermitCategory } from "@/lib/generated/prisma/enums";

/**
 * The groups the public processing times are shown for. Seed 000 announces shorter times for the
 * highly qualified: "Voor de hoger opgeleiden (categorieën 'hooggeschoolde', 'leidinggevende',
 * 'intra-corporate transferees', 'Europese Blauwe kaart', 'stage in kader van vervolgdiploma'...)
 * is de doorlooptijd beperkt tot zo'n 4 weken." Those five are the seed's; researchers with a
 * hosting agreement are added under its "…" as the other category that requires a higher
 * degree. Every other category, and a dossier without one, is "other".
 */
export const categoryGroups = ["HIGHLY_QUALIFIED", "OTHER"] as const;
export type CategoryGroup = (typeof categoryGroups)[number];

export const HIGHLY_QUALIFIED_CATEGORIES: readonly PermitCategory[] = [
  "HIGHLY_SKILLED",
  "EXECUTIVE",
  "INTRA_CORPORATE_TRANSFEREE",
  "EU_BLUE_CARD",
  "TRAINEE",
  "RESEARCHER",
];

export function categoryGroupOf(category: PermitCategory | null): CategoryGroup {
  return category !== null && HIGHLY_QUALIFIED_CATEGORIES.includes(category) ? "HIGHLY_QUALIFIED" : "OTHER";
}
