import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import type { Locale, Translate } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { PermitCategory, StayType } from "@/lib/generated/prisma/enums";
import { explainChecklist } from "./explain-checklist";
import { checklistQuestionsFromForm, type ChecklistQuestions } from "./questions";

const today = "2026-11-29";
const questions: ChecklistQuestions = {
  workerLocation: "ABROAD",
  stayType: null,
  euLongTermResidentSeekingSecondResidence: false,
  workerBirthDate: "1990-03-15",
  category: "HIGHLY_SKILLED",
  applicationType: "FIRST",
  employmentType: "BELGIAN_EMPLOYMENT",
  regulatedProfession: false,
  feeExemptionClaimed: false,
};

async function translator(locale: Locale): Promise<Translate> {
  // Throws on a missing key instead of printing it, so that every key produced is proven to exist.
  const t = createTranslator({
    locale,
    messages: await loadMessages(locale),
    onError: (error) => {
      throw error;
    },
  });
  return t as unknown as Translate;
}

function fieldErrors(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.fieldErrors.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  throw new Error("expected a validation error");
}

describe("explainChecklist", () => {
  it("answers in words, with the documents' names, reasons and sources", async () => {
    const t = await translator("en");
    const answer = explainChecklist(questions, t, today);
    expect(answer).toMatchObject({
      filingDate: today,
      filingAllowed: true,
      diplomaticPostRequired: true,
      inCountryApplicationAllowed: null,
      inCountryReason: null,
      inCountryException: null,
    });
    expect(answer.explanation).toMatch(/^The worker lives abroad/);
    expect(answer.documents[0]).toEqual({
      code: "PASSPORT",
      name: "Copy of a valid passport",
      acceptedInsteadOf: [],
      reason: "Every application needs a copy of the worker's valid passport or equivalent travel document.",
      ruleId: "checklist.passport.2019",
      source: { code: "COMBINED_PERMIT_GENERAL_DOCUMENTS", title: 'Flemish Government, "How do you apply for a combined permit?": required documents', url: null },
    });
    const fee = answer.documents.find((d) => d.code === "FEE_PAYMENT_PROOF");
    expect(fee?.reason).toContain("no verified amount for 2026 is known yet. The 2025 amount was €148.00");
    expect(fee?.reason).toContain("BE57 6792 0060 9235 (BIC PCHQBEBB)");
    expect(fee?.source.url).toBe("https://dofi.ibz.be/fr/themes/faq/redevance");
    expect(answer.appliedRuleIds).toContain("fee.2025");
  });

  it("takes the filing date asked for, and defaults to today", async () => {
    const t = await translator("fr");
    const answer = explainChecklist({ ...questions, filingDate: "2025-03-01" }, t, today);
    expect(answer.filingDate).toBe("2025-03-01");
    expect(answer.documents.find((d) => d.code === "FEE_PAYMENT_PROOF")?.reason).toContain("une redevance de 148,00\u00a0€ par demande");
  });

  it("has words for every case, in every language", async () => {
    for (const locale of ["nl", "fr", "de", "en"] as const) {
      const t = await translator(locale);
      for (const category of Object.values(PermitCategory)) {
        for (const stayType of [...Object.values(StayType), null]) {
          for (const flag of [true, false]) {
            const variant = {
              ...questions,
              category,
              workerLocation: stayType ? ("BELGIUM" as const) : ("ABROAD" as const),
              stayType,
              euLongTermResidentSeekingSecondResidence: flag,
              applicationType: flag ? ("FIRST" as const) : ("RENEWAL" as const),
              employmentType: flag ? ("POSTING" as const) : ("BELGIAN_EMPLOYMENT" as const),
              regulatedProfession: flag,
            };
            for (const filingDate of ["2023-06-01", "2024-06-01", today]) {
              expect(() => explainChecklist({ ...variant, filingDate }, t, today)).not.toThrow();
            }
          }
        }
      }
    }
  });

  it("explains why an application cannot be filed from Belgium, and lists nothing", async () => {
    const t = await translator("nl");
    const answer = explainChecklist({ ...questions, workerLocation: "BELGIUM", stayType: "LEGAL_SHORT_STAY", category: "TRAINEE" }, t, today);
    expect(answer).toMatchObject({
      filingAllowed: false,
      diplomaticPostRequired: false,
      inCountryApplicationAllowed: false,
      inCountryReason: "EXEMPT_FROM_LABOUR_MARKET_TEST",
      inCountryException: "TRAINEE_NEEDS_LONG_STAY",
      documents: [],
    });
    expect(answer.explanation).toBe("Een stagiair vraagt aan van buiten de Europese Unie, tenzij hij al een machtiging tot lang verblijf in België heeft.");
  });

  it("refuses bad input with one error per field", () => {
    const t: Translate = (key) => key;
    expect(fieldErrors(() => explainChecklist({}, t, today))).toEqual([
      { path: "workerLocation", message: "checklist.errors.workerLocation" },
      { path: "workerBirthDate", message: "checklist.errors.workerBirthDate" },
      { path: "category", message: "checklist.errors.category" },
      { path: "applicationType", message: "checklist.errors.applicationType" },
      { path: "employmentType", message: "checklist.errors.employmentType" },
      { path: "regulatedProfession", message: "checklist.errors.regulatedProfession" },
      { path: "feeExemptionClaimed", message: "checklist.errors.feeExemptionClaimed" },
    ]);
    expect(fieldErrors(() => explainChecklist({ ...questions, workerLocation: "BELGIUM", workerBirthDate: "2027-01-01", filingDate: "2018-12-31" }, t, today))).toEqual([
      { path: "stayType", message: "checklist.errors.stayType" },
      { path: "workerBirthDate", message: "checklist.errors.birthDateBeforeFiling" },
      { path: "filingDate", message: "checklist.errors.filingDateTooEarly" },
    ]);
    expect(fieldErrors(() => explainChecklist({ ...questions, workerBirthDate: "1990-02-30", regulatedProfession: "yes", stayType: "TOURIST" }, t, today))).toEqual([
      { path: "stayType", message: "checklist.errors.stayType" },
      { path: "workerBirthDate", message: "checklist.errors.workerBirthDate" },
      { path: "regulatedProfession", message: "checklist.errors.regulatedProfession" },
    ]);
    expect(fieldErrors(() => explainChecklist([questions], t, today))).toEqual([{ path: "", message: "checklist.errors.expectedObject" }]);
  });

  it("ignores the kind of stay for a worker abroad", async () => {
    const answer = explainChecklist({ ...questions, stayType: "ILLEGAL_STAY" }, await translator("en"), today);
    expect(answer).toMatchObject({ filingAllowed: true, inCountryApplicationAllowed: null });
  });
});

