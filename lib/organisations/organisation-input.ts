import * as z from "@/lib/forms/zod-mini";
import { boundedList, itemsWithin, plainString, textLine } from "@/lib/forms/plausible";
import type { FieldKinds } from "@/lib/forms/form-data";
import { kboNumberProblem, normaliseKboNumber, type KboNumberKind, type KboNumberProblem } from "@/lib/identifiers/enterprise-number";
import { locales } from "@/lib/i18n/locales";
import { isCountryCode } from "@/lib/reference/countries";
import { postalCodeRegion } from "@/lib/reference/postal-codes/postal-code-regions";

/**
 * The sign-up form of an employer or a mandatary, the same in the browser (react-hook-form's
 * resolver) and on the server (signUpOrganisation). Messages are catalog keys; an enterprise or
 * establishment unit number that is wrong says which rule it breaks (REFERENCE §2).
 */

/** The most establishment units one sign-up lists; more are added later. */
export const MAX_SIGN_UP_UNITS = 20;
/** Passwords are at least this long (issue 11, point 8). */
export const MIN_PASSWORD_LENGTH = 12;

const enterpriseNumberMessages: Record<KboNumberProblem, string> = {
  characters: "validation.kboNumberCharacters",
  length: "validation.kboNumberLength",
  establishmentUnitNumber: "validation.enterpriseNumberIsUnitNumber",
  enterpriseNumber: "validation.unitNumberIsEnterpriseNumber",
  firstDigit: "validation.kboNumberFirstDigit",
  checkDigits: "validation.kboNumberCheckDigits",
};

/** A KBO/BCE number of `kind`, normalised to its 10 digits; the message names the broken rule. */
export function kboNumber(kind: KboNumberKind, requiredKey: string) {
  return z.pipe(
    plainString(requiredKey).check(
      z.trim(),
      z.minLength(1, { message: requiredKey, abort: true }),
      z.superRefine((value, ctx) => {
        const problem = kboNumberProblem(value, kind);
        if (problem) ctx.addIssue({ code: "custom", message: enterpriseNumberMessages[problem] });
      }),
    ),
    z.transform(normaliseKboNumber),
  );
}

const text = (requiredKey: string, max = 200) => textLine(requiredKey, max);

/** A Belgian postal code of a place (not a PO box or institution code), whose region routing knows. */
const belgianPostalCode = (requiredKey: string) =>
  plainString(requiredKey).check(
    z.trim(),
    z.minLength(1, requiredKey),
    z.refine((code) => postalCodeRegion(code)?.geographic === true, "validation.postalCodeUnknown"),
  );

const address = {
  street: text("validation.streetRequired"),
  postalCode: belgianPostalCode("validation.postalCodeRequired"),
  city: text("validation.cityRequired", 100),
};

const enterpriseNumberSchema = kboNumber("enterprise", "validation.enterpriseNumberRequired");
const registeredOfficeSchema = z.object(address);

export const establishmentUnitInputSchema = z.object({
  unitNumber: kboNumber("establishment-unit", "validation.unitNumberRequired"),
  name: text("validation.unitNameRequired"),
  ...address,
});

export const organisationKinds = ["EMPLOYER", "MANDATARY"] as const;

