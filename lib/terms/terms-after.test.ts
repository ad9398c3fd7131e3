import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors/app-error";
import { PermitCategory, Region } from "@/lib/generated/prisma/enums";
import { overlappingRows } from "@/lib/reference/dated";
import { FIRST_TERM_DAY } from "./deadline-request";
import { ADMISSIBILITY_TERM_RULES, APPEAL_RULES, DECISION_TERM_RULES, INFORMATION_REQUEST_TERM_RULES, TERM_RULE_SET, TERM_RULES, TERM_SOURCES, type TermRuleSet } from "./term-rules";
import { termsAfter, termsForRequest, type DecisionTerm } from "./terms-after";

function fieldErrorsOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error.fieldErrors.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  throw new Error("no validation error");
}

describe("the dated term rules", () => {
  it("have one row per region, category and appeal on any day, from the first day on", () => {
    expect(overlappingRows(ADMISSIBILITY_TERM_RULES, (row) => row.region)).toEqual([]);
    expect(overlappingRows(INFORMATION_REQUEST_TERM_RULES, () => "one")).toEqual([]);
    expect(overlappingRows(APPEAL_RULES, (row) => `${row.against}.${row.region ?? "all"}`)).toEqual([]);
    const byCategory = DECISION_TERM_RULES.flatMap((row) => row.categories.map((category) => ({ ...row, category })));
    expect(overlappingRows(byCategory, (row) => row.category)).toEqual([]);
    for (const category of Object.values(PermitCategory)) expect(byCategory.filter((row) => row.category === category), category).toHaveLength(1);
    for (const region of Object.values(Region)) expect(ADMISSIBILITY_TERM_RULES.filter((row) => row.region === region), region).toHaveLength(1);
    expect(TERM_RULES.every((row) => row.validFrom === FIRST_TERM_DAY)).toBe(true);
  });

  it("have unique ids and cite known sources", () => {
    const ids = TERM_RULES.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of TERM_RULES) for (const code of row.sources) expect(TERM_SOURCES[code], `${row.id}: ${code}`).toBeDefined();
  });
});

