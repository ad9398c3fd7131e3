import { describe, expect, it } from "vitest";
import de from "@/messages/de/deadlines.json";
import en from "@/messages/en/deadlines.json";
import fr from "@/messages/fr/deadlines.json";
import nl from "@/messages/nl/deadlines.json";
import { POST } from "@/app/api/v1/deadlines/route";
import { termsAfter } from "@/lib/terms/terms-after";

/**
 * The public deadline calculator's endpoint, called as Next.js calls it (no server, no database:
 * terms need neither). The contract is issue 10, item 6.
 */

const URL = "http://localhost/api/v1/deadlines";

async function call(body: unknown, { acceptLanguage, raw }: { acceptLanguage?: string; raw?: boolean } = {}) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (acceptLanguage) headers["Accept-Language"] = acceptLanguage;
  const response = await POST(new Request(URL, { method: "POST", headers, body: raw ? (body as string) : JSON.stringify(body) }));
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

describe("[DEADLINES] POST /api/v1/deadlines: the answer", () => {
  it("answers a refused work part in Flanders with the appeal to the minister, its form, addressee and moved last day", async () => {
    const { status, headers, json } = await call({ event: "WORK_PART_REFUSAL_NOTIFIED", eventDate: "2026-06-21", region: "FLEMISH_REGION" });
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^application\/json/);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(json).toEqual({
      terms: [
        {
          term: "APPEAL",
          ruleId: "appeal.work-part-refusal.FLEMISH_REGION.2019",
          sources: [
            { ref: "seed 001", title: "Hoe vraag je een gecombineerde vergunning aan? (Vlaamse overheid)", url: null },
            { ref: "S31", title: "Vlaanderen.be — Toelating tot arbeid: beroep tegen weigering of intrekking", url: "https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-beroep-tegen-weigering-of-intrekking" },
          ],
          length: { value: 1, unit: "MONTHS" },
          startsAfter: "2026-06-21",
          lastDay: "2026-07-22",
          lastDayMovedToNextWorkingDay: { from: "2026-07-21", reason: "LEGAL_HOLIDAY", holiday: "NATIONAL_DAY" },
          against: "WORK_PART_REFUSAL",
          appealTo: "REGIONAL_MINISTER_OF_EMPLOYMENT",
          appealType: "ADMINISTRATIVE_APPEAL",
          form: { registeredLetter: true, motivated: true, inANationalLanguage: true },
          mayBeFiledBy: ["EMPLOYER", "WORKER_IF_LEGALLY_RESIDENT"],
          refusalAnnex: null,
          addressee: expect.objectContaining({ id: "addressee.minister-of-employment.FLEMISH_REGION" }),
        },
      ],
    });
  });

  it("gives the same numbers as termsAfter, which the dossiers use, for every event", async () => {
    const questions = [
      { event: "APPLICATION_RECEIVED", eventDate: "2026-03-02", region: "BRUSSELS_CAPITAL_REGION" },
      { event: "ADDITIONAL_INFORMATION_REQUEST_NOTIFIED", eventDate: "2026-03-06" },
      { event: "DECLARED_ADMISSIBLE", eventDate: "2026-03-16", category: "EU_BLUE_CARD", submissionDate: "2026-02-27" },
      { event: "INADMISSIBILITY_DECISION_NOTIFIED", eventDate: "2026-05-04" },
      { event: "WORK_PART_REFUSAL_NOTIFIED", eventDate: "2026-06-21", region: "WALLOON_REGION" },
      { event: "MINISTER_APPEAL_REJECTED_NOTIFIED", eventDate: "2026-09-12" },
      { event: "RESIDENCE_REFUSAL_NOTIFIED", eventDate: "2026-04-01" },
    ] as const;
    for (const question of questions) {
      const { status, json } = await call(question);
      expect(status, question.event).toBe(200);
      expect(json, question.event).toEqual(JSON.parse(JSON.stringify(termsAfter(question))));
    }
  });

  it("says that no admissibility term is known in the German-speaking Community", async () => {
    const { status, json } = await call({ event: "APPLICATION_RECEIVED", eventDate: "2026-03-02", region: "GERMAN_SPEAKING_COMMUNITY" });
    expect(status).toBe(200);
    expect(json).toMatchObject({ terms: [{ term: "ADMISSIBILITY_DECISION", length: null, lastDay: null, unknownBecause: "NO_TERM_KNOWN_FOR_REGION" }] });
  });
});

