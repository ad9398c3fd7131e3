import { describe, expect, it } from "vitest";
import * as z from "@/lib/forms/zod-mini";
import { fieldErrorsFromZod } from "@/lib/errors/validation";
import { signInSchema } from "@/lib/auth/sign-in-input";
import { claimDossierSchema } from "@/lib/auth/claim-dossier-input";
import { emailOnlySchema, resetPasswordSchema } from "@/lib/auth/password-input";
import { checklistQuestionsSchema } from "@/lib/checklist/questions";
import { getLetterFileSchema } from "@/lib/letters/dossier-letters";
import { requestStopSchema } from "@/lib/dossier-life/stop-dossier";
import { decideAdmissibilitySchema } from "@/lib/dossier-life/decide-admissibility";
import { answerInformationSchema } from "@/lib/dossier-life/answer-information";
import { extendDecisionTermSchema } from "@/lib/dossier-life/extend-decision-term";
import { decideWorkPartSchema } from "@/lib/dossier-life/decide-work-part";
import { dossierCommandSchema } from "@/lib/dossier-life/dossier-command";
import { requestInformationSchema } from "@/lib/dossier-life/request-information";
import { decideResidenceSchema } from "@/lib/dossier-life/decide-residence";
import { deadlineFormSchema, deadlineRequestSchema } from "@/lib/terms/deadline-request";
import { eligibilityRequestSchema } from "@/lib/eligibility/eligibility-request";
import { routingInputSchema } from "@/lib/routing/routing-input";
import { employmentStepSchema, feeStepSchema, residenceStepSchema, workerStepSchema } from "@/lib/filing/step-schemas";
import { startDraftSchema } from "@/lib/filing/start-draft-application-input";
import { saveStepSchema } from "@/lib/filing/save-filing-step";
import { acceptInvitationSchema, inviteMemberSchema, memberRoleSchema, removeMemberSchema, signUpSchema } from "@/lib/organisations/organisation-input";
import { submitApplicationSchema } from "@/lib/applications/submit-application";
import { deleteDraftApplicationSchema } from "@/lib/applications/delete-draft-application";
import { queueFiltersSchema } from "@/lib/applications/list-dossiers";
import { getDocumentFileSchema } from "@/lib/documents/get-document-file";
import { deleteDocumentSchema } from "@/lib/documents/delete-document";
import { uploadFieldsSchema } from "@/lib/documents/upload-input";
import { englishCatalog, fc, mutated, placeholders } from "./fast-check";

/**
 * Every zod schema of the portal, over random and hostile inputs near a valid one (issue 13,
 * point 3): parsing never throws, and a refusal is a short list of field errors whose messages are
 * catalog keys with the values their placeholders need. (On failure fast-check prints the seed and
 * path: tests/property/fast-check.ts says how to replay it.)
 */

const day = "2026-11-29";
const id = "0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b";
const command = { applicationId: id, version: 3 };
/** No list is longer than 50 entries, so no refusal needs more errors than this. */
const MAX_FIELD_ERRORS = 120;