describe("termsAfter", () => {
  it("APPLICATION_RECEIVED: 10 days in the Flemish Region, 15 in Brussels", () => {
    expect(termsAfter({ event: "APPLICATION_RECEIVED", eventDate: "2026-03-02", region: "FLEMISH_REGION" })).toEqual({
      terms: [
        {
          term: "ADMISSIBILITY_DECISION",
          region: "FLEMISH_REGION",
          ruleId: "term.admissibility.FLEMISH_REGION.2019",
          sources: [TERM_SOURCES.SEED_001],
          length: { value: 10, unit: "DAYS" },
          startsAfter: "2026-03-02",
          lastDay: "2026-03-12",
        },
      ],
    });
    const [brussels] = termsAfter({ event: "APPLICATION_RECEIVED", eventDate: "2026-03-02", region: "BRUSSELS_CAPITAL_REGION" }).terms;
    expect(brussels).toMatchObject({ ruleId: "term.admissibility.BRUSSELS_CAPITAL_REGION.2019", length: { value: 15, unit: "DAYS" }, lastDay: "2026-03-17" });
  });

  it("APPLICATION_RECEIVED in Wallonia or the German-speaking Community: says that no term is known", () => {
    for (const region of ["WALLOON_REGION", "GERMAN_SPEAKING_COMMUNITY"] as const) {
      expect(termsAfter({ event: "APPLICATION_RECEIVED", eventDate: "2026-03-02", region }).terms).toEqual([
        {
          term: "ADMISSIBILITY_DECISION",
          region,
          ruleId: `term.admissibility.${region}.unknown.2019`,
          sources: [],
          length: null,
          startsAfter: "2026-03-02",
          lastDay: null,
          unknownBecause: "NO_TERM_KNOWN_FOR_REGION",
        },
      ]);
    }
  });

  it("ADDITIONAL_INFORMATION_REQUEST_NOTIFIED: 15 days, then inadmissible by registered letter to the employer", () => {
    expect(termsAfter({ event: "ADDITIONAL_INFORMATION_REQUEST_NOTIFIED", eventDate: "2026-03-06" }).terms).toEqual([
      {
        term: "ANSWER_ADDITIONAL_INFORMATION_REQUEST",
        ruleId: "term.information-request.2019",
        sources: [TERM_SOURCES.SEED_001, TERM_SOURCES.S28],
        length: { value: 15, unit: "DAYS" },
        startsAfter: "2026-03-06",
        lastDay: "2026-03-23",
        lastDayMovedToNextWorkingDay: { from: "2026-03-21", reason: "SATURDAY" },
        ifNotAnsweredInTime: "DECLARED_INADMISSIBLE",
        inadmissibilityNotifiedTo: "EMPLOYER",
        inadmissibilityNotifiedBy: "REGIONAL_SERVICE",
        inadmissibilityNotifiedByRegisteredLetter: true,
      },
    ]);
  });

  it("DECLARED_ADMISSIBLE: 4 months with tacit approval (annex 47), and the directive's clock from submission", () => {
    const [term] = termsAfter({ event: "DECLARED_ADMISSIBLE", eventDate: "2026-03-16", category: "HIGHLY_SKILLED", submissionDate: "2026-02-27" }).terms;
    expect(term).toEqual({
      term: "DECISION_ON_MERITS",
      category: "HIGHLY_SKILLED",
      ruleId: "term.decision.default.2019",
      sources: [TERM_SOURCES.SEED_001, TERM_SOURCES.S1, TERM_SOURCES.S30],
      length: { value: 4, unit: "MONTHS" },
      startsAfter: "2026-03-16",
      lastDay: "2026-07-16",
      countedFrom: "ADMISSIBILITY",
      tacitApprovalWhenTermPasses: true,
      annexWhenTermPasses: "ANNEX_47",
      whenTermPasses: "DEEMED_GRANTED",
      // 27 June 2026 is a Saturday.
      directiveClock: {
        from: "SUBMISSION",
        length: { value: 4, unit: "MONTHS" },
        startsAfter: "2026-02-27",
        lastDay: "2026-06-29",
        lastDayMovedToNextWorkingDay: { from: "2026-06-27", reason: "SATURDAY" },
      },
    });
  });

  const expected: Record<PermitCategory, { days: number | null; tacit: boolean }> = {
    HIGHLY_SKILLED: { days: null, tacit: true },
    EXECUTIVE: { days: null, tacit: true },
    MEDIUM_SKILLED_SHORTAGE: { days: null, tacit: true },
    OTHER: { days: null, tacit: true },
    EU_BLUE_CARD: { days: 90, tacit: false },
    INTRA_CORPORATE_TRANSFEREE: { days: 90, tacit: false },
    SEASONAL_WORKER: { days: 90, tacit: false },
    TRAINEE: { days: 90, tacit: false },
    RESEARCHER: { days: 60, tacit: false },
  };
  for (const category of Object.values(PermitCategory)) {
    it(`DECLARED_ADMISSIBLE for ${category}`, () => {
      const term = termsAfter({ event: "DECLARED_ADMISSIBLE", eventDate: "2026-03-02", category, submissionDate: "2026-03-02" }).terms[0] as DecisionTerm;
      const { days, tacit } = expected[category];
      expect(term.length).toEqual(days === null ? { value: 4, unit: "MONTHS" } : { value: days, unit: "DAYS" });
      // Monday 2 March 2026 + 4 months = Thursday 2 July; + 90 days = Sunday 31 May → Monday 1 June; + 60 days = Friday 1 May (Labour Day) → Monday 4 May.
      expect(term.lastDay).toBe(days === null ? "2026-07-02" : days === 90 ? "2026-06-01" : "2026-05-04");
      expect(term.tacitApprovalWhenTermPasses).toBe(tacit);
      expect(term.annexWhenTermPasses).toBe(tacit ? "ANNEX_47" : null);
      expect(term.whenTermPasses).toBe(tacit ? "DEEMED_GRANTED" : "FLAGGED_OVERDUE");
      expect(term.directiveClock.length).toEqual(term.length);
      expect(term.directiveClock.lastDay).toBe(term.lastDay);
    });
  }

  it("INADMISSIBILITY_DECISION_NOTIFIED: Council of State, 60 days", () => {
    expect(termsAfter({ event: "INADMISSIBILITY_DECISION_NOTIFIED", eventDate: "2026-05-04" }).terms).toEqual([
      {
        term: "APPEAL",
        ruleId: "appeal.inadmissibility.2019",
        sources: [TERM_SOURCES.SEED_001, TERM_SOURCES.S44],
        length: { value: 60, unit: "DAYS" },
        startsAfter: "2026-05-04",
        lastDay: "2026-07-03",
        against: "INADMISSIBILITY",
        appealTo: "COUNCIL_OF_STATE",
        appealType: "ANNULMENT",
        form: null,
        mayBeFiledBy: ["ANY_PARTY_WITH_AN_INTEREST"],
        refusalAnnex: null,
        addressee: null,
      },
    ]);
  });

  it("WORK_PART_REFUSAL_NOTIFIED: the regional minister, 1 month, by motivated registered letter, with the seed's address", () => {
    const [flemish] = termsAfter({ event: "WORK_PART_REFUSAL_NOTIFIED", eventDate: "2026-06-21", region: "FLEMISH_REGION" }).terms;
    expect(flemish).toMatchObject({
      term: "APPEAL",
      ruleId: "appeal.work-part-refusal.FLEMISH_REGION.2019",
      length: { value: 1, unit: "MONTHS" },
      startsAfter: "2026-06-21",
      // 21 July is the National Day.
      lastDay: "2026-07-22",
      lastDayMovedToNextWorkingDay: { from: "2026-07-21", reason: "LEGAL_HOLIDAY", holiday: "NATIONAL_DAY" },
      appealTo: "REGIONAL_MINISTER_OF_EMPLOYMENT",
      appealType: "ADMINISTRATIVE_APPEAL",
      form: { registeredLetter: true, motivated: true, inANationalLanguage: true },
      mayBeFiledBy: ["EMPLOYER", "WORKER_IF_LEGALLY_RESIDENT"],
      refusalAnnex: null,
    });
    expect(flemish).toHaveProperty("addressee.lines.nl", [
      "Minister van Tewerkstelling",
      "Het Vlaamse Subsidieagentschap voor Werk en Sociale economie",
      "Dienst Arbeidsmigratie en Uitzendkantoren",
      "Koning Albert II-laan 35 bus 21",
      "1030 Brussel",
    ]);
    const [brussels] = termsAfter({ event: "WORK_PART_REFUSAL_NOTIFIED", eventDate: "2026-06-21", region: "BRUSSELS_CAPITAL_REGION" }).terms;
    expect(brussels).toHaveProperty("addressee.lines.fr", ["Ministre de l'Emploi", "Bruxelles Économie et Emploi", "Direction de la Migration économique", "Place Saint-Lazare 2", "1035 Bruxelles"]);
    const [walloon] = termsAfter({ event: "WORK_PART_REFUSAL_NOTIFIED", eventDate: "2026-06-21", region: "WALLOON_REGION" }).terms;
    expect(walloon).toMatchObject({ lastDay: "2026-07-22", addressee: null, addresseeUnknownBecause: "NO_ADDRESS_IN_SOURCES" });
  });

  it("MINISTER_APPEAL_REJECTED_NOTIFIED: Council of State, 60 days", () => {
    const [term] = termsAfter({ event: "MINISTER_APPEAL_REJECTED_NOTIFIED", eventDate: "2026-09-12" }).terms;
    // 11 November is Armistice Day.
    expect(term).toMatchObject({
      ruleId: "appeal.minister-appeal-rejection.2019",
      appealTo: "COUNCIL_OF_STATE",
      lastDay: "2026-11-12",
      lastDayMovedToNextWorkingDay: { from: "2026-11-11", reason: "LEGAL_HOLIDAY", holiday: "ARMISTICE_DAY" },
    });
  });

  it("RESIDENCE_REFUSAL_NOTIFIED: annulment before the Council for Alien Law Litigation, 30 days, against annex 48", () => {
    const [term] = termsAfter({ event: "RESIDENCE_REFUSAL_NOTIFIED", eventDate: "2026-04-01" }).terms;
    expect(term).toMatchObject({
      ruleId: "appeal.residence-refusal.2019",
      length: { value: 30, unit: "DAYS" },
      // 1 May is Labour Day, a Friday.
      lastDay: "2026-05-04",
      lastDayMovedToNextWorkingDay: { from: "2026-05-01", reason: "LEGAL_HOLIDAY", holiday: "LABOUR_DAY" },
      appealTo: "COUNCIL_FOR_ALIEN_LAW_LITIGATION",
      appealType: "ANNULMENT",
      mayBeFiledBy: ["WORKER"],
      refusalAnnex: "ANNEX_48",
    });
  });

  it("answers a missing region, category or submission day with an error at that field", () => {
    expect(fieldErrorsOf(() => termsForRequest({ event: "APPLICATION_RECEIVED", eventDate: "2026-03-02" }))).toEqual([{ path: "region", message: "deadlines.errors.region" }]);
    expect(fieldErrorsOf(() => termsForRequest({ event: "WORK_PART_REFUSAL_NOTIFIED", eventDate: "2026-03-02", region: "" }))).toEqual([{ path: "region", message: "deadlines.errors.region" }]);
    expect(fieldErrorsOf(() => termsForRequest({ event: "DECLARED_ADMISSIBLE", eventDate: "2026-03-02" }))).toEqual([
      { path: "category", message: "deadlines.errors.category" },
      { path: "submissionDate", message: "deadlines.errors.submissionDate" },
    ]);
    expect(fieldErrorsOf(() => termsForRequest({ event: "DECLARED_ADMISSIBLE", eventDate: "2026-03-02", category: "TRAINEE", submissionDate: "2026-03-03" }))).toEqual([
      { path: "submissionDate", message: "deadlines.errors.submissionAfterAdmissibility" },
    ]);
    expect(fieldErrorsOf(() => termsForRequest({ event: "SOMETHING", eventDate: "2026-02-30" }))).toEqual([
      { path: "event", message: "deadlines.errors.event" },
      { path: "eventDate", message: "deadlines.errors.eventDate" },
    ]);
    expect(fieldErrorsOf(() => termsForRequest({ event: "RESIDENCE_REFUSAL_NOTIFIED", eventDate: "2018-12-31" }))).toEqual([
      { path: "eventDate", message: "deadlines.errors.eventDateTooEarly" },
    ]);
    expect(fieldErrorsOf(() => termsForRequest([]))).toEqual([{ path: "", message: "deadlines.errors.expectedObject" }]);
  });

  it("ignores the values an event does not use", () => {
    expect(termsForRequest({ event: "RESIDENCE_REFUSAL_NOTIFIED", eventDate: "2026-04-01", region: "WALLOON_REGION", category: "RESEARCHER", submissionDate: null })).toEqual(
      termsAfter({ event: "RESIDENCE_REFUSAL_NOTIFIED", eventDate: "2026-04-01" }),
    );
  });
});

