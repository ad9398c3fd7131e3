import { afterEach, describe, expect, it, vi } from "vitest";
import de from "@/messages/de/routing.json";
import en from "@/messages/en/routing.json";
import fr from "@/messages/fr/routing.json";
import nl from "@/messages/nl/routing.json";
import { POST } from "@/app/api/v1/routing/competent-region/route";
import { MAX_JSON_BODY_BYTES, routeHandler } from "@/app/_server/route-handler";
import { AppError } from "@/lib/errors/app-error";

/**
 * The public routing endpoint, called as Next.js calls it (no server, no database: routing needs
 * neither). The contract is issue 3, item 4.
 */

const URL = "http://localhost/api/v1/routing/competent-region";
const nbsp = "\u00a0";

async function call(body: unknown, { acceptLanguage, raw }: { acceptLanguage?: string; raw?: boolean } = {}) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (acceptLanguage) headers["Accept-Language"] = acceptLanguage;
  const response = await POST(new Request(URL, { method: "POST", headers, body: raw ? (body as string) : JSON.stringify(body) }));
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

const place = (postalCode: unknown, share?: unknown) => ({ postalCode, ...(share === undefined ? {} : { share }) });
const input = (parts: { registeredOffice?: unknown; establishments?: unknown; placesOfWork?: unknown }) => ({
  registeredOffice: null,
  establishments: [],
  placesOfWork: [],
  ...parts,
});

describe("[ROUTING] POST /api/v1/routing/competent-region: every rule", () => {
  it("ESTABLISHMENT_UNIT: the region with the strictly largest share, added up per region", async () => {
    const { status, headers, json } = await call(
      input({ registeredOffice: { postalCode: "1000" }, establishments: [place("2000", 30), place("9000", 30), place("1000", 40)] }),
    );
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^application\/json/);
    expect(json).toEqual({
      region: "FLEMISH_REGION",
      rule: "ESTABLISHMENT_UNIT",
      candidates: [],
      reason:
        "The worker is mainly employed in the Flemish Region: 60% of working time in the Flemish Region (Antwerpen 30%, Gent 30%) against 40% in the Brussels-Capital Region (Bruxelles 40%).",
    });
  });

  it("REGISTERED_OFFICE: a tie goes to the office's region", async () => {
    const { status, json } = await call(input({ registeredOffice: { postalCode: "1000" }, establishments: [place("2000", 50), place("5000", 50)] }));
    expect(status).toBe(200);
    expect(json).toEqual({
      region: "BRUSSELS_CAPITAL_REGION",
      rule: "REGISTERED_OFFICE",
      candidates: [],
      reason:
        "No main place of employment can be determined: 50% in the Flemish Region (Antwerpen 50%) and 50% in the Walloon Region (Namur 50%). The location of the registered office (1000 Bruxelles) therefore decides: Brussels-Capital Region.",
    });
  });

  it("REGISTERED_OFFICE: an office without units routes to the office's region, whatever the places of work", async () => {
    const { status, json } = await call(input({ registeredOffice: { postalCode: "4000" }, placesOfWork: [place("2000")] }));
    expect(status).toBe(200);
    expect(json).toEqual({
      region: "WALLOON_REGION",
      rule: "REGISTERED_OFFICE",
      candidates: [],
      reason: "The employer has no establishment unit in Belgium. The location of the registered office (4000 Liège) therefore decides: Walloon Region.",
    });
  });

  it("PLACE_OF_ACTIVITY: no office and no unit, the places of work decide (German-speaking Community)", async () => {
    const { status, json } = await call(input({ placesOfWork: [place("4700", 70), place("4000", 30)] }));
    expect(status).toBe(200);
    expect(json).toMatchObject({ region: "GERMAN_SPEAKING_COMMUNITY", rule: "PLACE_OF_ACTIVITY", candidates: [] });
    expect(json.reason).toContain("The worker will mainly work in the German-speaking Community: 70% of working time in the German-speaking Community (Eupen 70%)");
  });

  it("UNDETERMINED: a tie with no office gives the tied regions as candidates", async () => {
    const { status, json } = await call(input({ placesOfWork: [place("4700", 50), place("4960", 50)] }));
    expect(status).toBe(200);
    expect(json).toEqual({
      region: null,
      rule: "UNDETERMINED",
      candidates: ["WALLOON_REGION", "GERMAN_SPEAKING_COMMUNITY"],
      reason:
        "The employer has neither a registered office nor an establishment unit in Belgium, so the places where the worker will work decide. No main place of employment can be determined: 50% in the Walloon Region (Malmedy 50%) and 50% in the German-speaking Community (Eupen 50%). The rules cannot decide, so the filer chooses one of the regions with the largest share.",
    });
    const units = await call(input({ establishments: [place("1000", 50), place("4700", 50)] }));
    expect(units.json).toMatchObject({ region: null, rule: "UNDETERMINED", candidates: ["BRUSSELS_CAPITAL_REGION", "GERMAN_SPEAKING_COMMUNITY"] });
  });

  it("gives a single entry without a share the whole working time, and accepts missing sections", async () => {
    const { status, json } = await call({ establishments: [place("2000")] });
    expect(status).toBe(200);
    expect(json).toMatchObject({ region: "FLEMISH_REGION", rule: "ESTABLISHMENT_UNIT", reason: "The worker is employed only in establishment units in the Flemish Region (Antwerpen 100%)." });
  });
});

