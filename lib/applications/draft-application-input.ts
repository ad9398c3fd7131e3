import { z } from "zod";
import { PermitCategory } from "@/lib/generated/prisma/enums";
import { isCountryCode, isThirdCountryNational } from "@/lib/reference/countries";
import { dateToDay, dayInBelgium, dayToDate, isRealDay } from "@/lib/dates";
import { findDiplomaticPost } from "@/lib/reference/diplomatic-posts";
import { categoryFileableFromLegalStay } from "@/lib/checklist/in-country";
import { lookupPostalCode } from "@/lib/reference/postal-codes/postal-codes";
import type { FieldKinds } from "@/lib/forms/form-data";

/**
 * The "new application" form, validated by the same schema in the browser and on the server.
 * Messages are message-catalog keys, so the reader sees them in their own language.
 */

/** Application types this form files; the others have their own procedures (later issues). */
export const draftApplicationTypes = ["COMBINED_PERMIT_FIXED", "EU_BLUE_CARD"] as const;


const dayField = (requiredKey: string) =>
  z
    .string({ error: requiredKey })
    .trim()
    .min(1, requiredKey)
    .refine(isRealDay, "validation.invalidDate");

const text = (requiredKey: string, max: number) =>
  z.string({ error: requiredKey }).trim().min(1, requiredKey).max(max, { message: "validation.tooLong" });

/** The worker's working time over the given rows, counting rows without a valid share as 0. */
export function totalShare(rows: readonly unknown[]): number {
  return rows.reduce<number>((sum, row) => {
    const share = typeof row === "object" && row ? (row as { sharePercent?: unknown }).sharePercent : undefined;
    return sum + (typeof share === "number" && Number.isFinite(share) ? share : 0);
  }, 0);
}

/**
 * One place where the worker will work: one of the employer's establishment units or, for an
 * employer with no unit in Belgium, the postal code of the place of work. Which of the two the
 * employer needs is checked on the server, which knows the employer's units.
 */
export const workplaceInputSchema = z.object({
  establishmentUnitId: z.union([z.literal(""), z.uuid("validation.establishmentUnitRequired")]).optional(),
  postalCode: z.string().optional(),
  sharePercent: z
    .number({ error: "validation.shareRequired" })
    .int("validation.shareWholeNumber")
    .min(1, "validation.shareRange")
    .max(100, "validation.shareRange"),
});