describe("dated rows", () => {
  // The recast directive transposed as a later row: 90 days from 21 May 2026, the 4 months ending the day before.
  const [fourMonths, ...otherRows] = DECISION_TERM_RULES;
  const rules: TermRuleSet = {
    ...TERM_RULE_SET,
    decision: [
      { ...fourMonths!, validUntil: "2026-05-20" },
      { ...fourMonths!, id: "term.decision.default.2026-05-21", validFrom: "2026-05-21", length: { value: 90, unit: "DAYS" } },
      ...otherRows,
    ],
  };
  const admissibleOn = (eventDate: string) =>
    termsAfter({ event: "DECLARED_ADMISSIBLE", eventDate, category: "EXECUTIVE", submissionDate: "2026-05-01" }, rules).terms[0] as DecisionTerm;

  it("judges each event by the row in force on its day, never by one whose validUntil has passed", () => {
    expect(admissibleOn("2026-05-20")).toMatchObject({ ruleId: "term.decision.default.2019", length: { value: 4, unit: "MONTHS" }, lastDay: "2026-09-21" });
    expect(admissibleOn("2026-05-21")).toMatchObject({ ruleId: "term.decision.default.2026-05-21", length: { value: 90, unit: "DAYS" }, lastDay: "2026-08-19" });
    // The directive's clock has the length of the row that judged the decision term.
    expect(admissibleOn("2026-05-21").directiveClock).toMatchObject({ length: { value: 90, unit: "DAYS" }, lastDay: "2026-07-30" });
  });
});