describe("[ROUTING] POST /api/v1/routing/competent-region: the language of Accept-Language", () => {
  const officeOnly = input({ registeredOffice: { postalCode: "4000" } });
  const cases: [string | undefined, string, string][] = [
    ["nl", "nl", "De werkgever heeft geen vestigingseenheid in België. Daarom is de plaats van de maatschappelijke zetel (4000 Luik) doorslaggevend: Waals Gewest."],
    ["fr", "fr", `L'employeur n'a pas d'unité d'établissement en Belgique. Le lieu du siège social (4000 Liège) est donc déterminant${nbsp}: Région wallonne.`],
    ["de", "de", "Der Arbeitgeber hat keine Niederlassungseinheit in Belgien. Daher ist der Ort des Gesellschaftssitzes (4000 Lüttich) ausschlaggebend: Wallonische Region."],
    ["en", "en", "The employer has no establishment unit in Belgium. The location of the registered office (4000 Liège) therefore decides: Walloon Region."],
    [undefined, "en", "The employer has no establishment unit in Belgium. The location of the registered office (4000 Liège) therefore decides: Walloon Region."],
    ["fr-BE,fr;q=0.9", "fr", `L'employeur n'a pas d'unité d'établissement en Belgique. Le lieu du siège social (4000 Liège) est donc déterminant${nbsp}: Région wallonne.`],
    ["es-ES,es;q=0.9,de;q=0.5", "de", "Der Arbeitgeber hat keine Niederlassungseinheit in Belgien. Daher ist der Ort des Gesellschaftssitzes (4000 Lüttich) ausschlaggebend: Wallonische Region."],
    ["ja", "en", "The employer has no establishment unit in Belgium. The location of the registered office (4000 Liège) therefore decides: Walloon Region."],
  ];
  for (const [acceptLanguage, locale, reason] of cases) {
    it(`answers "${acceptLanguage ?? "(no header)"}" in ${locale}`, async () => {
      const { status, headers, json } = await call(officeOnly, { acceptLanguage });
      expect(status).toBe(200);
      expect(json.reason).toBe(reason);
      expect(headers.get("content-language")).toBe(locale);
      expect(headers.get("cache-control")).toBe("no-store");
    });
  }

  it("translates the errors too", async () => {
    const body = input({ establishments: [place("9999")] });
    const messages = { nl, fr, de, en };
    for (const locale of ["nl", "fr", "de", "en"] as const) {
      const { status, headers, json } = await call(body, { acceptLanguage: locale });
      expect(status).toBe(400);
      expect(headers.get("content-language")).toBe(locale);
      expect(json).toEqual({ errors: [{ path: "establishments.0.postalCode", message: messages[locale].errors.unknownPostalCode }] });
    }
  });
});