describe("checklistQuestionsFromForm", () => {
  it("turns the page's form post into the schema's input", () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      workerLocation: "BELGIUM",
      stayType: "LEGAL_LONG_STAY",
      euLongTermResidentSeekingSecondResidence: "true",
      workerBirthDate: " 1990-03-15 ",
      filingDate: "",
      category: "TRAINEE",
      applicationType: "RENEWAL",
      employmentType: "POSTING",
      regulatedProfession: "false",
      feeExemptionClaimed: "true",
    })) {
      form.set(name, value);
    }
    expect(checklistQuestionsFromForm(form)).toEqual({
      workerLocation: "BELGIUM",
      stayType: "LEGAL_LONG_STAY",
      euLongTermResidentSeekingSecondResidence: true,
      workerBirthDate: "1990-03-15",
      filingDate: undefined,
      category: "TRAINEE",
      applicationType: "RENEWAL",
      employmentType: "POSTING",
      regulatedProfession: false,
      feeExemptionClaimed: true,
    });
  });

  it("leaves unanswered questions out, so that the schema names them", () => {
    expect(checklistQuestionsFromForm(new FormData())).toEqual({
      workerLocation: undefined,
      stayType: null,
      euLongTermResidentSeekingSecondResidence: false,
      workerBirthDate: undefined,
      filingDate: undefined,
      category: undefined,
      applicationType: undefined,
      employmentType: undefined,
      regulatedProfession: undefined,
      feeExemptionClaimed: undefined,
    });
  });
});
