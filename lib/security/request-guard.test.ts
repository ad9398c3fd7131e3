import { describe, expect, it } from "vitest";
import {
  isPlausibleFormAction,
  isPlausibleModel,
  isPlausibleMultipartReply,
  isPlausibleTextReply,
  isSameOrigin,
  MAX_ACTION_BODY_BYTES,
  MAX_PATH_LENGTH,
  nestingDepth,
  refuseHostileRequest,
  refusePath,
  type FormFields,
} from "./request-guard";

const deep = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const ACTION = "7f" + "0".repeat(40);
const origin = "http://portal.test";

function actionRequest(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${origin}/en/sign-in`, {
    method: "POST",
    headers: { host: "portal.test", origin, "next-action": ACTION, "content-type": "text/plain;charset=UTF-8", ...headers },
    body,
  });
}

function multipartBody(fields: [string, string][]): { body: string; contentType: string } {
  const boundary = "----testboundary";
  return {
    body: fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`,
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe("paths", () => {
  it("refuses percent-encodings that are not UTF-8 with 400", () => {
    for (const path of ["/en/%E0%A4%A", "/en/%C0%AF", "/%E0%A4%A", "/en/%ZZ"]) expect(refusePath(path), path).toEqual({ status: 400, reason: "MALFORMED_PATH" });
  });

  it("refuses a path over the limit with 414 and lets the portal's own paths through", () => {
    expect(refusePath("/en/" + "a".repeat(MAX_PATH_LENGTH))).toEqual({ status: 414, reason: "PATH_TOO_LONG" });
    for (const path of ["/en", "/fr/dossiers/00000000-0000-4000-8000-000000000000/steps/worker", "/de/Gr%C3%BC%C3%9Fe", "/nl/%20"]) expect(refusePath(path), path).toBeNull();
  });
});

describe("origin", () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it("accepts the host addressed, behind a proxy too, and refuses another site, 'null' and garbage", () => {
    expect(isSameOrigin(headers({ host: "portal.test", origin }), { requireOrigin: true })).toBe(true);
    expect(isSameOrigin(headers({ host: "10.0.0.1:3000", "x-forwarded-host": "portal.test", origin }), { requireOrigin: true })).toBe(true);
    for (const bad of ["https://evil.example", "null", "::not a url::", "http://portal.test.evil.example"]) {
      expect(isSameOrigin(headers({ host: "portal.test", origin: bad }), { requireOrigin: false }), bad).toBe(false);
    }
  });

  it("lets a request without Origin through only when it is not required (as Next.js does for actions)", () => {
    expect(isSameOrigin(headers({ host: "portal.test" }), { requireOrigin: false })).toBe(true);
    expect(isSameOrigin(headers({ host: "portal.test" }), { requireOrigin: true })).toBe(false);
  });
});

describe("action bodies", () => {
  it("measures nesting without recursing, strings skipped", () => {
    expect(nestingDepth(deep(100_000))).toBe(100_000);
    expect(nestingDepth('["[[[[", {"a": ["\\"[["]}]')).toBe(3);
  });

  it("accepts what React's encodeReply sends for our forms: state and form, plain values, dates, outlined parts", () => {
    expect(isPlausibleTextReply('["en",{"submission":2,"fieldErrors":[],"values":{"a":"$$dollar","b":"$undefined","c":"$D2026-01-01T00:00:00.000Z"}}]')).toBe(true);
    expect(isPlausibleTextReply('[["1000","2000"]]')).toBe(true);
    const form: FormFields = new Map<string, string | { file: true }>([
      ["0", '[{"submission":0,"fieldErrors":[]},"$K1","$2"]'],
      ["1_name", "Jan"],
      ["1_file", { file: true }],
      ["2", '{"x":"$n12345678901234567890"}'],
    ]);
    expect(isPlausibleMultipartReply(form)).toBe(true);
  });

  it("refuses an empty, non-JSON, null or 1 body, a body that is not an argument list, and too many arguments", () => {
    for (const body of ["", "{not json", "null", "1", '{"a":1}', '"$K1"', JSON.stringify(Array.from({ length: 2000 }, () => 0))]) {
      expect(isPlausibleTextReply(body), body.slice(0, 20)).toBe(false);
    }
  });

  it("refuses a 5,000-deep array before parsing it", () => {
    expect(isPlausibleTextReply(deep(5000))).toBe(false);
    expect(isPlausibleModel(deep(33), 0, () => true)).toBe(false);
    expect(isPlausibleModel(deep(32), 0, () => true)).toBe(true);
  });

  it("refuses React references our pages never send, and references to parts that are missing or earlier", () => {
    for (const reference of ["$Q1", "$F1", "$Z1", "$T", "$B1", "$W1", "$i1", "$R1", "$n12x", "$h1", "$S1", "$E1"]) {
      expect(isPlausibleTextReply(`["${reference}"]`), reference).toBe(false);
    }
    expect(isPlausibleTextReply('["$1"]')).toBe(false);
    expect(isPlausibleTextReply('["$@1"]')).toBe(false);
    expect(isPlausibleMultipartReply(new Map([["0", '["$1"]'], ["1", '["$1"]']]))).toBe(false);
    expect(isPlausibleMultipartReply(new Map([["0", '["$1"]'], ["1", '["$0"]']]))).toBe(false);
    expect(isPlausibleMultipartReply(new Map<string, string | { file: true }>([["0", '["$1"]'], ["1", { file: true }]]))).toBe(false);
    expect(isPlausibleMultipartReply(new Map([["0", '["$1"]'], ["1", '{"a":"$Q2"}'], ["2", "[]"]]))).toBe(false);
    expect(isPlausibleMultipartReply(new Map([["1_name", "x"]]))).toBe(false);
  });

  it("judges a form posted without JavaScript by its bound arguments", () => {
    const head = (bound: string | null) => JSON.stringify({ id: ACTION, bound });
    expect(isPlausibleFormAction(new Map([[`$ACTION_ID_${ACTION}`, ""], ["name", "Jan"]]))).toBe(true);
    expect(isPlausibleFormAction(new Map([["$ACTION_REF_1", ""], ["$ACTION_1:0", head("$@1")], ["$ACTION_1:1", '["en"]'], ["$ACTION_KEY", "k"]]))).toBe(true);
    expect(isPlausibleFormAction(new Map([["$ACTION_REF_1", ""], ["$ACTION_1:0", head(null)]]))).toBe(true);
    expect(isPlausibleFormAction(new Map([["$ACTION_REF_1", ""], ["$ACTION_1:0", "{not json"]]))).toBe(false);
    expect(isPlausibleFormAction(new Map([["$ACTION_REF_1", ""]]))).toBe(false);
    expect(isPlausibleFormAction(new Map([["$ACTION_REF_1", ""], ["$ACTION_1:0", head("$@1")], ["$ACTION_1:1", deep(5000)]]))).toBe(false);
    expect(isPlausibleFormAction(new Map([["$ACTION_REF_1", ""], ["$ACTION_1:0", head("$@1")], ["$ACTION_1:1", "null"]]))).toBe(false);
    expect(isPlausibleFormAction(new Map([["$ACTION_REF_1", ""], ["$ACTION_1:0", head("$@1")], ["$ACTION_1:1", '["$F2"]'], ["$ACTION_1:2", "{}"]]))).toBe(false);
    expect(isPlausibleFormAction(new Map([["$ACTION_REF_1", ""], ["$ACTION_1:0", head("$Q1")]]))).toBe(false);
  });
});