const schemas: [name: string, schema: z.core.$ZodType, valid: unknown][] = [
  ["residence step", residenceStepSchema(day), { residesInBelgium: false, residenceCountry: "IN", diplomaticPostCode: "NEW_DELHI" }],
  [
    "worker step",
    workerStepSchema(day),
    { worker: { givenNames: "Priya", familyName: "Sharma", dateOfBirth: "1992-04-17", nationality: "IN", passportNumber: "P1234567", passportExpiresOn: "2031-01-01", email: "" } },
  ],
  [
    "employment step",
    employmentStepSchema(day, { workerResidesInBelgium: false, stayType: null, euLongTermResidentSecondResidence: false }),
    {
      category: "HIGHLY_SKILLED",
      isRenewal: false,
      isPosting: false,
      regulatedProfession: false,
      jobTitle: "Data engineer",
      iscoCode: "2521",
      grossSalary: "72000",
      employmentStartDate: "2027-02-01",
      employmentEndDate: "",
      workplaces: [{ establishmentUnitId: id, sharePercent: 100 }],
    },
  ],
  [
    "employment step, places of work",
    employmentStepSchema(day, { workerResidesInBelgium: true, stayType: "LEGAL_LONG_STAY", euLongTermResidentSecondResidence: false }),
    {
      category: "EXECUTIVE",
      isRenewal: true,
      isPosting: false,
      regulatedProfession: false,
      jobTitle: "Director",
      iscoCode: "1120",
      grossSalary: "9000,50",
      employmentStartDate: "2027-02-01",
      employmentEndDate: "2028-01-31",
      workplaces: [{ postalCode: "2000", sharePercent: 100 }],
    },
  ],
  ["fee step", feeStepSchema(day, { dateOfBirth: "1992-04-17", nationality: "IN" }), { feeExemptionClaimed: true, feeExemptionGround: "OTHER", feeExemptionDetails: "Hosting agreement of a researcher" }],
  ["start draft", startDraftSchema, { employerId: id }],
  ["save step", saveStepSchema, { ...command, step: "worker", values: {} }],
  ["submit", submitApplicationSchema, { ...command, submissionKey: id, declaration: true }],
  ["delete draft", deleteDraftApplicationSchema, command],
  [
    "sign-up",
    signUpSchema,
    {
      kind: "EMPLOYER",
      enterpriseNumber: "0202.239.951",
      name: "Scheldt Logistics NV",
      registeredOffice: { street: "Meir 1", postalCode: "2000", city: "Antwerpen" },
      units: [{ unitNumber: "2147812701", name: "Antwerpen", street: "Meir 1", postalCode: "2000", city: "Antwerpen" }],
      administrator: { name: "An Peeters", email: "an@example.com", password: "a-long-enough-password", locale: "nl" },
    },
  ],
  ["invite member", inviteMemberSchema, { email: "an@example.com", role: "USER" }],
  ["member role", memberRoleSchema, { membershipId: id, role: "ADMINISTRATOR" }],
  ["remove member", removeMemberSchema, { membershipId: id }],
  ["accept invitation", acceptInvitationSchema, { token: "abc", name: "An Peeters", password: "a-long-enough-password", locale: "fr" }],
  ["sign-in", signInSchema, { email: "an@example.com", password: "secret" }],
  ["claim dossier", claimDossierSchema, { referenceNumber: "wib-2026-000001", passportNumber: "P1234567", dateOfBirth: "1992-04-17" }],
  ["reset password", resetPasswordSchema, { token: "abc", password: "a-long-enough-password", confirmation: "a-long-enough-password" }],
  ["e-mail only", emailOnlySchema, { email: "an@example.com" }],
  [
    "routing input",
    routingInputSchema,
    { registeredOffice: { postalCode: "1000" }, establishments: [{ postalCode: "2000", share: 60, label: "Antwerp" }, { postalCode: "4700", share: 40 }], placesOfWork: [] },
  ],
  [
    "checklist questions",
    checklistQuestionsSchema(day),
    {
      workerLocation: "ABROAD",
      workerBirthDate: "1992-04-17",
      category: "HIGHLY_SKILLED",
      applicationType: "FIRST",
      employmentType: "BELGIAN_EMPLOYMENT",
      regulatedProfession: false,
      feeExemptionClaimed: false,
    },
  ],
  ["deadline request", deadlineRequestSchema, { event: "DECLARED_ADMISSIBLE", eventDate: "2026-03-16", region: "FLEMISH_REGION", category: "HIGHLY_SKILLED", submissionDate: "2026-02-27" }],
  ["deadline form", deadlineFormSchema, { event: "APPLICATION_RECEIVED", eventDate: "2026-03-16", region: "BRUSSELS_CAPITAL_REGION", category: "", submissionDate: "" }],
  [
    "eligibility request",
    eligibilityRequestSchema(day),
    {
      applicationDate: "2026-06-15",
      legalResidenceInBelgium: true,
      euLongTermResidentInOtherMemberState: false,
      workPeriods: [
        {
          from: "2022-06-16",
          to: "2026-06-15",
          basis: "WORK_CARD",
          incapacityPeriods: [{ from: "2023-01-01", to: "2023-02-01", cause: "ILLNESS", startedDuringRegularEmploymentByEmployerEstablishedInBelgium: true }],
        },
      ],
    },
  ],
  ["dossier command", dossierCommandSchema, command],
  ["request information", requestInformationSchema, { ...command, items: ["PASSPORT"], message: "Please upload the passport." }],
  ["answer information", answerInformationSchema, { ...command, answer: "Uploaded." }],
  ["decide admissibility", decideAdmissibilitySchema, { ...command, outcome: "INADMISSIBLE", motivation: "The file lacks the passport copy asked for." }],
  ["decide work part", decideWorkPartSchema, { ...command, outcome: "REFUSED", motivation: "The salary is below the threshold in force." }],
  ["decide residence", decideResidenceSchema, { ...command, outcome: "GRANTED", motivation: "" }],
  ["extend decision term", extendDecisionTermSchema, { ...command, until: "2027-03-01", reason: "A complex case needs more time." }],
  ["request stop", requestStopSchema, { ...command, reason: "The worker no longer comes." }],
  ["queue filters", queueFiltersSchema, { status: "SUBMITTED", overdue: true }],
  ["document file", getDocumentFileSchema, { applicationId: id, documentId: id }],
  ["delete document", deleteDocumentSchema, { ...command, documentId: id }],
  ["letter file", getLetterFileSchema, { applicationId: id, letterId: id }],
  ["upload fields", uploadFieldsSchema, { kind: "PASSPORT", fileName: "passport.pdf", issuedOn: "" }],
];

