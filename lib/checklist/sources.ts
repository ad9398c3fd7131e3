/**
 * The sources the checklist cites, by a stable code that the API returns; their titles are in the
 * catalogs (`checklist.sources.<code>`), in four languages. A URL is given only where the source is
 * a public page (REFERENCE.md's source list); the seeds are the Flemish government's guidance.
 */
export const LEGAL_SOURCES = {
  /** Seed 001: the general documents of every combined-permit application. */
  COMBINED_PERMIT_GENERAL_DOCUMENTS: { url: null },
  /** Seed 001 and the Immigration Office's single-permit page: the medical certificate. */
  MEDICAL_CERTIFICATE: { url: "https://5195.f2w.bosa.be/en/themes/third-country-nationals/work/single-permit" },
  /** The Immigration Office's page on the administrative fee and its exemptions [S11]. */
  ADMINISTRATIVE_FEE: { url: "https://dofi.ibz.be/fr/themes/faq/redevance" },
  /** Seed 003 and [S20]: the EU Blue Card. */
  EU_BLUE_CARD: {
    url: "https://www.vreemdelingenrecht.be/werk/heb-je-recht-om-te-werken/heb-je-recht-om-te-werken-als-arbeidsmigrant/bijzondere-categorieen/europese-blauwe-kaart",
  },
  /** [S47]: Brussels' page on intra-corporate transferees. */
  INTRA_CORPORATE_TRANSFER: { url: "http://werk-economie-emploi.brussels/fr_FR/permis-unique-ict" },
  /** Directive (EU) 2016/801 and the Immigration Office's trainee page [S27]. */
  TRAINEESHIP: { url: "https://5195.f2w.bosa.be/en/themes/third-country-nationals/work/trainees/info-employer-or-host-entity" },
  /** [S51][S21]: the labour-market test of the residual category. */
  LABOUR_MARKET_TEST: { url: "https://www.vlaanderen.be/gecombineerde-vergunning-van-bepaalde-duur/gecombineerde-vergunning-overige" },
  /** Seed 001 (application from Belgium) and the Immigration Office's single-permit page [S24]. */
  APPLICATION_FROM_BELGIUM: { url: "https://5195.f2w.bosa.be/en/themes/third-country-nationals/work/single-permit" },
  /** [S10]: the long-term resident of another EU state with a second residence in Belgium. */
  EU_LONG_TERM_RESIDENT: {
    url: "https://www.agii.be/thema/verblijfsrecht-uitwijzing-reizen/langdurig-ingezetene/langdurig-ingezetene-met-tweede-verblijf-in-belgie/wat-zijn-de-voorwaarden-voor-een-tweede-verblijf",
  },
  /** Seed 002 and [S33]: the combined permit of unlimited duration, which the worker applies for. */
  UNLIMITED_DURATION_PERMIT: { url: "https://www.vlaanderen.be/gecombineerde-vergunning-van-onbepaalde-duur" },
} as const satisfies Record<string, { url: string | null }>;

export type LegalSourceCode = keyof typeof LEGAL_SOURCES;
