import { describe, expect, it } from "vitest";
import en from "@/messages/en/eligibility.json";
import fr from "@/messages/fr/eligibility.json";
import { POST } from "@/app/api/v1/eligibility/unlimited-duration/route";
import { addDays, dayInBelgium } from "@/lib/dates";

/**
 * The public eligibility calculator's endpoint, called as Next.js calls it (no server, no database:
 * the assessment needs neither). The contract is issue 12, item 1; the counting itself is the unit
 * tests' (lib/eligibility).
 */

const URL = "http://localhost/api/v1/eligibility/unlimited-duration";

async function call(body: unknown, { acceptLanguage, raw }: { acceptLanguage?: string; raw?: boolean } = {}) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (acceptLanguage) headers["Accept-Language"] = acceptLanguage;
  const response = await POST(new Request(URL, { method: "POST", headers, body: raw ? (body as string) : JSON.stringify(body) }));
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

const question = {
  applicationDate: "2026-06-15",
  legalResidenceInBelgium: true,
  euLongTermResidentInOtherMemberState: true,
  workPeriods: [
    { from: "2022-09-01", to: "2026-06-15", basis: "SINGLE_PERMIT", incapacityPeriods: [{ from: "2023-02-01", to: "2023-02-28", cause: "ILLNESS", startedDuringRegularEmploymentByEmployerEstablishedInBelgium: false }] },
    { from: "2020-01-01", to: "2022-08-31", basis: "AU_PAIR", incapacityPeriods: [] },
  ],
};

describe("[ELIGIBILITY] POST /api/v1/eligibility/unlimited-duration: the answer", () => {
  it("answers per category with its window and days, the periods left out with the seed's reasons, and the overall result", async () => {
    const { status, headers, json } = await call(question);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^application\/json/);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(json).toEqual({
      eligible: true,
      categoriesMet: [2],
      category1: {
        ruleId: "unlimited-duration.category-1.2019",
        windowFrom: "2021-06-16",
        windowTo: "2026-06-15",
        // 2022-09-01 … 2026-06-15 is 1384 days, less the 28 days of February 2023; the au pair years do not count.
        countedDays: 1356,
        requiredDays: 1461,
        met: false,
        unmetConditions: ["NOT_ENOUGH_WORK_IN_WINDOW"],
      },
      category2: {
        ruleId: "unlimited-duration.category-2.2019",
        windowFrom: "2024-12-16",
        windowTo: "2026-06-15",
        countedDays: 547,
        requiredDays: 365,
        met: true,
        unmetConditions: [],
      },
      excludedPeriods: [
        {
          workPeriod: 0,
          incapacityPeriod: 0,
          from: "2023-02-01",
          to: "2023-02-28",
          basis: "SINGLE_PERMIT",
          reason: "INCAPACITY_NOT_BEGUN_DURING_REGULAR_EMPLOYMENT_BY_EMPLOYER_IN_BELGIUM",
          ruleId: "unlimited-duration.incapacity.2019",
        },
        { workPeriod: 1, incapacityPeriod: null, from: "2020-01-01", to: "2022-08-31", basis: "AU_PAIR", reason: "WORKED_WITHOUT_EMPLOYMENT_CONTRACT", ruleId: "unlimited-duration.basis.AU_PAIR.2019" },
      ],
    });
  });
});

describe("[ELIGIBILITY] POST /api/v1/eligibility/unlimited-duration: 400 with one error per field", () => {
  const e = en.errors;
  const tomorrow = addDays(dayInBelgium(), 1);
  const period = (overrides: Record<string, unknown>) => ({ from: "2025-01-01", to: "2025-12-31", basis: "WORK_CARD", incapacityPeriods: [], ...overrides });
  const cases: { name: string; body: unknown; raw?: boolean; errors: { path: string; message: string }[] }[] = [
    { name: "a body that is not JSON", body: "{ applicationDate: ", raw: true, errors: [{ path: "", message: e.invalidJson }] },
    { name: "an array body", body: [], errors: [{ path: "", message: e.expectedObject }] },
    { name: "a period that ends before it starts", body: { ...question, workPeriods: [period({ from: "2025-06-01", to: "2025-05-31" })] }, errors: [{ path: "workPeriods.0.to", message: e.endsBeforeStart }] },
    {
      name: "an incapacity outside its work period",
      body: {
        ...question,
        workPeriods: [period({ incapacityPeriods: [{ from: "2025-12-01", to: "2026-01-15", cause: "WORK_ACCIDENT", startedDuringRegularEmploymentByEmployerEstablishedInBelgium: true }] })],
      },
      errors: [{ path: "workPeriods.0.incapacityPeriods.0.to", message: e.incapacityEndsAfterWorkPeriod }],
    },
    {
      name: "dates in the future",
      body: { ...question, applicationDate: tomorrow, workPeriods: [period({ to: tomorrow })] },
      errors: [
        { path: "applicationDate", message: e.dayInFuture },
        { path: "workPeriods.0.to", message: e.dayInFuture },
      ],
    },
    { name: "an unknown basis", body: { ...question, workPeriods: [period({ basis: "CROSS_BORDER" })] }, errors: [{ path: "workPeriods.0.basis", message: e.basis }] },
  ];
  for (const { name, body, raw, errors } of cases) {
    it(`rejects ${name}`, async () => {
      const { status, json } = await call(body, { raw });
      expect(status).toBe(400);
      expect(json).toEqual({ errors });
    });
  }

  it("says so in the language of Accept-Language", async () => {
    const { status, headers, json } = await call({ ...question, legalResidenceInBelgium: null }, { acceptLanguage: "fr-BE,fr;q=0.9" });
    expect(status).toBe(400);
    expect(headers.get("content-language")).toBe("fr");
    expect(json).toEqual({ errors: [{ path: "legalResidenceInBelgium", message: fr.errors.legalResidenceInBelgium }] });
  });
});

describe("[ELIGIBILITY] POST /api/v1/eligibility/unlimited-duration: 413 for a body over 64 KiB", () => {
  it("refuses a 70 KiB body, and accepts one just under the limit", async () => {
    const json = JSON.stringify(question);
    const tooLarge = await POST(new Request(URL, { method: "POST", body: json + " ".repeat(70 * 1024) }));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ errors: [{ path: "", message: en.errors.tooLarge.replace("{maxKiB}", "64") }] });
    const underLimit = await POST(new Request(URL, { method: "POST", body: json + " ".repeat(64 * 1024 - json.length) }));
    expect(underLimit.status).toBe(200);
  });
});
