import type { IsoDay } from "@/lib/dates";
import { inForce, type Dated } from "./dated";
import { DIPLOMATIC_POST_ROWS } from "./diplomatic-posts/diplomatic-posts.data";

/**
 * Belgian embassies and consulates-general where a worker living abroad applies for the type D
 * visa: the 87 posts of diplomatic-posts/be-diplomatic-posts.csv (see its PROVENANCE.md for the
 * sources and what each `confidence` means). Dated reference data: a post that stops taking D
 * visas gets a `validUntil`, never a deletion, so a dossier still shows the post it named.
 */
export interface DiplomaticPost extends Dated {
  code: string;
  city: string;
  /** ISO 3166-1 alpha-2 country the post is in. */
  country: string;
  /**
   * The countries of residence it serves, its own first. May hold territories the portal's country
   * list does not offer (PR, GU, …): ISO codes as the source gives them.
   */
  serves: readonly string[];
  kind: "EMBASSY" | "CONSULATE_GENERAL";
  /** How sure the source is that the post takes D visas for every country it serves. */
  confidence: "HIGH" | "MEDIUM" | "LOW";
}

/**
 * The list carries no opening dates. Its posts count from the first day of the combined-permit
 * procedure (1 January 2019), the earliest day the portal judges; that is not when they opened.
 */
const LIST_IN_FORCE_FROM = "2019-01-01";

/**
 * The posts the portal offered before the list above (a hand-made selection) that the list leaves
 * out, kept so that dossiers naming them still show them. Their last day is the day before the
 * list replaced them (2026-11-29), unless the source knows an earlier closing.
 */
const RETIRED_POSTS: readonly DiplomaticPost[] = [
  {
    id: "diplomatic-post.ANKARA",
    code: "ANKARA",
    city: "Ankara",
    country: "TR",
    serves: ["TR"],
    kind: "EMBASSY",
    confidence: "LOW",
    validFrom: LIST_IN_FORCE_FROM,
    validUntil: "2026-11-28",
    source: "Retired: D visas for Türkiye are handled by the Consulate General in Istanbul (diplomatic-posts/PROVENANCE.md)",
  },
  {
    id: "diplomatic-post.BRASILIA",
    code: "BRASILIA",
    city: "Brasília",
    country: "BR",
    serves: ["BR"],
    kind: "EMBASSY",
    confidence: "LOW",
    validFrom: LIST_IN_FORCE_FROM,
    validUntil: "2026-11-28",
    source: "Retired: only the Consulate General in São Paulo is competent for visas in Brazil (diplomatic-posts/PROVENANCE.md)",
  },
  {
    id: "diplomatic-post.CASABLANCA",
    code: "CASABLANCA",
    city: "Casablanca",
    country: "MA",
    serves: ["MA"],
    kind: "CONSULATE_GENERAL",
    confidence: "HIGH",
    validFrom: LIST_IN_FORCE_FROM,
    validUntil: "2020-06-30",
    source: "Closed on 2020-06-30 (morocco.diplomatie.belgium.be, diplomatic-posts/PROVENANCE.md)",
  },
  {
    id: "diplomatic-post.MEXICO",
    code: "MEXICO",
    city: "Mexico City",
    country: "MX",
    serves: ["MX"],
    kind: "EMBASSY",
    confidence: "MEDIUM",
    validFrom: LIST_IN_FORCE_FROM,
    validUntil: "2026-11-28",
    source: "Retired code: the same embassy is MEXICO_CITY in the list",
  },
];

export const diplomaticPosts: readonly DiplomaticPost[] = [
  ...DIPLOMATIC_POST_ROWS.map(
    (row): DiplomaticPost => ({ ...row, id: `diplomatic-post.${row.code}`, validFrom: LIST_IN_FORCE_FROM, validUntil: null }),
  ),
  ...RETIRED_POSTS,
];

/** Posts open on the given day (ISO date), those serving the country of residence first. */
export function diplomaticPostsOpenOn(day: IsoDay, residenceCountry?: string): DiplomaticPost[] {
  const open = inForce(diplomaticPosts, day);
  if (!residenceCountry) return open;
  const serving = open.filter((p) => p.serves.includes(residenceCountry));
  return [...serving, ...open.filter((p) => !serving.includes(p))];
}

/** The post with this code open on the given day. */
export function findDiplomaticPost(code: string, day: IsoDay): DiplomaticPost | undefined {
  return inForce(diplomaticPosts, day).find((p) => p.code === code);
}
