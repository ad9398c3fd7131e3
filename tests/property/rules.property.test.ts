import { describe, expect, it } from "vitest";
import { addDays, addMonths, isRealDay } from "@/lib/dates";
import { isAppError } from "@/lib/errors/app-error";
import { ApplicationStatus, DocumentKind, FeeExemptionGround, PermitCategory, Region, SalaryPeriod, StayType } from "@/lib/generated/prisma/enums";
import { determineCompetentRegion } from "@/lib/routing/competent-region";
import { routingInputSchema } from "@/lib/routing/routing-input";
import { termsForRequest } from "@/lib/terms/terms-after";
import { DEADLINE_EVENTS } from "@/lib/terms/deadline-request";
import { addWorkingDays, isWorkingDay, workingDayFrom } from "@/lib/terms/holidays";
import { eligibilityForRequest } from "@/lib/eligibility/assess-eligibility";
import { isEnterpriseNumber, isEstablishmentUnitNumber, kboNumberProblem, normaliseKboNumber, withKboCheckDigits } from "@/lib/identifiers/enterprise-number";
import { formatIban, isValidIban } from "@/lib/identifiers/iban";
import { APPLICATION_KINDS, EMPLOYMENT_TYPES, WORKER_LOCATIONS } from "@/lib/checklist/answers";
import { checklistFor, isAdultOn, missingDocuments } from "@/lib/checklist/checklist";
import { explainChecklist } from "@/lib/checklist/explain-checklist";
import { checkFilingRules } from "@/lib/checklist/filing-rules";
import { checkEmploymentStart } from "@/lib/checklist/employment-start";
import { checkCategoryRules } from "@/lib/category-rules/check-category-rules";
import { feeOn } from "@/lib/fees/fee";
import { paymentMessage, transferMessageWords } from "@/lib/fees/payment-message";
import { canEditDraft, canTransition, lifecycle, type TransitionName } from "@/lib/lifecycle/lifecycle";
import { anyDay, dayBetween, englishCatalog, fc, hostileString, mutated, placeholders } from "./fast-check";

/**
 * Every pure rule of lib/ over any input of the right type (issue 13, point 3): no exception, and
 * the result keeps its shape. Entry points that take a request body take hostile bodies too and
 * either answer or refuse with a VALIDATION error. (On failure fast-check prints the seed and path:
 * tests/property/fast-check.ts says how to replay it.)
 */

const today = "2026-11-29";
const regions = Object.values(Region);
const categories = Object.values(PermitCategory);
const stayTypes = Object.values(StayType);
const documentKinds = Object.values(DocumentKind);

/** A request either answers or is refused with field errors; nothing else escapes. */
function answersOrRefuses<Answer>(run: () => Answer): Answer | null {
  try {
    return run();
  } catch (error) {
    if (isAppError(error) && error.code === "VALIDATION" && error.fieldErrors.length > 0) return null;
    throw error;
  }
}

/** Field errors whose messages are catalog keys with the values their placeholders need. */
function expectCatalogErrors(errors: readonly { path: string; message: string; values?: Record<string, unknown> }[]) {
  for (const { path, message, values } of errors) {
    const english = englishCatalog.get(message);
    expect(english, `${path}: ${message}`).toBeDefined();
    for (const name of placeholders(english!)) expect(values?.[name], `${path}: ${message} {${name}}`).toBeDefined();
  }
}

