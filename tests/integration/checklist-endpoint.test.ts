import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import de from "@/messages/de/checklist.json";
import en from "@/messages/en/checklist.json";
import fr from "@/messages/fr/checklist.json";
import nl from "@/messages/nl/checklist.json";
import deDocuments from "@/messages/de/documents.json";
import enDocuments from "@/messages/en/documents.json";
import frDocuments from "@/messages/fr/documents.json";
import nlDocuments from "@/messages/nl/documents.json";
import { POST } from "@/app/api/v1/checklist/route";

/**
 * The public checklist endpoint, called as Next.js calls it (no server, no database: the checklist
 * needs neither). The contract is issue 9, item 4. "Today" is fixed at 29 November 2026 (Brussels).
 */

const URL = "http://localhost/api/v1/checklist";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-29T10:00:00Z"));
});
afterEach(() => vi.useRealTimers());

async function call(body: unknown, { acceptLanguage, raw }: { acceptLanguage?: string; raw?: boolean } = {}) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (acceptLanguage) headers["Accept-Language"] = acceptLanguage;
  const response = await POST(new Request(URL, { method: "POST", headers, body: raw ? (body as string) : JSON.stringify(body) }));
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> & { documents: Record<string, unknown>[] } };
}

const questions = {
  workerLocation: "ABROAD",
  stayType: null,
  euLongTermResidentSeekingSecondResidence: false,
  workerBirthDate: "1990-03-15",
  category: "EU_BLUE_CARD",
  applicationType: "FIRST",
  employmentType: "BELGIAN_EMPLOYMENT",
  regulatedProfession: false,
  feeExemptionClaimed: false,
};

describe("[CHECKLIST] POST /api/v1/checklist: the answer", () => {
  it("lists the documents of a first Blue Card application from abroad, with reasons, rules and sources", async () => {
    const { status, headers, json } = await call(questions);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^application\/json/);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(json).toMatchObject({
      filingDate: "2026-11-29",
      filingAllowed: true,
      diplomaticPostRequired: true,
      inCountryApplicationAllowed: null,
      inCountryReason: null,
      inCountryException: null,
      explanation: en.inCountry.abroad,
    });
    expect(json.documents.map((d) => [d.code, d.acceptedInsteadOf])).toEqual([
      ["PASSPORT", []],
      ["FEE_PAYMENT_PROOF", []],
      ["CRIMINAL_RECORD", []],
      ["MEDICAL_CERTIFICATE", []],
      ["HEALTH_INSURANCE_PROOF", []],
      ["EMPLOYER_AFFILIATION_COMMITMENT", ["HEALTH_INSURANCE_PROOF"]],
      ["EMPLOYER_ID", []],
      ["EMPLOYMENT_CONTRACT", []],
      ["DIPLOMA", []],
    ]);
    expect(json.documents.at(-1)).toEqual({
      code: "DIPLOMA",
      name: "Copy of the diploma",
      acceptedInsteadOf: [],
      reason: en.reasons.diplomaBlueCard,
      ruleId: "checklist.diploma.eu-blue-card.2019",
      source: {
        code: "EU_BLUE_CARD",
        title: en.sources.EU_BLUE_CARD,
        url: "https://www.vreemdelingenrecht.be/werk/heb-je-recht-om-te-werken/heb-je-recht-om-te-werken-als-arbeidsmigrant/bijzondere-categorieen/europese-blauwe-kaart",
      },
    });
    expect(json.appliedRuleIds).toEqual(expect.arrayContaining(["checklist.passport.2019", "fee.2025", "fee-account.2019"]));
  });

  it("says which year's fee it shows, and uses the filing date asked for", async () => {
    const today = await call(questions);
    expect(today.json.documents[1]?.reason).toContain("no verified amount for 2026 is known yet. The 2025 amount was €148.00");
    const in2024 = await call({ ...questions, filingDate: "2024-05-02" });
    expect(in2024.json.filingDate).toBe("2024-05-02");
    expect(in2024.json.documents[1]?.reason).toMatch(/^The Immigration Office charges €144\.00 per application\. Transfer it to account BE57 6792 0060 9235 \(BIC PCHQBEBB\)/);
  });

  it("follows the answers: minor, renewal, posting, regulated profession, fee exemption, researcher", async () => {
    const { json } = await call({
      ...questions,
      category: "RESEARCHER",
      workerBirthDate: "2009-01-01",
      applicationType: "RENEWAL",
      employmentType: "POSTING",
      regulatedProfession: true,
      feeExemptionClaimed: true,
    });
    expect(json.documents.map((d) => d.code)).toEqual([
      "PASSPORT",
      "MEDICAL_CERTIFICATE",
      "HEALTH_INSURANCE_PROOF",
      "EMPLOYER_ID",
      "HOSTING_AGREEMENT",
      "POSTING_SOCIAL_SECURITY_CERTIFICATE",
      "REGULATED_PROFESSION_PROOF",
    ]);
  });

  it("allows filing from a legal stay in Belgium for an exempt category, with the proof of stay", async () => {
    const { json } = await call({ ...questions, workerLocation: "BELGIUM", stayType: "LEGAL_SHORT_STAY" });
    expect(json).toMatchObject({
      filingAllowed: true,
      diplomaticPostRequired: false,
      inCountryApplicationAllowed: true,
      inCountryReason: "EXEMPT_FROM_LABOUR_MARKET_TEST",
      inCountryException: null,
      explanation: en.inCountry.EXEMPT_FROM_LABOUR_MARKET_TEST,
    });
    expect(json.documents.map((d) => d.code)).toContain("LEGAL_STAY_PROOF");
  });

  const refusals: [string, Record<string, unknown>, string, string | null][] = [
    ["the residual category", { category: "OTHER", stayType: "LEGAL_LONG_STAY" }, "NOT_EXEMPT_FROM_LABOUR_MARKET_TEST", null],
    ["an illegal stay", { stayType: "ILLEGAL_STAY" }, "ILLEGAL_STAY", null],
    ["a procedure document", { stayType: "PROCEDURE_DOCUMENT" }, "PROCEDURE_DOCUMENT", null],
    ["a seasonal worker", { category: "SEASONAL_WORKER", stayType: "LEGAL_LONG_STAY" }, "NOT_EXEMPT_FROM_LABOUR_MARKET_TEST", "SEASONAL_WORKER_FROM_ABROAD"],
    ["a trainee on a short stay", { category: "TRAINEE", stayType: "LEGAL_SHORT_STAY" }, "EXEMPT_FROM_LABOUR_MARKET_TEST", "TRAINEE_NEEDS_LONG_STAY"],
  ];
  for (const [name, answers, reason, exception] of refusals) {
    it(`refuses filing from Belgium for ${name}`, async () => {
      const { status, json } = await call({ ...questions, workerLocation: "BELGIUM", ...answers });
      expect(status).toBe(200);
      expect(json).toMatchObject({ filingAllowed: false, inCountryApplicationAllowed: false, inCountryReason: reason, inCountryException: exception, documents: [] });
    });
  }

  it("allows the long-term resident of another EU state asking for a second residence", async () => {
    const { json } = await call({ ...questions, workerLocation: "BELGIUM", stayType: "LEGAL_SHORT_STAY", category: "OTHER", euLongTermResidentSeekingSecondResidence: true });
    expect(json).toMatchObject({ filingAllowed: true, inCountryApplicationAllowed: true, inCountryReason: "EU_LONG_TERM_RESIDENT_SECOND_RESIDENCE" });
    expect(json.documents.map((d) => d.code)).toEqual(expect.arrayContaining(["LEGAL_STAY_PROOF", "LONG_TERM_RESIDENT_PERMIT", "VACANCY_EVIDENCE"]));
  });
});

