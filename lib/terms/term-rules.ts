import type { Dated } from "@/lib/reference/dated";
import type { PermitCategory, Region } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { TermLength } from "./counting";

/**
 * The sources the terms cite, by REFERENCE.md's ids ([S..]) with their public page; `GK` marks
 * what REFERENCE.md gives as general knowledge, checked against no source. Titles are the pages'
 * own names, not translated.
 */
export const TERM_SOURCES = {
  SEED_001: { ref: "seed 001", title: "Hoe vraag je een gecombineerde vergunning aan? (Vlaamse overheid)", url: null },
  S1: { ref: "S1", title: "Myria — Le permis unique : procédure", url: "https://www.myria.be/fr/droits-fondamentaux/migration-economique/le-permis-unique-procedure" },
  S20: {
    ref: "S20",
    title: "Vreemdelingenrecht.be — Europese blauwe kaart",
    url: "https://www.vreemdelingenrecht.be/werk/heb-je-recht-om-te-werken/heb-je-recht-om-te-werken-als-arbeidsmigrant/bijzondere-categorieen/europese-blauwe-kaart",
  },
  S25: { ref: "S25", title: "EU Immigration Portal — Seasonal worker in Belgium", url: "https://home-affairs.ec.europa.eu/policies/migration-and-asylum/eu-immigration-portal/seasonal-worker-belgium_en" },
  S28: { ref: "S28", title: "Relocate Magazine — Immigration update Belgium: single permit launches", url: "https://www.relocatemagazine.com/news/immigration-update-belgium-single-permit-launches-0119" },
  S30: { ref: "S30", title: "Vandelanotte — New single permit procedure implemented on 1 January 2019", url: "https://vandelanotte.be/en/news/627-new-single-permit-procedure-implemented-on-1-january-2019" },
  S31: { ref: "S31", title: "Vlaanderen.be — Toelating tot arbeid: beroep tegen weigering of intrekking", url: "https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-beroep-tegen-weigering-of-intrekking" },
  S32: { ref: "S32", title: "Agii — Beroepsmogelijkheden tegen een weigering van de toelating tot arbeid", url: null },
  S40: { ref: "S40", title: "The Brussels Times — Single permit applications should take just 90 days", url: "https://www.brusselstimes.com/1711711/single-permit-applications-should-take-just-90-days-in-belgium-from-next-year" },
  S41: { ref: "S41", title: "EUR-Lex — Directive (EU) 2024/1233 (single permit, recast)", url: "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32024L1233" },
  S44: {
    ref: "S44",
    title: "Vlaanderen.be — Beroepskaart geweigerd: beroepsprocedure (Raad van State, 60 dagen)",
    url: "https://www.vlaanderen.be/beroepskaart-voor-buitenlandse-ondernemers/beroepskaart-geweigerd-beroepsprocedure",
  },
  ALIENS_ACT_39_57: { ref: "GK", title: "Wet van 15 december 1980 (Vreemdelingenwet), art. 39/57", url: null },
} as const satisfies Record<string, { ref: string; title: string; url: string | null }>;

export type TermSourceCode = keyof typeof TERM_SOURCES;

/** One dated term rule: the common shape plus the sources it cites. */
interface TermRuleBase extends Dated {
  sources: readonly TermSourceCode[];
}

/** The term a region has to decide whether an application is complete; null when no term is known. */
export interface AdmissibilityTermRule extends TermRuleBase {
  kind: "ADMISSIBILITY_DECISION";
  region: Region;
  length: TermLength | null;
}

/** The term to answer a request for additional information, and what follows when it passes. */
export interface InformationRequestTermRule extends TermRuleBase {
  kind: "ANSWER_ADDITIONAL_INFORMATION_REQUEST";
  length: TermLength;
}

/**
 * The term to decide on the merits, counted from admissibility, for some categories. The directive's
 * clock (counted from submission) has the same length: the seed's Belgian rule and the Single
 * Permit Directive both say 4 months, and the categories' shorter terms come from their own
 * directives. Whether the permit is deemed granted (annex 47) when it passes, or the dossier is
 * only overdue, is part of the same rule.
 */
export interface DecisionTermRule extends TermRuleBase {
  kind: "DECISION_ON_MERITS";
  categories: readonly PermitCategory[];
  length: TermLength;
  tacitApprovalWhenTermPasses: boolean;
}