describe("routing", () => {
  // Real geographic postal codes of every region and the DG, and codes that are not.
  const postalCode = fc.oneof(fc.constantFrom("1000", "1030", "1300", "1500", "2000", "3000", "4000", "4700", "4720", "4780", "4950", "4960", "5000", "8000", "9000", "0000", "1099"), fc.stringMatching(/^\d{4}$/));
  const place = fc.record({ postalCode, share: fc.integer({ min: 1, max: 100 }), label: fc.option(hostileString, { nil: undefined }) }, { requiredKeys: ["postalCode", "share"] });
  const input = fc.record({
    registeredOffice: fc.option(fc.record({ postalCode }), { nil: null }),
    establishments: fc.array(place, { maxLength: 6 }),
    placesOfWork: fc.array(place, { maxLength: 6 }),
  });

  it("decides a region or names the tied candidates for every validated input, whatever the order of the places", () => {
    fc.assert(
      fc.property(input, (raw) => {
        const parsed = routingInputSchema.safeParse(raw);
        if (!parsed.success) return;
        const result = determineCompetentRegion(parsed.data);
        expect(result.region === null || regions.includes(result.region)).toBe(true);
        expect(result.candidates.every((region) => regions.includes(region))).toBe(true);
        if (result.region === null) expect(result.candidates.length).not.toBe(1);
        expect(result.reason.version).toBe(1);
        const reversed = determineCompetentRegion({ ...parsed.data, establishments: [...parsed.data.establishments].reverse(), placesOfWork: [...parsed.data.placesOfWork].reverse() });
        expect([reversed.region, reversed.candidates]).toEqual([result.region, result.candidates]);
      }),
    );
  });
});

describe("terms", () => {
  const request = { event: "DECLARED_ADMISSIBLE", eventDate: "2026-03-16", region: "FLEMISH_REGION", category: "HIGHLY_SKILLED", submissionDate: "2026-02-27" };

  it("answers every request with terms ending on a real day after the event, or refuses it with field errors", () => {
    const typed = fc.record({
      event: fc.constantFrom(...DEADLINE_EVENTS),
      eventDate: anyDay,
      region: fc.constantFrom(...regions, null),
      category: fc.constantFrom(...categories, null),
      submissionDate: fc.option(anyDay, { nil: null }),
    });
    fc.assert(
      fc.property(fc.oneof(typed, mutated(request)), (body) => {
        const answer = answersOrRefuses(() => termsForRequest(body));
        for (const term of answer?.terms ?? []) {
          // null: no term is known for that region (the answer says why).
          if (term.lastDay === null) continue;
          expect(isRealDay(term.lastDay)).toBe(true);
          expect(term.lastDay > (body as { eventDate: string }).eventDate).toBe(true);
        }
      }),
    );
  });

  it("moves any day to a working day on or after it, and counts working days forward", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 60 }), (day, count) => {
        const working = workingDayFrom(day);
        expect(working >= day && isWorkingDay(working)).toBe(true);
        const later = addWorkingDays(day, count);
        expect(isRealDay(later) && later >= day).toBe(true);
      }),
    );
  });
});

describe("eligibility for the permit of unlimited duration", () => {
  const request = {
    applicationDate: "2026-06-15",
    legalResidenceInBelgium: true,
    euLongTermResidentInOtherMemberState: false,
    workPeriods: [{ from: "2022-06-16", to: "2026-06-15", basis: "WORK_CARD", incapacityPeriods: [{ from: "2023-01-01", to: "2023-02-01", cause: "ILLNESS", startedDuringRegularEmploymentByEmployerEstablishedInBelgium: true }] }],
  };

  it("answers every request with a verdict that matches its categories, or refuses it with field errors", () => {
    fc.assert(
      fc.property(mutated(request), (body) => {
        const answer = answersOrRefuses(() => eligibilityForRequest(body, today));
        if (answer) expect(answer.eligible).toBe(answer.categoriesMet.length > 0);
      }),
    );
  });
});

describe("enterprise and establishment unit numbers, IBANs", () => {
  it("names at most one broken rule for any text, and none for a number with its check digits", () => {
    const problems = [null, "characters", "length", "establishmentUnitNumber", "enterpriseNumber", "firstDigit", "checkDigits"];
    fc.assert(
      fc.property(hostileString, fc.constantFrom("enterprise" as const, "establishment-unit" as const), (text, kind) => {
        expect(problems).toContain(kboNumberProblem(text, kind));
        expect(normaliseKboNumber(normaliseKboNumber(text))).toBe(normaliseKboNumber(text));
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-8]\d{7}$/), (first8) => {
        const number = withKboCheckDigits(first8);
        const kind = first8 < "20000000" ? "enterprise" : "establishment-unit";
        expect(kboNumberProblem(number, kind)).toBeNull();
        expect(kind === "enterprise" ? isEnterpriseNumber(number) : isEstablishmentUnitNumber(number)).toBe(true);
      }),
    );
  });

  it("judges any text as an IBAN without an exception", () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        if (isValidIban(text)) expect(formatIban(text).replace(/\s/g, "")).toBe(text.replace(/\s/g, "").toUpperCase());
      }),
    );
  });
});