describe("[CHECKLIST] POST /api/v1/checklist: the language of Accept-Language", () => {
  const catalogs = { nl, fr, de, en };
  // Document names are the documents area's, one set for the whole portal.
  const documentNames = { nl: nlDocuments.kinds, fr: frDocuments.kinds, de: deDocuments.kinds, en: enDocuments.kinds };
  const cases: [string | undefined, keyof typeof catalogs][] = [
    ["nl-BE,nl;q=0.9", "nl"],
    ["fr", "fr"],
    ["de", "de"],
    ["en", "en"],
    [undefined, "en"],
    ["es-ES,es;q=0.9,de;q=0.5", "de"],
  ];
  for (const [acceptLanguage, locale] of cases) {
    it(`answers "${acceptLanguage ?? "(no header)"}" in ${locale}, codes unchanged`, async () => {
      const { status, headers, json } = await call({ ...questions, workerLocation: "BELGIUM", stayType: "ILLEGAL_STAY" }, { acceptLanguage });
      expect(status).toBe(200);
      expect(headers.get("content-language")).toBe(locale);
      expect(json).toMatchObject({ inCountryReason: "ILLEGAL_STAY", explanation: catalogs[locale].inCountry.ILLEGAL_STAY });
      const documents = (await call(questions, { acceptLanguage })).json.documents;
      expect(documents[0]).toMatchObject({ code: "PASSPORT", name: documentNames[locale].PASSPORT, reason: catalogs[locale].reasons.passport });
      expect((documents[0]?.source as { title: string }).title).toBe(catalogs[locale].sources.COMBINED_PERMIT_GENERAL_DOCUMENTS);
    });
  }

  it("translates the errors too", async () => {
    for (const locale of ["nl", "fr", "de", "en"] as const) {
      const { status, headers, json } = await call({ ...questions, category: "ASTRONAUT" }, { acceptLanguage: locale });
      expect(status).toBe(400);
      expect(headers.get("content-language")).toBe(locale);
      expect(json).toEqual({ errors: [{ path: "category", message: catalogs[locale].errors.category }] });
    }
  });
});