export type AppealAgainst = "INADMISSIBILITY" | "WORK_PART_REFUSAL" | "MINISTER_APPEAL_REJECTION" | "RESIDENCE_REFUSAL";
export type AppealBody = "COUNCIL_OF_STATE" | "REGIONAL_MINISTER_OF_EMPLOYMENT" | "COUNCIL_FOR_ALIEN_LAW_LITIGATION";
/** An annulment before a court, or an administrative appeal to the minister (who decides again on the merits). */
export type AppealType = "ANNULMENT" | "ADMINISTRATIVE_APPEAL";
export type AppealFiler = "EMPLOYER" | "WORKER_IF_LEGALLY_RESIDENT" | "WORKER" | "ANY_PARTY_WITH_AN_INTEREST";

/** Where an appeal is sent: the body's name and postal address, in each language, as lines of a letter. */
export interface Addressee {
  id: string;
  lines: Readonly<Record<Locale, readonly string[]>>;
}

export interface AppealRule extends TermRuleBase {
  kind: "APPEAL";
  against: AppealAgainst;
  /** The region whose decision is appealed, for a rule that differs per region; null for every region. */
  region: Region | null;
  length: TermLength;
  appealTo: AppealBody;
  appealType: AppealType;
  /** The conditions of form the sources state; null when they state none. */
  form: { registeredLetter: boolean; motivated: boolean; inANationalLanguage: boolean } | null;
  mayBeFiledBy: readonly AppealFiler[];
  /** The annex that notified the refusal appealed against, when there is one. */
  refusalAnnex: "ANNEX_48" | null;
  /** Null when the sources give no address (the seed gives one for Flanders and Brussels only). */
  addressee: Addressee | null;
}

export type TermRule = AdmissibilityTermRule | InformationRequestTermRule | DecisionTermRule | AppealRule;

/** The combined-permit procedure, and with it these terms, began on 1 January 2019 [S30]. */
const SINCE_2019 = { validFrom: "2019-01-01", validUntil: null } as const;
const days = (value: number): TermLength => ({ value, unit: "DAYS" });
const months = (value: number): TermLength => ({ value, unit: "MONTHS" });

export const ADMISSIBILITY_TERM_RULES: readonly AdmissibilityTermRule[] = [
  {
    id: "term.admissibility.FLEMISH_REGION.2019",
    ...SINCE_2019,
    source: "Seed 001 (Hoe verloopt de procedure?): 10 days from receipt; REFERENCE.md §4 [seed, not verified elsewhere]",
    sources: ["SEED_001"],
    kind: "ADMISSIBILITY_DECISION",
    region: "FLEMISH_REGION",
    length: days(10),
  },
  {
    id: "term.admissibility.BRUSSELS_CAPITAL_REGION.2019",
    ...SINCE_2019,
    source: "Seed 001 (Hoe verloopt de procedure?): 15 days from receipt; REFERENCE.md §4 [seed, not verified elsewhere]",
    sources: ["SEED_001"],
    kind: "ADMISSIBILITY_DECISION",
    region: "BRUSSELS_CAPITAL_REGION",
    length: days(15),
  },
  // No source gives Wallonia's or the German-speaking Community's term (REFERENCE §4 ⚠): the row
  // says so, so that a dossier stores that no term was known, and a later row can give one.
  {
    id: "term.admissibility.WALLOON_REGION.unknown.2019",
    ...SINCE_2019,
    source: "REFERENCE.md §4: not found ⚠",
    sources: [],
    kind: "ADMISSIBILITY_DECISION",
    region: "WALLOON_REGION",
    length: null,
  },
  {
    id: "term.admissibility.GERMAN_SPEAKING_COMMUNITY.unknown.2019",
    ...SINCE_2019,
    source: "REFERENCE.md §4: not found ⚠",
    sources: [],
    kind: "ADMISSIBILITY_DECISION",
    region: "GERMAN_SPEAKING_COMMUNITY",
    length: null,
  },
];

export const INFORMATION_REQUEST_TERM_RULES: readonly InformationRequestTermRule[] = [
  {
    id: "term.information-request.2019",
    ...SINCE_2019,
    source: "Seed 001 (15 days after notification; then inadmissible, registered letter to the employer); REFERENCE.md §4 [S28]",
    sources: ["SEED_001", "S28"],
    kind: "ANSWER_ADDITIONAL_INFORMATION_REQUEST",
    length: days(15),
  },
];