const answers = fc.record({
  workerLocation: fc.constantFrom(...WORKER_LOCATIONS),
  stayType: fc.constantFrom(...stayTypes, null),
  euLongTermResidentSeekingSecondResidence: fc.boolean(),
  workerBirthDate: anyDay,
  category: fc.constantFrom(...categories),
  applicationType: fc.constantFrom(...APPLICATION_KINDS),
  employmentType: fc.constantFrom(...EMPLOYMENT_TYPES),
  regulatedProfession: fc.boolean(),
  feeExemptionClaimed: fc.boolean(),
});

describe("the checklist", () => {
  it("lists each document once, with the dated rows that decided it, for any answers on any day of the combined permit", () => {
    fc.assert(
      fc.property(answers, permitDay, fc.subarray(documentKinds), (given, day, uploaded) => {
        const checklist = checklistFor(given, day);
        const codes = checklist.items.map((item) => item.code);
        expect(new Set(codes).size).toBe(codes.length);
        expect(checklist.ruleIds.every((id) => typeof id === "string" && id !== "")).toBe(true);
        const missing = missingDocuments(checklist, uploaded);
        expect(missing.every((item) => codes.includes(item.code))).toBe(true);
        expect(typeof isAdultOn(given.workerBirthDate, day)).toBe("boolean");
      }),
    );
  });

  it("explains any request, or refuses it with field errors", () => {
    const valid = { workerLocation: "ABROAD", workerBirthDate: "1992-04-17", category: "HIGHLY_SKILLED", applicationType: "FIRST", employmentType: "BELGIAN_EMPLOYMENT", regulatedProfession: false, feeExemptionClaimed: false };
    fc.assert(
      fc.property(fc.oneof(mutated(valid), answers), (body) => {
        answersOrRefuses(() => explainChecklist(body, (key) => key, today));
      }),
    );
  });
});

/** A day on which the combined permit's rules exist (it began on 1 January 2019). */
const permitDay = dayBetween("2019-01-01", "2099-12-31");
/** A day of the single window (since 31 May 2021), when the employment-start rows are in force. */
const singleWindowDay = dayBetween("2021-05-31", "2099-12-31");

const dateOrNull = fc.option(anyDay.map((day) => new Date(`${day}T00:00:00Z`)), { nil: null });