export const draftApplicationSchema = z
  .object({
    /** Only a mandatary names the employer; an employer user files for its own organisation. */
    employerId: z.string().uuid("validation.employerRequired").optional(),
    type: z.enum(draftApplicationTypes, { error: "validation.typeRequired" }),
    category: z.enum(PermitCategory, { error: "validation.categoryRequired" }),
    worker: z.object({
      givenNames: text("validation.givenNamesRequired", 100),
      familyName: text("validation.familyNameRequired", 100),
      dateOfBirth: dayField("validation.dateOfBirthRequired"),
      nationality: z
        .string({ error: "validation.nationalityRequired" })
        .refine(isCountryCode, "validation.nationalityRequired")
        .refine(isThirdCountryNational, "validation.nationalityNotThirdCountry"),
      passportNumber: z
        .string({ error: "validation.passportNumberRequired" })
        .trim()
        .min(1, "validation.passportNumberRequired")
        .regex(/^[A-Za-z0-9]{5,20}$/, "validation.passportNumberFormat"),
      email: z.union([z.literal(""), z.email("validation.emailFormat")]).optional(),
      residesInBelgium: z.boolean({ error: "validation.residesInBelgiumRequired" }),
      /** Asked only when the worker lives in Belgium: the filer declares a legal stay (not a procedure document). */
      legalStay: z.boolean().optional(),
      /** Asked only when the worker lives abroad; checked with the answer to residesInBelgium below. */
      residenceCountry: z.string().optional(),
    }),
    jobTitle: text("validation.jobTitleRequired", 200),
    iscoCode: z.string({ error: "validation.iscoCodeFormat" }).regex(/^\d{4}$/, "validation.iscoCodeFormat"),
    employmentStartDate: dayField("validation.employmentStartDateRequired"),
    diplomaticPostCode: z.string().optional(),
    workplaces: z.array(workplaceInputSchema).min(1, "validation.workplaceRequired").max(20, "validation.tooManyWorkplaces"),
  })
  .superRefine(
    (value, ctx) => {
      // Runs even when some fields are missing or of the wrong type (see `when`), so that the
      // cross-field errors appear together with the others: every value here may be absent or
      // of another type than declared.
      const worker: Partial<Record<keyof typeof value.worker, unknown>> = typeof value.worker === "object" && value.worker ? value.worker : {};
      const today = dayInBelgium();
      if (typeof worker.dateOfBirth === "string" && isRealDay(worker.dateOfBirth) && worker.dateOfBirth >= today) {
        ctx.addIssue({ code: "custom", path: ["worker", "dateOfBirth"], message: "validation.dateOfBirthInPast" });
      }
      if (worker.residesInBelgium === false) {
        if (typeof worker.residenceCountry !== "string" || !isCountryCode(worker.residenceCountry)) {
          ctx.addIssue({ code: "custom", path: ["worker", "residenceCountry"], message: "validation.residenceCountryRequired" });
        } else if (worker.residenceCountry === "BE") {
          ctx.addIssue({ code: "custom", path: ["worker", "residenceCountry"], message: "validation.residenceCountryAbroad" });
        }
        if (typeof value.diplomaticPostCode !== "string" || !findDiplomaticPost(value.diplomaticPostCode, today)) {
          ctx.addIssue({ code: "custom", path: ["diplomaticPostCode"], message: "validation.diplomaticPostRequired" });
        }
      }
      if (worker.residesInBelgium === true) {
        if (worker.legalStay !== true) {
          ctx.addIssue({ code: "custom", path: ["worker", "legalStay"], message: "validation.legalStayRequired" });
        }
        if (typeof value.category === "string" && isPermitCategory(value.category) && !categoryFileableFromLegalStay(value.category, today)) {
          ctx.addIssue({ code: "custom", path: ["category"], message: "validation.categoryNotFromBelgium" });
        }
      }
      if ((value.type === "EU_BLUE_CARD") !== (value.category === "EU_BLUE_CARD") && typeof value.category === "string") {
        ctx.addIssue({ code: "custom", path: ["category"], message: "validation.blueCardCategory" });
      }
      const workplaces: unknown[] = Array.isArray(value.workplaces) ? value.workplaces : [];
      const seen = new Set<string>();
      workplaces.forEach((row, index) => {
        const workplace: Record<string, unknown> = typeof row === "object" && row ? (row as Record<string, unknown>) : {};
        // A row names a place of work by postal code when the form offered no units to choose from.
        if (workplace.postalCode !== undefined) {
          if (typeof workplace.postalCode !== "string" || lookupPostalCode(workplace.postalCode.trim())?.geographic !== true) {
            ctx.addIssue({ code: "custom", path: ["workplaces", index, "postalCode"], message: "validation.placeOfWorkPostalCode" });
          }
        } else if (typeof workplace.establishmentUnitId !== "string" || !workplace.establishmentUnitId) {
          ctx.addIssue({ code: "custom", path: ["workplaces", index, "establishmentUnitId"], message: "validation.establishmentUnitRequired" });
        } else if (seen.has(workplace.establishmentUnitId)) {
          ctx.addIssue({ code: "custom", path: ["workplaces", index, "establishmentUnitId"], message: "validation.establishmentUnitTwice" });
        } else {
          seen.add(workplace.establishmentUnitId);
        }
      });
      if (workplaces.length > 0 && totalShare(workplaces) !== 100) {
        ctx.addIssue({ code: "custom", path: ["workplaces"], message: "validation.sharesMustTotal100" });
      }
    },
    // Only a form-shaped value has fields to compare; anything else already has its type errors.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  )
  // A worker living in Belgium lives in Belgium: the country is not asked, but stored.
  .transform((value) => ({
    ...value,
    workplaces: value.workplaces.map((w) => ({ ...w, postalCode: w.postalCode?.trim() })),
    worker: {
      ...value.worker,
      residenceCountry: value.worker.residesInBelgium ? "BE" : (value.worker.residenceCountry ?? ""),
      legalStay: value.worker.residesInBelgium ? value.worker.legalStay === true : false,
    },
    diplomaticPostCode: value.worker.residesInBelgium ? undefined : value.diplomaticPostCode,
  }));

function isPermitCategory(value: string): value is PermitCategory {
  return value in PermitCategory;
}

/** What the form posts that is not text, for reading it into this schema's object. */
export const draftApplicationFieldKinds: FieldKinds = {
  numbers: ["workplaces.*.sharePercent"],
  booleans: ["worker.residesInBelgium"],
  checkboxes: ["worker.legalStay"],
};

export type DraftApplicationInput = z.input<typeof draftApplicationSchema>;
export type DraftApplication = z.output<typeof draftApplicationSchema>;

/** The worker's columns as the form gives them; creating and changing a draft store the same. */
export function workerRecord(worker: DraftApplication["worker"]) {
  return {
    givenNames: worker.givenNames,
    familyName: worker.familyName,
    dateOfBirth: dayToDate(worker.dateOfBirth),
    nationality: worker.nationality,
    passportNumber: worker.passportNumber.toUpperCase(),
    email: worker.email || null,
    residesInBelgium: worker.residesInBelgium,
    residenceCountry: worker.residenceCountry,
  };
}

/** The application's own columns as the form gives them. */
export function applicationRecord(data: DraftApplication) {
  return {
    type: data.type,
    category: data.category,
    jobTitle: data.jobTitle,
    iscoCode: data.iscoCode,
    employmentStartDate: dayToDate(data.employmentStartDate),
    diplomaticPostCode: data.worker.residesInBelgium ? null : (data.diplomaticPostCode ?? null),
    workerLegalStayDeclared: data.worker.legalStay,
  };
}

interface StoredDraft {
  type: string;
  category: string | null;
  jobTitle: string | null;
  iscoCode: string | null;
  employmentStartDate: Date | null;
  diplomaticPostCode: string | null;
  workerLegalStayDeclared: boolean;
  worker: {
    givenNames: string;
    familyName: string;
    dateOfBirth: Date;
    nationality: string;
    passportNumber: string;
    email: string | null;
    residesInBelgium: boolean;
    residenceCountry: string;
  };
  workplaces: { establishmentUnitId: string | null; postalCode: string; sharePercent: number }[];
}

/** A stored draft as the form's values, for changing it. */
export function draftFormValues(draft: StoredDraft): DraftApplicationInput {
  return {
    type: draft.type as DraftApplicationInput["type"],
    category: (draft.category ?? undefined) as DraftApplicationInput["category"],
    worker: {
      ...draft.worker,
      dateOfBirth: dateToDay(draft.worker.dateOfBirth),
      email: draft.worker.email ?? "",
      legalStay: draft.workerLegalStayDeclared,
    },
    jobTitle: draft.jobTitle ?? "",
    iscoCode: draft.iscoCode ?? "",
    employmentStartDate: draft.employmentStartDate ? dateToDay(draft.employmentStartDate) : "",
    diplomaticPostCode: draft.diplomaticPostCode ?? "",
    workplaces: draft.workplaces.map((w) =>
      w.establishmentUnitId ? { establishmentUnitId: w.establishmentUnitId, sharePercent: w.sharePercent } : { postalCode: w.postalCode, sharePercent: w.sharePercent },
    ),
  };
}