export const DECISION_TERM_RULES: readonly DecisionTermRule[] = [
  {
    // The recast directive (EU) 2024/1233 sets 90 days from its transposition (due 21 May 2026),
    // but no Belgian transposition is known: 4 months stays until a row with its source replaces it.
    id: "term.decision.default.2019",
    ...SINCE_2019,
    source: "Seed 001 (Behandelingstermijn: 4 months from admissibility; annex 47 when it passes); REFERENCE.md §4 [S1][S30]",
    sources: ["SEED_001", "S1", "S30"],
    kind: "DECISION_ON_MERITS",
    categories: ["HIGHLY_SKILLED", "EXECUTIVE", "MEDIUM_SKILLED_SHORTAGE", "OTHER"],
    length: months(4),
    tacitApprovalWhenTermPasses: true,
  },
  {
    // The seed also excludes European volunteers from tacit approval; they are not a category of
    // the portal (PermitCategory) today, so no row names them.
    id: "term.decision.90-days.2019",
    ...SINCE_2019,
    source: "Seed 001 (90 days for EU Blue Card, ICT, seasonal worker, trainee; no tacit approval); REFERENCE.md §4 [S20][S25][S1]",
    sources: ["SEED_001", "S20", "S25", "S1"],
    kind: "DECISION_ON_MERITS",
    categories: ["EU_BLUE_CARD", "INTRA_CORPORATE_TRANSFEREE", "SEASONAL_WORKER", "TRAINEE"],
    length: days(90),
    tacitApprovalWhenTermPasses: false,
  },
  {
    id: "term.decision.researcher.2019",
    ...SINCE_2019,
    source: "Seed 001 (60 days for a researcher with a hosting agreement; no tacit approval); REFERENCE.md §4 [seed][S1]",
    sources: ["SEED_001", "S1"],
    kind: "DECISION_ON_MERITS",
    categories: ["RESEARCHER"],
    length: days(60),
    tacitApprovalWhenTermPasses: false,
  },
];

const FLEMISH_MINISTER: Addressee = {
  id: "addressee.minister-of-employment.FLEMISH_REGION",
  lines: {
    nl: ["Minister van Tewerkstelling", "Het Vlaamse Subsidieagentschap voor Werk en Sociale economie", "Dienst Arbeidsmigratie en Uitzendkantoren", "Koning Albert II-laan 35 bus 21", "1030 Brussel"],
    fr: [
      "Ministre de l'Emploi",
      "Agence flamande de subventions pour l'Emploi et l'Économie sociale (Vlaams Subsidieagentschap voor Werk en Sociale economie)",
      "Service Migration de travail et Agences d'intérim",
      "Boulevard du Roi Albert II 35 boîte 21",
      "1030 Bruxelles",
    ],
    de: [
      "Minister für Beschäftigung",
      "Flämische Subventionsagentur für Arbeit und Sozialwirtschaft (Vlaams Subsidieagentschap voor Werk en Sociale economie)",
      "Dienst Arbeitsmigration und Leiharbeitsbüros",
      "Koning Albert II-laan 35 bus 21",
      "1030 Brussel",
    ],
    en: [
      "Minister of Employment",
      "Flemish Subsidy Agency for Work and Social Economy (Vlaams Subsidieagentschap voor Werk en Sociale economie)",
      "Labour Migration and Temporary Employment Agencies Department",
      "Koning Albert II-laan 35 bus 21",
      "1030 Brussel",
    ],
  },
};

const BRUSSELS_MINISTER: Addressee = {
  id: "addressee.minister-of-employment.BRUSSELS_CAPITAL_REGION",
  lines: {
    nl: ["Minister van Tewerkstelling", "Brussel Economie en Werkgelegenheid", "Directie Economische Migratie", "Sint-Lazarusplein 2", "1035 Brussel"],
    fr: ["Ministre de l'Emploi", "Bruxelles Économie et Emploi", "Direction de la Migration économique", "Place Saint-Lazare 2", "1035 Bruxelles"],
    de: ["Minister für Beschäftigung", "Brüssel Wirtschaft und Beschäftigung (Bruxelles Économie et Emploi)", "Direktion Wirtschaftsmigration", "Place Saint-Lazare 2", "1035 Bruxelles"],
    en: ["Minister of Employment", "Brussels Economy and Employment (Bruxelles Économie et Emploi)", "Economic Migration Directorate", "Place Saint-Lazare 2", "1035 Bruxelles"],
  },
};

const COUNCIL_OF_STATE_60_DAYS = {
  length: days(60),
  appealTo: "COUNCIL_OF_STATE",
  appealType: "ANNULMENT",
  // The seed states no form; who may bring an annulment is the Council of State's own rule (an interest) [GK].
  form: null,
  mayBeFiledBy: ["ANY_PARTY_WITH_AN_INTEREST"],
  refusalAnnex: null,
  addressee: null,
  region: null,
} as const;

