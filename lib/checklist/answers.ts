import type { IsoDay } from "@/lib/dates";
import type { PermitCategory, StayType } from "@/lib/generated/prisma/enums";

/**
 * What the checklist, the in-country rule and the diplomatic-post rule need to know about an
 * application: the answers of the public "What must I upload?" page and API, and of a dossier
 * (filing-rules.ts maps one onto the other).
 */
export const WORKER_LOCATIONS = ["ABROAD", "BELGIUM"] as const;
export type WorkerLocation = (typeof WORKER_LOCATIONS)[number];

export const APPLICATION_KINDS = ["FIRST", "RENEWAL"] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const EMPLOYMENT_TYPES = ["BELGIAN_EMPLOYMENT", "POSTING"] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export interface ChecklistAnswers {
  workerLocation: WorkerLocation;
  /** How the worker stays in Belgium; null when the worker lives abroad. */
  stayType: StayType | null;
  /** A long-term resident of another EU state asking for a second residence in Belgium. */
  euLongTermResidentSeekingSecondResidence: boolean;
  workerBirthDate: IsoDay;
  category: PermitCategory;
  applicationType: ApplicationKind;
  employmentType: EmploymentType;
  regulatedProfession: boolean;
  feeExemptionClaimed: boolean;
}