describe("[DEADLINES] POST /api/v1/deadlines: the language of Accept-Language", () => {
  const catalogs = { nl, fr, de, en };
  const cases: [string | undefined, keyof typeof catalogs][] = [
    ["nl-BE,nl;q=0.9", "nl"],
    ["fr", "fr"],
    ["de", "de"],
    [undefined, "en"],
    ["es-ES,es;q=0.9,de;q=0.5", "de"],
  ];
  for (const [acceptLanguage, locale] of cases) {
    it(`answers "${acceptLanguage ?? "(no header)"}" in ${locale}: errors translated, codes unchanged`, async () => {
      const ok = await call({ event: "RESIDENCE_REFUSAL_NOTIFIED", eventDate: "2026-04-01" }, { acceptLanguage });
      expect(ok.headers.get("content-language")).toBe(locale);
      expect(ok.json).toMatchObject({ terms: [{ appealTo: "COUNCIL_FOR_ALIEN_LAW_LITIGATION", refusalAnnex: "ANNEX_48" }] });
      const bad = await call({ event: "APPLICATION_RECEIVED", eventDate: "2026-03-02" }, { acceptLanguage });
      expect(bad.status).toBe(400);
      expect(bad.headers.get("content-language")).toBe(locale);
      expect(bad.json).toEqual({ errors: [{ path: "region", message: catalogs[locale].errors.region }] });
    });
  }
});

describe("[DEADLINES] POST /api/v1/deadlines: 400 for every bad input, never 500", () => {
  const e = en.errors;
  const cases: { name: string; body: unknown; raw?: boolean; errors: { path: string; message: string }[] }[] = [
    { name: "a body that is not JSON", body: "{ event: ", raw: true, errors: [{ path: "", message: e.invalidJson }] },
    { name: "an empty body", body: "", raw: true, errors: [{ path: "", message: e.invalidJson }] },
    { name: "an array body", body: [], errors: [{ path: "", message: e.expectedObject }] },
    { name: "a null body", body: null, errors: [{ path: "", message: e.expectedObject }] },
    { name: "an empty object", body: {}, errors: [{ path: "event", message: e.event }, { path: "eventDate", message: e.eventDate }] },
    { name: "an unknown event", body: { event: "PERMIT_EXPIRED", eventDate: "2026-03-02" }, errors: [{ path: "event", message: e.event }] },
    { name: "an impossible day", body: { event: "RESIDENCE_REFUSAL_NOTIFIED", eventDate: "2026-02-29" }, errors: [{ path: "eventDate", message: e.eventDate }] },
    { name: "a day as a number", body: { event: "RESIDENCE_REFUSAL_NOTIFIED", eventDate: 20260301 }, errors: [{ path: "eventDate", message: e.eventDate }] },
    { name: "a day before the combined permit", body: { event: "RESIDENCE_REFUSAL_NOTIFIED", eventDate: "2018-12-31" }, errors: [{ path: "eventDate", message: e.eventDateTooEarly }] },
    { name: "a received application without region", body: { event: "APPLICATION_RECEIVED", eventDate: "2026-03-02" }, errors: [{ path: "region", message: e.region }] },
    { name: "an unknown region", body: { event: "WORK_PART_REFUSAL_NOTIFIED", eventDate: "2026-03-02", region: "LUXEMBOURG" }, errors: [{ path: "region", message: e.region }] },
    {
      name: "an admissibility without category and submission day",
      body: { event: "DECLARED_ADMISSIBLE", eventDate: "2026-03-02" },
      errors: [{ path: "category", message: e.category }, { path: "submissionDate", message: e.submissionDate }],
    },
    {
      name: "a submission after admissibility and an unknown category",
      body: { event: "DECLARED_ADMISSIBLE", eventDate: "2026-03-02", category: "ASTRONAUT", submissionDate: "2026-03-03" },
      errors: [{ path: "category", message: e.category }, { path: "submissionDate", message: e.submissionAfterAdmissibility }],
    },
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

describe("[DEADLINES] POST /api/v1/deadlines: 413 for a body over 64 KiB", () => {
  const question = { event: "INADMISSIBILITY_DECISION_NOTIFIED", eventDate: "2026-05-04" };

  it("refuses a 70 KiB body, saying so in the caller's language", async () => {
    const body = JSON.stringify(question) + " ".repeat(70 * 1024);
    for (const [locale, catalog] of [["en", en], ["fr", fr]] as const) {
      const response = await POST(new Request(URL, { method: "POST", headers: { "Content-Type": "application/json", "Accept-Language": locale }, body }));
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ errors: [{ path: "", message: catalog.errors.tooLarge.replace("{maxKiB}", "64") }] });
    }
  });

  it("accepts a valid body padded to just under the limit", async () => {
    const json = JSON.stringify(question);
    const response = await POST(new Request(URL, { method: "POST", body: json + " ".repeat(64 * 1024 - json.length) }));
    expect(response.status).toBe(200);
  });
});