/** The appeal to the regional minister against a refused work part: seed 001, the same conditions in every region. */
const MINISTER_APPEAL = {
  ...SINCE_2019,
  kind: "APPEAL",
  against: "WORK_PART_REFUSAL",
  length: months(1),
  appealTo: "REGIONAL_MINISTER_OF_EMPLOYMENT",
  appealType: "ADMINISTRATIVE_APPEAL",
  form: { registeredLetter: true, motivated: true, inANationalLanguage: true },
  mayBeFiledBy: ["EMPLOYER", "WORKER_IF_LEGALLY_RESIDENT"],
  refusalAnnex: null,
} as const;

export const APPEAL_RULES: readonly AppealRule[] = [
  {
    id: "appeal.inadmissibility.2019",
    ...SINCE_2019,
    source: "Seed 001 (Beroepsmogelijkheden: Raad van State, 60 days)",
    sources: ["SEED_001", "S44"],
    kind: "APPEAL",
    against: "INADMISSIBILITY",
    ...COUNCIL_OF_STATE_60_DAYS,
  },
  {
    ...MINISTER_APPEAL,
    id: "appeal.work-part-refusal.FLEMISH_REGION.2019",
    source: "Seed 001 (Beroep bij de bevoegde minister, address for the Flemish Region); REFERENCE.md §4 [S31]",
    sources: ["SEED_001", "S31"],
    region: "FLEMISH_REGION",
    addressee: FLEMISH_MINISTER,
  },
  {
    ...MINISTER_APPEAL,
    id: "appeal.work-part-refusal.BRUSSELS_CAPITAL_REGION.2019",
    source: "Seed 001 (Beroep bij de bevoegde minister, address for the Brussels-Capital Region); REFERENCE.md §4 ⚠ not verified",
    sources: ["SEED_001"],
    region: "BRUSSELS_CAPITAL_REGION",
    addressee: BRUSSELS_MINISTER,
  },
  {
    ...MINISTER_APPEAL,
    id: "appeal.work-part-refusal.WALLOON_REGION.2019",
    source: "Seed 001 (Beroep bij de bevoegde minister; no address given for Wallonia); REFERENCE.md §4 ⚠ not verified",
    sources: ["SEED_001"],
    region: "WALLOON_REGION",
    addressee: null,
  },
  {
    ...MINISTER_APPEAL,
    id: "appeal.work-part-refusal.GERMAN_SPEAKING_COMMUNITY.2019",
    source: "Seed 001 (Beroep bij de bevoegde minister; no address given for the German-speaking Community); REFERENCE.md §4 ⚠ not verified",
    sources: ["SEED_001"],
    region: "GERMAN_SPEAKING_COMMUNITY",
    addressee: null,
  },
  {
    id: "appeal.minister-appeal-rejection.2019",
    ...SINCE_2019,
    source: "Seed 001 (Beroep bij de Raad van State, 60 days); REFERENCE.md §4 [S32][S44]",
    sources: ["SEED_001", "S32", "S44"],
    kind: "APPEAL",
    against: "MINISTER_APPEAL_REJECTION",
    ...COUNCIL_OF_STATE_60_DAYS,
  },
  {
    id: "appeal.residence-refusal.2019",
    ...SINCE_2019,
    source: "Seed 001 (annulatieberoep bij de Raad voor Vreemdelingenbetwistingen, 30 days after notification); REFERENCE.md §4 (Aliens Act art. 39/57) [GK]",
    sources: ["SEED_001", "ALIENS_ACT_39_57"],
    kind: "APPEAL",
    against: "RESIDENCE_REFUSAL",
    region: null,
    length: days(30),
    appealTo: "COUNCIL_FOR_ALIEN_LAW_LITIGATION",
    appealType: "ANNULMENT",
    form: null,
    // The foreign national the refusal is addressed to (Aliens Act art. 39/56) [GK].
    mayBeFiledBy: ["WORKER"],
    refusalAnnex: "ANNEX_48",
    addressee: null,
  },
];

/** The rows by kind, as `termsAfter` reads them (a test may hand it others, e.g. a later row). */
export interface TermRuleSet {
  admissibility: readonly AdmissibilityTermRule[];
  informationRequest: readonly InformationRequestTermRule[];
  decision: readonly DecisionTermRule[];
  appeal: readonly AppealRule[];
}

export const TERM_RULE_SET: TermRuleSet = {
  admissibility: ADMISSIBILITY_TERM_RULES,
  informationRequest: INFORMATION_REQUEST_TERM_RULES,
  decision: DECISION_TERM_RULES,
  appeal: APPEAL_RULES,
};

export const TERM_RULES: readonly TermRule[] = [...ADMISSIBILITY_TERM_RULES, ...INFORMATION_REQUEST_TERM_RULES, ...DECISION_TERM_RULES, ...APPEAL_RULES];