describe("the rules a submission re-checks", () => {
  const dossier = fc.record({
    category: fc.constantFrom(...categories, null),
    isRenewal: fc.boolean(),
    isPosting: fc.boolean(),
    regulatedProfession: fc.constantFrom(true, false, null),
    stayType: fc.constantFrom(...stayTypes, null),
    euLongTermResidentSecondResidence: fc.boolean(),
    diplomaticPostCode: fc.constantFrom("NEW_DELHI", "BEIJING", "NOWHERE", "", null),
    feeExemptionClaimed: fc.constantFrom(true, false, null),
    feeExemptionGround: fc.constantFrom(...Object.values(FeeExemptionGround), null),
    feeExemptionDetails: fc.option(hostileString, { nil: null }),
    competentRegion: fc.constantFrom(...regions, null),
    grossSalaryCents: fc.option(fc.oneof(fc.nat(), fc.bigInt({ min: 0n, max: 10n ** 12n })), { nil: null }),
    salaryPeriod: fc.constantFrom(...Object.values(SalaryPeriod), null),
    employmentStartDate: dateOrNull,
    employmentEndDate: dateOrNull,
    workerResidesInBelgium: fc.boolean(),
    workerResidenceCountry: fc.constantFrom("IN", "CN", "BE", "US", "XX", null),
    worker: fc.record({
      dateOfBirth: anyDay.map((day) => new Date(`${day}T00:00:00Z`)),
      nationality: fc.constantFrom("IN", "CN", "FR", "TR", "XX"),
      passportExpiresOn: dateOrNull,
    }),
    documents: fc.array(fc.record({ kind: fc.constantFrom(...documentKinds) }), { maxLength: 8 }),
  });

  it("answer problems and notices in the catalogs, and the rule rows, for any dossier on any day of the combined permit", () => {
    fc.assert(
      fc.property(dossier, permitDay, (given, day) => {
        const result = checkFilingRules(given, day);
        expectCatalogErrors(result.problems);
        expectCatalogErrors(result.notices);
        expect(new Set(result.appliedRuleIds).size).toBe(result.appliedRuleIds.length);
      }),
    );
  });

  it("check a category's salary and contract for any figures", () => {
    fc.assert(
      fc.property(
        fc.record({
          region: fc.constantFrom(...regions),
          category: fc.constantFrom(...categories),
          workerBirthDate: anyDay,
          grossSalaryCents: fc.option(fc.nat(), { nil: null }),
          salaryPeriod: fc.constantFrom(...Object.values(SalaryPeriod), null),
          employmentStartDate: fc.option(anyDay, { nil: null }),
          employmentEndDate: fc.option(anyDay, { nil: null }),
        }),
        permitDay,
        (input, day) => {
          const result = checkCategoryRules(input, day);
          expectCatalogErrors(result.problems);
          expectCatalogErrors(result.notices);
        },
      ),
    );
  });

  it("take an employment start exactly within the region's window, Flanders' within the portal's", () => {
    fc.assert(
      fc.property(anyDay, singleWindowDay, fc.constantFrom(...regions, null), (start, day, region) => {
        const { problem } = checkEmploymentStart(start, region, day);
        expect(problem === null).toBe(start >= addMonths(day, -12) && start <= addDays(addMonths(day, region === "FLEMISH_REGION" ? 4 : 12), region === "FLEMISH_REGION" ? 15 : 0));
        if (checkEmploymentStart(start, "FLEMISH_REGION", day).problem === null) expect(checkEmploymentStart(start, null, day).problem).toBeNull();
        if (problem) expectCatalogErrors([{ path: "employmentStartDate", ...problem }]);
      }),
    );
  });
});

describe("dates, fees and the lifecycle", () => {
  it("count months and days to real days, and back", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -1200, max: 1200 }), fc.integer({ min: -40_000, max: 40_000 }), (day, months, days) => {
        expect(isRealDay(addMonths(day, months))).toBe(true);
        expect(addDays(addDays(day, days), -days)).toBe(day);
      }),
    );
    fc.assert(
      fc.property(hostileString, (text) => {
        if (isRealDay(text)) expect(addDays(text, 0)).toBe(text);
      }),
    );
  });

  it("find the fee of any day, and write a transfer message from any name", () => {
    fc.assert(
      fc.property(anyDay, hostileString, hostileString, (day, familyName, givenNames) => {
        const fee = feeOn(day);
        if (fee) expect(fee.row.amountCents).toBeGreaterThan(0);
        expect(transferMessageWords(familyName)).not.toMatch(/[\u0000-\u001f]/);
        expect(typeof paymentMessage({ familyName, givenNames, nationality: "IN", dateOfBirth: day })).toBe("string");
      }),
    );
  });

  it("answer every transition from every status", () => {
    for (const transition of Object.keys(lifecycle) as TransitionName[]) {
      for (const status of Object.values(ApplicationStatus)) expect(typeof canTransition(transition, status)).toBe("boolean");
    }
    for (const status of Object.values(ApplicationStatus)) expect(typeof canEditDraft(status)).toBe("boolean");
  });
});