describe("[CHECKLIST] POST /api/v1/checklist: 400 for every bad input, never 500", () => {
  const e = en.errors;
  const cases: { name: string; body: unknown; raw?: boolean; errors: { path: string; message: string }[] }[] = [
    { name: "a body that is not JSON", body: "{ workerLocation: ", raw: true, errors: [{ path: "", message: e.invalidJson }] },
    { name: "an empty body", body: "", raw: true, errors: [{ path: "", message: e.invalidJson }] },
    { name: "an array body", body: [questions], errors: [{ path: "", message: e.expectedObject }] },
    { name: "a null body", body: null, errors: [{ path: "", message: e.expectedObject }] },
    {
      name: "an empty object",
      body: {},
      errors: [
        { path: "workerLocation", message: e.workerLocation },
        { path: "workerBirthDate", message: e.workerBirthDate },
        { path: "category", message: e.category },
        { path: "applicationType", message: e.applicationType },
        { path: "employmentType", message: e.employmentType },
        { path: "regulatedProfession", message: e.regulatedProfession },
        { path: "feeExemptionClaimed", message: e.feeExemptionClaimed },
      ],
    },
    { name: "a worker in Belgium without a kind of stay", body: { ...questions, workerLocation: "BELGIUM" }, errors: [{ path: "stayType", message: e.stayType }] },
    { name: "an unknown kind of stay", body: { ...questions, workerLocation: "BELGIUM", stayType: "TOURIST" }, errors: [{ path: "stayType", message: e.stayType }] },
    { name: "an unknown location", body: { ...questions, workerLocation: "MARS" }, errors: [{ path: "workerLocation", message: e.workerLocation }] },
    { name: "an impossible birth date", body: { ...questions, workerBirthDate: "1990-02-30" }, errors: [{ path: "workerBirthDate", message: e.workerBirthDate }] },
    { name: "a birth date as a number", body: { ...questions, workerBirthDate: 19900315 }, errors: [{ path: "workerBirthDate", message: e.workerBirthDate }] },
    { name: "a birth date after the filing date", body: { ...questions, filingDate: "2025-01-01", workerBirthDate: "2025-01-01" }, errors: [{ path: "workerBirthDate", message: e.birthDateBeforeFiling }] },
    { name: "a filing date before the combined permit", body: { ...questions, filingDate: "2018-12-31" }, errors: [{ path: "filingDate", message: e.filingDateTooEarly }] },
    { name: "a filing date in another format", body: { ...questions, filingDate: "29/11/2026" }, errors: [{ path: "filingDate", message: e.filingDate }] },
    { name: "a string for a yes/no answer", body: { ...questions, regulatedProfession: "no", euLongTermResidentSeekingSecondResidence: "false" }, errors: [
      { path: "euLongTermResidentSeekingSecondResidence", message: e.euLongTermResident },
      { path: "regulatedProfession", message: e.regulatedProfession },
    ] },
    { name: "an unknown application type and employment type", body: { ...questions, applicationType: "SECOND", employmentType: "FREELANCE" }, errors: [
      { path: "applicationType", message: e.applicationType },
      { path: "employmentType", message: e.employmentType },
    ] },
  ];
  for (const { name, body, raw, errors } of cases) {
    it(`rejects ${name}`, async () => {
      const { status, headers, json } = await call(body, { raw });
      expect(status).toBe(400);
      expect(headers.get("content-language")).toBe("en");
      expect(json).toEqual({ errors });
    });
  }
});

describe("[CHECKLIST] POST /api/v1/checklist: 413 for a body over 64 KiB", () => {
  it("refuses a 70 KiB body, saying so in the caller's language", async () => {
    const body = JSON.stringify(questions) + " ".repeat(70 * 1024);
    for (const [locale, catalog] of [["en", en], ["de", de]] as const) {
      const response = await POST(new Request(URL, { method: "POST", headers: { "Content-Type": "application/json", "Accept-Language": locale }, body }));
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ errors: [{ path: "", message: catalog.errors.tooLarge.replace("{maxKiB}", "64") }] });
    }
  });

  it("accepts a valid body padded to just under the limit", async () => {
    const json = JSON.stringify(questions);
    const response = await POST(new Request(URL, { method: "POST", body: json + " ".repeat(64 * 1024 - json.length) }));
    expect(response.status).toBe(200);
  });
});
