import { z } from "zod";
import { PermitCategory } from "@/lib/generated/prisma/enums";
import { isCountryCode, isThirdCountryNational } from "@/lib/reference/countries";

/**
 * The "new application" form, validated by the same schema in the browser and on the server.
 * Messages are message-catalog keys, so the reader sees them in their own language.
 */

/** Application types this form files; the others have their own procedures (later issues). */
export const draftApplicationTypes = ["COMBINED_PERMIT_FIXED", "EU_BLUE_CARD"] as const;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(value: string): boolean {
  if (!isoDay.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const day = (requiredKey: string) =>
  z
    .string({ error: requiredKey })
    .trim()
    .min(1, requiredKey)
    .refine(isRealDay, "validation.invalidDate");

const text = (requiredKey: string, max: number) =>
  z.string({ error: requiredKey }).trim().min(1, requiredKey).max(max, { message: "validation.tooLong" });

export const workplaceInputSchema = z.object({
  establishmentUnitId: z.string({ error: "validation.establishmentUnitRequired" }).uuid("validation.establishmentUnitRequired"),
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
      dateOfBirth: day("validation.dateOfBirthRequired"),
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
      residenceCountry: z.string({ error: "validation.residenceCountryRequired" }).refine(isCountryCode, "validation.residenceCountryRequired"),
    }),
    jobTitle: text("validation.jobTitleRequired", 200),
    iscoCode: z.string({ error: "validation.iscoCodeFormat" }).regex(/^\d{4}$/, "validation.iscoCodeFormat"),
    employmentStartDate: day("validation.employmentStartDateRequired"),
    diplomaticPostCode: z.string().optional(),
    workplaces: z.array(workplaceInputSchema).min(1, "validation.workplaceRequired").max(20, "validation.tooManyWorkplaces"),
  })
  .superRefine((value, ctx) => {
    const birth = value.worker.dateOfBirth;
    if (isRealDay(birth) && birth >= new Date().toISOString().slice(0, 10)) {
      ctx.addIssue({ code: "custom", path: ["worker", "dateOfBirth"], message: "validation.dateOfBirthInPast" });
    }
    if (value.worker.residesInBelgium && value.worker.residenceCountry !== "BE") {
      ctx.addIssue({ code: "custom", path: ["worker", "residenceCountry"], message: "validation.residenceCountryBelgium" });
    }
    if (!value.worker.residesInBelgium && value.worker.residenceCountry === "BE") {
      ctx.addIssue({ code: "custom", path: ["worker", "residenceCountry"], message: "validation.residenceCountryAbroad" });
    }
    if (!value.worker.residesInBelgium && !value.diplomaticPostCode) {
      ctx.addIssue({ code: "custom", path: ["diplomaticPostCode"], message: "validation.diplomaticPostRequired" });
    }
    const seen = new Set<string>();
    value.workplaces.forEach((workplace, index) => {
      if (seen.has(workplace.establishmentUnitId)) {
        ctx.addIssue({ code: "custom", path: ["workplaces", index, "establishmentUnitId"], message: "validation.establishmentUnitTwice" });
      }
      seen.add(workplace.establishmentUnitId);
    });
    const total = value.workplaces.reduce((sum, w) => sum + (Number.isFinite(w.sharePercent) ? w.sharePercent : 0), 0);
    if (value.workplaces.length > 0 && total !== 100) {
      ctx.addIssue({ code: "custom", path: ["workplaces"], message: "validation.sharesMustTotal100" });
    }
  });

export type DraftApplicationInput = z.input<typeof draftApplicationSchema>;
export type DraftApplication = z.output<typeof draftApplicationSchema>;