export const signUpSchema = z
  .object({
    kind: z.enum(organisationKinds, { error: "validation.organisationKindRequired" }),
    /** An employer with no registered office and no establishment unit in Belgium (DOMAIN: routed by places of work). */
    foreignEmployer: z._default(z.boolean(), false),
    /** Required unless the employer is foreign; checked in the refinement below, kept as its 10 digits. */
    enterpriseNumber: z.pipe(
      z.optional(plainString().check(z.trim())),
      z.transform((number: string | undefined) => (number ? normaliseKboNumber(number) : undefined)),
    ),
    name: text("validation.organisationNameRequired"),
    /** The registered office in Belgium; the refinement requires it unless the employer is foreign. */
    registeredOffice: z.optional(
      z.object({ street: z.optional(plainString().check(z.trim())), postalCode: z.optional(plainString().check(z.trim())), city: z.optional(plainString().check(z.trim())) }),
    ),
    /** Where a foreign employer's registered office is (ISO 3166-1 alpha-2, not BE). */
    registeredOfficeCountry: z.optional(plainString().check(z.trim())),
    // The length first: a list of thousands gives one error, not one per unit.
    units: z._default(boundedList(establishmentUnitInputSchema, { max: MAX_SIGN_UP_UNITS, tooMany: "validation.tooManyUnits" }), []),
    administrator: z.object({
      name: text("validation.personNameRequired"),
      email: z.pipe(plainString("validation.emailRequired").check(z.trim(), z.minLength(1, "validation.emailRequired")), z.email("validation.emailFormat")),
      password: z.string({ error: "validation.newPasswordRequired" }).check(z.minLength(MIN_PASSWORD_LENGTH, "validation.passwordTooShort"), z.maxLength(200, "validation.tooLong")),
      locale: z.enum(locales, { error: "validation.languageRequired" }),
    }),
  })
  .check(
    z.superRefine((parsed, ctx) => {
      // Runs beside the fields' own errors (see `when`), so every value may be missing or of another type.
      const value = parsed as Partial<Record<keyof typeof parsed, unknown>>;
      const foreign = value.kind === "EMPLOYER" && value.foreignEmployer === true;
      if (value.kind === "MANDATARY" && value.foreignEmployer === true) ctx.addIssue({ code: "custom", path: ["foreignEmployer"], message: "validation.mandataryNotForeign" });
      const number = typeof value.enterpriseNumber === "string" ? value.enterpriseNumber.trim() : "";
      // A foreign employer may still have a Belgian enterprise number; when it gives one, it must be right.
      if (number !== "" || !foreign) {
        for (const issue of enterpriseNumberSchema.safeParse(number).error?.issues ?? []) ctx.addIssue({ code: "custom", path: ["enterpriseNumber"], message: issue.message });
      }
      const units = itemsWithin(value.units, MAX_SIGN_UP_UNITS);
      if (foreign) {
        const country = typeof value.registeredOfficeCountry === "string" ? value.registeredOfficeCountry : "";
        if (!isCountryCode(country)) ctx.addIssue({ code: "custom", path: ["registeredOfficeCountry"], message: "validation.registeredOfficeCountryRequired" });
        else if (country === "BE") ctx.addIssue({ code: "custom", path: ["registeredOfficeCountry"], message: "validation.registeredOfficeCountryAbroad" });
        if (units.length > 0) ctx.addIssue({ code: "custom", path: ["units"], message: "validation.foreignEmployerHasNoUnits" });
      } else {
        for (const issue of registeredOfficeSchema.safeParse(value.registeredOffice ?? {}).error?.issues ?? []) {
          ctx.addIssue({ code: "custom", path: ["registeredOffice", ...issue.path.map(String)], message: issue.message });
        }
      }
      const seen = new Set<string>();
      units.forEach((unit, index) => {
        const raw = typeof unit === "object" && unit !== null && "unitNumber" in unit && typeof unit.unitNumber === "string" ? normaliseKboNumber(unit.unitNumber.trim()) : "";
        if (raw === "") return;
        if (seen.has(raw)) ctx.addIssue({ code: "custom", path: ["units", index, "unitNumber"], message: "validation.unitNumberTwice" });
        seen.add(raw);
      });
    }, { when: (payload) => typeof payload.value === "object" && payload.value !== null }),
  );

export type SignUpValues = z.input<typeof signUpSchema>;
export type SignUpInput = z.output<typeof signUpSchema>;

/** What the form posts that HTML cannot type: the foreign-employer checkbox. */
export const signUpFieldKinds: FieldKinds = { checkboxes: ["foreignEmployer"] };

/** An administrator's invitation: the address and whether the colleague becomes a user or an administrator. */
export const inviteMemberSchema = z.object({
  email: z.pipe(plainString("validation.emailRequired").check(z.trim(), z.minLength(1, "validation.emailRequired")), z.email("validation.emailFormat")),
  role: z.enum(["USER", "ADMINISTRATOR"], { error: "validation.memberRoleRequired" }),
});
export type InviteMemberValues = z.input<typeof inviteMemberSchema>;

/** A change of a member's role, or a removal: which membership. */
export const memberRoleSchema = z.object({
  membershipId: z.uuid("validation.memberRequired"),
  role: z.enum(["USER", "ADMINISTRATOR"], { error: "validation.memberRoleRequired" }),
});
export const removeMemberSchema = z.object({ membershipId: z.uuid("validation.memberRequired") });

/** The invitee who has no account yet: their name, password and language. */
export const acceptInvitationSchema = z.object({
  token: z.string().check(z.minLength(1, "validation.invitationInvalid"), z.maxLength(200, "validation.invitationInvalid")),
  name: text("validation.personNameRequired"),
  password: z.string({ error: "validation.newPasswordRequired" }).check(z.minLength(MIN_PASSWORD_LENGTH, "validation.passwordTooShort"), z.maxLength(200, "validation.tooLong")),
  locale: z.enum(locales, { error: "validation.languageRequired" }),
});
export type AcceptInvitationValues = z.input<typeof acceptInvitationSchema>;
