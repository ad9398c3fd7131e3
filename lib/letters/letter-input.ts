import type { IsoDay } from "@/lib/dates";
import type { PermitCategory } from "@/lib/generated/prisma/enums";
import type { AppealBody, AppealFiler, AppealType } from "@/lib/terms/term-rules";

/**
 * What the letters and annexes print. Everything is given: the letters compute no term and look
 * nothing up, so that the same dossier always yields the same document and the rules stay in the
 * modules that own them (the appeal and its last day come from the term calculator, the bodies'
 * addresses from its reference data: seed 001).
 */

/** A sender or addressee: a name and the lines of its postal address, as printed on an envelope. */
export interface Party {
  name: string;
  addressLines: readonly string[];
}

export interface WorkerIdentity {
  givenNames: string;
  familyName: string;
  dateOfBirth: IsoDay;
  /** ISO 3166-1 alpha-2; printed as the country's name in the letter's language. */
  nationality: string;
}

// The appeal's bodies, kinds and who may file it: the term calculator's vocabulary (lib/terms).
export type { AppealBody, AppealType, AppealFiler } from "@/lib/terms/term-rules";

export interface AppealInput {
  appealTo: AppealBody;
  appealType: AppealType;
  /** Where to send it: the body's name and postal address. */
  addressee: Party;
  /** Conditions of validity; each one that is true is printed (seed 001: the minister's appeal); null when the sources name none. */
  form: { registeredLetter: boolean; motivated: boolean; inANationalLanguage: boolean } | null;
  mayBeFiledBy: readonly AppealFiler[];
  length: { value: number; unit: "DAYS" | "MONTHS" };
  lastDay: IsoDay;
  /** The term's end fell on a weekend or legal holiday and moved to the next working day (REFERENCE §4). */
  lastDayMovedToNextWorkingDay: boolean;
}

/** The negative decisions that go to the employer by registered letter (seed 000, 001). */
export type NegativeDecision = "INADMISSIBLE" | "WORK_PART_REFUSED" | "RESIDENCE_REFUSED";

export interface DecisionLetterInput {
  decision: NegativeDecision;
  /** The deciding authority, the letter's sender: a region's or community's service, or the Immigration Office. */
  authority: Party;
  /** The letter's addressee: the employer, or the person who filed in their own name. */
  employer: Party;
  letterDate: IsoDay;
  decisionDate: IsoDay;
  referenceNumber: string;
  worker: WorkerIdentity;
  category: PermitCategory | null;
  /** The authority's reasons, free text of any length: blank lines separate paragraphs. */
  motivation: string;
  /**
   * Inadmissible because an information request went unanswered for 15 days: the portal recorded
   * the decision on the authority's behalf, and the letter says so.
   */
  recordedByPortal?: boolean;
  appeal: AppealInput;
}

/** What the worker does with a granted permit (seed 001, REFERENCE §4 "After approval"). */
export type AfterGrant =
  | { workerResidesInBelgium: false; /** The post's name as the portal shows it, e.g. "New Delhi (India)". */ diplomaticPost: string }
  | { workerResidesInBelgium: true; /** The last of the 8 working days to register at the municipality. */ registerAtMunicipalityBy: IsoDay };

interface AnnexCommon {
  /** The Immigration Office. */
  authority: Party;
  referenceNumber: string;
  /** The day of the decision (annex 46, 48) or of the certificate (annex 47). */
  decisionDate: IsoDay;
  worker: WorkerIdentity;
  /** Null on a dossier the worker filed in their own name (the unlimited-duration permit). */
  employer: (Party & { enterpriseNumber: string | null }) | null;
  category: PermitCategory | null;
}

export type AnnexInput =
  | (AnnexCommon & { annex: "46"; afterGrant: AfterGrant })
  | (AnnexCommon & { annex: "47"; /** The decision term's last day, which passed without a decision. */ decisionTermLastDay: IsoDay; afterGrant: AfterGrant })
  | (AnnexCommon & { annex: "48"; motivation: string; appeal: AppealInput });

export type Annex = AnnexInput["annex"];