describe("the whole request, as the proxy sees it", () => {
  it("lets a plausible action, a page view and a post that is not an action through", async () => {
    expect(await refuseHostileRequest(actionRequest('[{"submission":0,"fieldErrors":[]},"$K1"]'))).toBeNull();
    expect(await refuseHostileRequest(new Request(`${origin}/en/which-region`))).toBeNull();
    expect(await refuseHostileRequest(new Request(`${origin}/en`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" }))).toBeNull();
  });

  it("answers a cross-site action 403, before reading its body", async () => {
    expect(await refuseHostileRequest(actionRequest("[]", { origin: "https://evil.example" }))).toEqual({ status: 403, reason: "CROSS_SITE" });
    const form = multipartBody([[`$ACTION_ID_${ACTION}`, ""]]);
    const post = new Request(`${origin}/en/sign-in`, { method: "POST", headers: { host: "portal.test", origin: "null", "content-type": form.contentType }, body: form.body });
    expect(await refuseHostileRequest(post)).toEqual({ status: 403, reason: "CROSS_SITE" });
  });

  it("answers 413 past the limit, declared or counted", async () => {
    const big = new Uint8Array(MAX_ACTION_BODY_BYTES + 1).fill(0x20);
    expect(await refuseHostileRequest(actionRequest(big, { "content-length": String(big.byteLength) }))).toEqual({ status: 413, reason: "TOO_LARGE" });
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new Uint8Array(MAX_ACTION_BODY_BYTES / 2).fill(0x20));
        controller.close();
      },
    });
    const streamed = new Request(`${origin}/en`, { method: "POST", headers: { host: "portal.test", "next-action": ACTION }, body: chunked, duplex: "half" } as RequestInit);
    expect(await refuseHostileRequest(streamed)).toEqual({ status: 413, reason: "TOO_LARGE" });
  });

  it("answers 400 to a malformed path, an empty action body, garbage multipart and a hostile form post", async () => {
    expect(await refuseHostileRequest(new Request(`${origin}/en/%E0%A4%A`))).toEqual({ status: 400, reason: "MALFORMED_PATH" });
    expect(await refuseHostileRequest(actionRequest(""))).toEqual({ status: 400, reason: "MALFORMED_FORM" });
    expect(await refuseHostileRequest(actionRequest("--x\r\ngarbage", { "content-type": "multipart/form-data; boundary=x" }))).toEqual({ status: 400, reason: "MALFORMED_FORM" });
    const form = multipartBody([["$ACTION_REF_1", ""], ["$ACTION_1:0", JSON.stringify({ id: ACTION, bound: "$@1" })], ["$ACTION_1:1", deep(5000)]]);
    const post = new Request(`${origin}/en/sign-in`, { method: "POST", headers: { host: "portal.test", origin, "content-type": form.contentType }, body: form.body });
    expect(await refuseHostileRequest(post)).toEqual({ status: 400, reason: "MALFORMED_FORM" });
  });

  it("reads a copy of the body: the action can still read it", async () => {
    const request = actionRequest('[{"submission":0,"fieldErrors":[]},"$K1"]');
    await refuseHostileRequest(request);
    expect(await request.text()).toBe('[{"submission":0,"fieldErrors":[]},"$K1"]');
  });
});