/** What is wrong with a refusal's field errors, if anything. */
function fieldErrorProblems(error: z.core.$ZodError): string[] {
  const errors = fieldErrorsFromZod(error);
  const problems: string[] = [];
  if (errors.length === 0) problems.push("a refusal without a field error");
  if (errors.length > MAX_FIELD_ERRORS) problems.push(`${errors.length} field errors`);
  for (const { path, message, values } of errors) {
    const english = englishCatalog.get(message);
    if (english === undefined) {
      problems.push(`${path}: "${message}" is not a catalog key`);
      continue;
    }
    for (const name of placeholders(english)) if (values?.[name] === undefined) problems.push(`${path}: ${message} lacks {${name}}`);
  }
  return problems;
}

describe("every schema, over hostile input", () => {
  for (const [name, schema, valid] of schemas) {
    it(`${name}: the valid example passes`, () => {
      const result = z.safeParse(schema, valid);
      expect(result.success ? [] : fieldErrorsFromZod(result.error)).toEqual([]);
    });

    it(`${name}: never throws; a refusal is a short list of field errors in the catalogs`, () => {
      fc.assert(
        fc.property(mutated(valid), (input) => {
          const result = z.safeParse(schema, input);
          if (!result.success) expect(fieldErrorProblems(result.error)).toEqual([]);
        }),
      );
    });
  }

  it("a list of 3,000 wrong entries gets one short error, not one per entry", () => {
    const bad = Array.from({ length: 3000 }, () => ({ postalCode: "0000", share: 1 }));
    for (const [schema, input] of [
      [routingInputSchema, { placesOfWork: bad }],
      [signUpSchema, { kind: "EMPLOYER", units: bad }],
      [employmentStepSchema(day, { workerResidesInBelgium: false, stayType: null, euLongTermResidentSecondResidence: false }), { workplaces: bad }],
      [eligibilityRequestSchema(day), { workPeriods: bad }],
    ] as const) {
      const result = z.safeParse(schema, input);
      expect(result.success).toBe(false);
      const errors = fieldErrorsFromZod(result.error!);
      expect(errors.length).toBeLessThan(15);
      expect(JSON.stringify(errors).length).toBeLessThan(2_000);
    }
  });
});
