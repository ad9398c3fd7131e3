import type { CountryCode } from "./countries";

/**
 * Belgian diplomatic posts that issue type D visas, where a worker living abroad collects the visa.
 * Dated reference data: a post that closes gets a `validUntil`, never a deletion, so old dossiers
 * still show the post they named. Source: FPS Foreign Affairs list of embassies and consulates
 * (diplomatie.belgium.be), as of 2026-11-01; a first selection of the posts with the most
 * combined-permit visas, to be completed from the full list.
 */
export interface DiplomaticPost {
  code: string;
  city: string;
  country: CountryCode;
  /** The countries of residence it serves (its own country at least). */
  serves: readonly CountryCode[];
  validFrom: string;
  validUntil?: string;
}

export const diplomaticPosts: readonly DiplomaticPost[] = [
  { code: "ABUJA", city: "Abuja", country: "NG", serves: ["NG"], validFrom: "2000-01-01" },
  { code: "ANKARA", city: "Ankara", country: "TR", serves: ["TR"], validFrom: "2000-01-01" },
  { code: "BEIJING", city: "Beijing", country: "CN", serves: ["CN"], validFrom: "2000-01-01" },
  { code: "BOGOTA", city: "Bogotá", country: "CO", serves: ["CO"], validFrom: "2000-01-01" },
  { code: "BRASILIA", city: "Brasília", country: "BR", serves: ["BR"], validFrom: "2000-01-01" },
  { code: "CASABLANCA", city: "Casablanca", country: "MA", serves: ["MA"], validFrom: "2000-01-01" },
  { code: "DAKAR", city: "Dakar", country: "SN", serves: ["SN", "GM", "ML", "MR"], validFrom: "2000-01-01" },
  { code: "ISTANBUL", city: "Istanbul", country: "TR", serves: ["TR"], validFrom: "2000-01-01" },
  { code: "KINSHASA", city: "Kinshasa", country: "CD", serves: ["CD", "CG"], validFrom: "2000-01-01" },
  { code: "MANILA", city: "Manila", country: "PH", serves: ["PH"], validFrom: "2000-01-01" },
  { code: "MEXICO", city: "Mexico City", country: "MX", serves: ["MX"], validFrom: "2000-01-01" },
  { code: "MUMBAI", city: "Mumbai", country: "IN", serves: ["IN"], validFrom: "2000-01-01" },
  { code: "NAIROBI", city: "Nairobi", country: "KE", serves: ["KE", "UG", "TZ", "RW"], validFrom: "2000-01-01" },
  { code: "NEW_DELHI", city: "New Delhi", country: "IN", serves: ["IN", "NP", "BD", "LK"], validFrom: "2000-01-01" },
  { code: "NEW_YORK", city: "New York", country: "US", serves: ["US"], validFrom: "2000-01-01" },
  { code: "PRETORIA", city: "Pretoria", country: "ZA", serves: ["ZA", "BW", "NA", "LS", "SZ"], validFrom: "2000-01-01" },
  { code: "RABAT", city: "Rabat", country: "MA", serves: ["MA"], validFrom: "2000-01-01" },
  { code: "SHANGHAI", city: "Shanghai", country: "CN", serves: ["CN"], validFrom: "2000-01-01" },
  { code: "TOKYO", city: "Tokyo", country: "JP", serves: ["JP"], validFrom: "2000-01-01" },
  { code: "TUNIS", city: "Tunis", country: "TN", serves: ["TN"], validFrom: "2000-01-01" },
];

/** Posts open on the given day (ISO date), for the country of residence first. */
export function diplomaticPostsOpenOn(day: string, residenceCountry?: string): DiplomaticPost[] {
  const open = diplomaticPosts.filter((p) => p.validFrom <= day && (p.validUntil === undefined || day <= p.validUntil));
  if (!residenceCountry) return open;
  const serving = open.filter((p) => (p.serves as readonly string[]).includes(residenceCountry));
  return [...serving, ...open.filter((p) => !serving.includes(p))];
}

export function findDiplomaticPost(code: string, day: string): DiplomaticPost | undefined {
  return diplomaticPostsOpenOn(day).find((p) => p.code === code);
}