describe("[ROUTING] POST /api/v1/routing/competent-region: 400 for every bad input, never 500", () => {
  const e = en.errors;
  const cases: { name: string; body: unknown; raw?: boolean; errors: { path: string; message: string }[] }[] = [
    { name: "a body that is not JSON", body: "{ establishments: [", raw: true, errors: [{ path: "", message: e.invalidJson }] },
    { name: "an empty body", body: "", raw: true, errors: [{ path: "", message: e.invalidJson }] },
    { name: "an array body", body: [{ postalCode: "2000" }], errors: [{ path: "", message: e.expectedObject }] },
    { name: "a string body", body: "2000", errors: [{ path: "", message: e.expectedObject }] },
    { name: "a null body", body: null, errors: [{ path: "", message: e.expectedObject }] },
    { name: "no place at all", body: input({}), errors: [{ path: "", message: e.noPlace }] },
    { name: "an empty object", body: {}, errors: [{ path: "", message: e.noPlace }] },
    {
      name: "sections of the wrong type",
      body: { registeredOffice: "1000", establishments: "2000", placesOfWork: [1] },
      errors: [
        { path: "registeredOffice", message: e.officeFormat },
        { path: "establishments", message: e.listFormat },
        { path: "placesOfWork.0", message: e.placeFormat },
      ],
    },
    {
      name: "a string share",
      body: input({ establishments: [place("2000", 60), place("1000", "40")] }),
      errors: [{ path: "establishments.1.share", message: e.shareRequired }],
    },
    { name: "a share of 0", body: input({ establishments: [place("2000", 100), place("1000", 0)] }), errors: [{ path: "establishments.1.share", message: e.shareRange }] },
    { name: "a negative share", body: input({ placesOfWork: [place("2000", -10)] }), errors: [{ path: "placesOfWork.0.share", message: e.shareRange }] },
    { name: "a fractional share", body: input({ establishments: [place("2000", 60.5), place("1000", 39.5)] }), errors: [
      { path: "establishments.0.share", message: e.shareWholeNumber },
      { path: "establishments.1.share", message: e.shareWholeNumber },
    ] },
    {
      name: "shares totalling 90",
      body: input({ establishments: [place("2000", 60), place("1000", 30)] }),
      errors: [{ path: "establishments", message: "The shares of working time add up to 90%; they must add up to 100%." }],
    },
    {
      name: "a missing share beside another entry",
      body: input({ establishments: [place("2000", 60), place("1000")] }),
      errors: [{ path: "establishments.1.share", message: e.shareRequired }],
    },
    { name: "a malformed postal code (12345)", body: input({ establishments: [place("2000", 60), place("12345", 40)] }), errors: [{ path: "establishments.1.postalCode", message: e.postalCodeFormat }] },
    { name: "a postal code as a number", body: input({ registeredOffice: { postalCode: 1000 } }), errors: [{ path: "registeredOffice.postalCode", message: e.postalCodeFormat }] },
    { name: "a missing postal code", body: input({ placesOfWork: [{ share: 100 }] }), errors: [{ path: "placesOfWork.0.postalCode", message: e.postalCodeRequired }] },
    { name: "an unknown postal code (9999)", body: input({ establishments: [place("2000", 60), place("9999", 40)] }), errors: [{ path: "establishments.1.postalCode", message: e.unknownPostalCode }] },
    {
      name: "a non-geographic postal code (1005, a parliament)",
      body: input({ registeredOffice: { postalCode: "1005" }, establishments: [place("2000")] }),
      errors: [{ path: "registeredOffice.postalCode", message: e.nonGeographicPostalCode }],
    },
    {
      name: "an unknown postal code and a wrong total, both reported",
      body: input({ placesOfWork: [place("9999", 50), place("2000", 40)] }),
      errors: [
        { path: "placesOfWork.0.postalCode", message: e.unknownPostalCode },
        { path: "placesOfWork", message: "The shares of working time add up to 90%; they must add up to 100%." },
      ],
    },
    {
      name: "more places than allowed",
      body: input({ establishments: Array.from({ length: 51 }, () => place("2000", 1)) }),
      errors: [{ path: "establishments", message: "Enter at most 50 establishment units or places of work." }],
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

describe("[ROUTING] POST /api/v1/routing/competent-region: 413 for a body over 64 KiB", () => {
  const tooLarge = { errors: [{ path: "", message: "The request is too large: send at most 64 KiB of routing details." }] };
  /** A valid request padded with spaces (still valid JSON) to exactly `bytes` bytes. */
  const padded = (bytes: number) => {
    const json = JSON.stringify(input({ establishments: [place("2000")] }));
    return json + " ".repeat(bytes - json.length);
  };
  /** A body sent as a stream, in chunks of 4 KiB: no Content-Length, unless one is given. */
  const streamed = (text: string) => {
    const bytes = new TextEncoder().encode(text);
    return new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 4096) controller.enqueue(bytes.slice(at, at + 4096));
        controller.close();
      },
    });
  };
  const post = async (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) => {
    const request = new Request(URL, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body, duplex: "half" } as RequestInit);
    const response = await POST(request);
    return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
  };
  const body70KiB = padded(70 * 1024);

  it("is 64 KiB", () => {
    expect(MAX_JSON_BODY_BYTES).toBe(65_536);
  });

  it("refuses a 70 KiB body that says its size in Content-Length", async () => {
    const { status, headers, json } = await post(body70KiB, { "Content-Length": String(body70KiB.length) });
    expect(status).toBe(413);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(json).toEqual(tooLarge);
  });

  it("refuses a 70 KiB body without Content-Length, by counting the bytes read", async () => {
    const request = new Request(URL, { method: "POST", body: streamed(body70KiB), duplex: "half" } as RequestInit);
    expect(request.headers.get("content-length")).toBeNull();
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(tooLarge);
    // A string body has no Content-Length header either until it is sent.
    expect((await post(body70KiB)).status).toBe(413);
  });

  it("refuses a 70 KiB body whose Content-Length claims less", async () => {
    const { status, json } = await post(streamed(body70KiB), { "Content-Length": "200" });
    expect(status).toBe(413);
    expect(json).toEqual(tooLarge);
  });

  it("refuses on Content-Length alone, before reading anything", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const { status } = await post(endless, { "Content-Length": String(10 * 1024 * 1024) });
    expect(status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("accepts exactly 64 KiB, and refuses one byte more", async () => {
    const atLimit = await post(streamed(padded(MAX_JSON_BODY_BYTES)));
    expect(atLimit.status).toBe(200);
    expect(atLimit.json).toMatchObject({ region: "FLEMISH_REGION", rule: "ESTABLISHMENT_UNIT" });
    expect((await post(streamed(padded(MAX_JSON_BODY_BYTES + 1)))).status).toBe(413);
  });

  it("reads a streamed body's multi-byte characters split across chunks", async () => {
    // "é" is two bytes in UTF-8: with 4 KiB chunks, one of them falls across a chunk boundary.
    const label = "é".repeat(50);
    const json = JSON.stringify(input({ establishments: [{ postalCode: "2000", label }] }));
    // Spaces after the opening brace put the first "é" at bytes 4095–4096, across the first boundary.
    const body = `{${" ".repeat(4095 - json.indexOf("é"))}${json.slice(1)}`;
    expect(new TextEncoder().encode(body).indexOf(0xc3)).toBe(4095);
    const { status, json: answer } = await post(streamed(body));
    expect(status).toBe(200);
    expect(answer).toMatchObject({ region: "FLEMISH_REGION" });
  });

  it("says so in the language of Accept-Language", async () => {
    const { status, headers, json } = await post(body70KiB, { "Accept-Language": "fr", "Content-Length": String(body70KiB.length) });
    expect(status).toBe(413);
    expect(headers.get("content-language")).toBe("fr");
    expect(json).toEqual({ errors: [{ path: "", message: fr.errors.tooLarge.replace("{maxKiB}", "64") }] });
  });
});

describe("[ROUTING] the route-handler wrapper fails closed", () => {
  afterEach(() => vi.restoreAllMocks());
  const request = () => new Request(URL, { method: "POST", headers: { "Accept-Language": "nl" }, body: "{}" });

  it("answers an unexpected error with a generic 500, logged but never described", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = routeHandler("test.failing", { access: "public" }, () => {
      throw new Error("connection to 10.0.0.5 refused for user admin");
    });
    const response = await failing(request());
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: "UNEXPECTED" });
    expect(text).not.toContain("10.0.0.5");
    expect(log).toHaveBeenCalledWith("[test.failing]", expect.any(Error));
  });

  it("answers an AppError other than VALIDATION with its status and code only", async () => {
    const notFound = routeHandler("test.not-found", { access: "public" }, () => {
      throw new AppError("NOT_FOUND", { message: "dossier 42 belongs to another region" });
    });
    const response = await notFound(request());
    expect(response.status).toBe(404);
    expect(response.headers.get("content-language")).toBe("nl");
    expect(await response.json()).toEqual({ error: "NOT_FOUND" });
  });

  it("answers a result that cannot be sent as JSON with a generic 500", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const response = await routeHandler("test.circular", { access: "public" }, () => circular)(request());
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "UNEXPECTED" });
  });
});
