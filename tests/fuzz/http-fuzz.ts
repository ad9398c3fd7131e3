/**
 * HTTP fuzz of a running, built portal (issue 13, item 3): sends a bounded, deterministic set of
 * malformed requests to every route handler (found by walking app/api for route.ts files and the
 * methods they export) and every server action (found in the build's
 * .next/server/server-reference-manifest.json), signed out and signed in as a demo account of each kind of actor, and to
 * pages with malformed paths. Fails (exit 1) on any 5xx, and on a Link header too big for a proxy.
 *
 *   npx tsx tests/fuzz/http-fuzz.ts http://127.0.0.1:3000      (or FUZZ_URL=…; FUZZ_ROOT=<checkout> for another build)
 *
 * `npm run test:fuzz` (tests/fuzz/run-fuzz.ts) starts the built portal on its own database and runs
 * this against it. The last line reads "N requests, 0 responses of 5xx".
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { demoAccounts } from "../../prisma/demo-accounts";
import { signInOverHttp, type CookieJar } from "../support/http-session";

/** A request to send, and why (printed when it fails). */
export interface FuzzCase {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export interface FuzzOutcome {
  fuzzCase: FuzzCase;
  session: string;
  status: number;
  problem?: string;
}

/** The checkout whose app/ and .next/ are read: this one, or FUZZ_ROOT (another build of the portal). */
const ROOT = process.env.FUZZ_ROOT ?? path.resolve(__dirname, "../..");
const A_UUID = "00000000-0000-4000-8000-000000000000";
/** Bigger than any body the portal accepts (1 MiB for actions, 64 KiB for the JSON API). */
const OVERSIZE = 1024 * 1024 + 1024;
/** A Link header beyond this is refused by common proxies (nginx's default buffer is 4–8 KiB). */
const MAX_LINK_HEADER = 4096;

const deepArray = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

/** Route handlers and the methods they export, from the source tree: `/api/v1/checklist` → ["POST"]. */
export function routeHandlers(root = ROOT): { route: string; methods: string[] }[] {
  const found: { route: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = readFileSync(full, "utf8");
        const methods = new Set<string>();
        for (const match of source.matchAll(/export\s+(?:async\s+)?(?:const|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(match[1]!);
        for (const match of source.matchAll(/export\s+const\s*\{([^}]*)\}/g)) {
          for (const name of match[1]!.split(",").map((part) => part.trim())) if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(name)) methods.add(name);
        }
        const route = "/" + path.relative(path.join(root, "app"), path.dirname(full)).split(path.sep).join("/");
        found.push({ route, methods: [...methods].sort() });
      }
    }
  };
  walk(path.join(root, "app", "api"));
  return found.sort((a, b) => a.route.localeCompare(b.route));
}

/** A concrete path for a route pattern: dynamic segments get `value`. */
function fill(route: string, value: string): string {
  return route
    .replace(/\[\[?\.\.\.[^\]]+\]\]?/g, value)
    .replace(/\[locale\]/g, "en")
    .replace(/\[[^\]]+\]/g, value);
}

export interface ServerAction {
  id: string;
  name: string;
  /** A page that serves the action (actions are posted to a page's URL). */
  page: string;
}

/** Every server action of the build, with a page to post it to. */
export function serverActions(root = ROOT): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }>;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      const worker = Object.keys(entry.workers).sort()[0] ?? "app/[locale]/page";
      const page = fill(worker.replace(/^app/, "").replace(/\/page$/, "") || "/", A_UUID) || "/";
      return { id, name: `${entry.filename ?? "?"}#${entry.exportedName ?? "?"}`, page };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

function multipart(fields: [string, string][], boundary = "----fuzzboundary7MA4YWxkTrZu0gW"): { headers: Record<string, string>; body: string } {
  const body = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return { headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, body };
}

/** The malformed requests for one server action, posted to `action.page` as Next's client does. */
export function actionCases(action: ServerAction, origin: string): FuzzCase[] {
  const fetchAction = (name: string, body: string | Uint8Array, headers: Record<string, string> = {}): FuzzCase => ({
    name: `action ${action.name}: ${name}`,
    method: "POST",
    path: action.page,
    headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", origin, accept: "text/x-component", ...headers },
    body,
  });
  const formPost = (name: string, fields: [string, string][], headers: Record<string, string> = {}): FuzzCase => {
    const form = multipart(fields);
    return { name: `action ${action.name} (no JavaScript): ${name}`, method: "POST", path: action.page, headers: { origin, ...form.headers, ...headers }, body: form.body };
  };
  const fetchMultipart = (name: string, fields: [string, string][]) => {
    const form = multipart(fields);
    return fetchAction(name, form.body, form.headers);
  };
  return [
    fetchAction("empty body", ""),
    fetchAction("not JSON", "{not json"),
    fetchAction("null", "null"),
    fetchAction("1", "1"),
    fetchAction("an object", '{"a":1}'),
    fetchAction("no arguments", "[]"),
    fetchAction("strings for the arguments", '["a","b","c"]'),
    fetchAction("nulls for the arguments", "[null,null]"),
    fetchAction("$Q reference", '["$Q1"]'),
    fetchAction("$F reference", '["$F1"]'),
    fetchAction("$Z1 reference", '["$Z1"]'),
    fetchAction("$@ reference", '["$@1"]'),
    fetchAction("$K reference", '["$K1"]'),
    fetchAction("$T reference", '[{"submission":0},"$T"]'),
    fetchAction("$B reference", '["$B1"]'),
    fetchAction("outlined reference", '["$1"]'),
    fetchAction("5,000-deep array", deepArray(5000)),
    fetchAction("2,000 arguments", JSON.stringify(Array.from({ length: 2000 }, () => 0))),
    fetchAction("over the size limit", new Uint8Array(OVERSIZE).fill(0x20)),
    fetchAction("JSON content type", '{"a":1}', { "content-type": "application/json" }),
    fetchAction("cross-site origin (CSRF)", '[{"submission":0},"$K1"]', { origin: "https://evil.example" }),
    fetchAction("unparseable origin", '[{"submission":0},"$K1"]', { origin: "::not a url::" }),
    fetchAction("garbage multipart", "--x\r\nnot a part\r\n--", { "content-type": "multipart/form-data; boundary=x" }),
    fetchAction("multipart without a boundary", "abc", { "content-type": "multipart/form-data" }),
    fetchMultipart("multipart root not JSON", [["0", "{not json"]]),
    fetchMultipart("multipart root null", [["0", "null"]]),
    fetchMultipart("multipart $Q reference", [["0", '["$Q1"]']]),
    fetchMultipart("multipart deep root", [["0", deepArray(5000)]]),
    fetchMultipart("multipart form data for every argument", [["0", '["$K1","$K1","$K1"]'], ["1_name", "x"]]),
    fetchMultipart("multipart state and form swapped", [["0", '["$K1",{"submission":0}]'], ["1_name", "x"]]),
    fetchMultipart("multipart state and form", [["0", '[{"submission":"x","values":null},"$K1"]'], ["1_name", "\u0000"]]),
    formPost("action id only", [[`$ACTION_ID_${action.id}`, ""]]),
    formPost("reference not JSON", [["$ACTION_REF_1", ""], ["$ACTION_1:0", "{not json"]]),
    formPost("bound arguments deep", [["$ACTION_REF_1", ""], ["$ACTION_1:0", JSON.stringify({ id: action.id, bound: "$@1" })], ["$ACTION_1:1", deepArray(5000)]]),
    formPost("bound arguments null", [["$ACTION_REF_1", ""], ["$ACTION_1:0", JSON.stringify({ id: action.id, bound: "$@1" })], ["$ACTION_1:1", "null"]]),
    formPost("bound arguments $F reference", [["$ACTION_REF_1", ""], ["$ACTION_1:0", JSON.stringify({ id: action.id, bound: "$@1" })], ["$ACTION_1:1", '["$F2"]']]),
    formPost("unknown action reference", [["$ACTION_REF_1", ""], ["$ACTION_1:0", JSON.stringify({ id: "00".repeat(21), bound: null })]]),
    formPost("cross-site origin (CSRF)", [[`$ACTION_ID_${action.id}`, ""]], { origin: "https://evil.example" }),
  ];
}

/** Cases for no particular action: unknown and malformed action ids. */
export function anyActionCases(origin: string): FuzzCase[] {
  const headers = { "content-type": "text/plain;charset=UTF-8", origin, accept: "text/x-component" };
  return [
    { name: "unknown action id", method: "POST", path: "/en", headers: { ...headers, "next-action": "00".repeat(21) }, body: "[]" },
    { name: "malformed action id", method: "POST", path: "/en", headers: { ...headers, "next-action": "not an id" }, body: "[]" },
    { name: "action id of 10,000 characters", method: "POST", path: "/en", headers: { ...headers, "next-action": "a".repeat(10_000) }, body: "[]" },
    { name: "garbage multipart to a page", method: "POST", path: "/en/sign-in", headers: { origin, "content-type": "multipart/form-data; boundary=x" }, body: "--x\r\ngarbage" },
    { name: "url-encoded post to a page", method: "POST", path: "/en/sign-in", headers: { origin, "content-type": "application/x-www-form-urlencoded" }, body: "%E0%A4%A=%C0%AF" },
  ];
}

/** The malformed requests for one route handler method. */
export function routeCases(route: string, method: string, origin: string): FuzzCase[] {
  const json = { "content-type": "application/json", origin };
  const target = fill(route, A_UUID);
  const cases: FuzzCase[] = [
    { name: `${method} ${route}`, method, path: target, headers: { origin } },
    { name: `${method} ${route}: malformed encoding in a parameter`, method, path: fill(route, "%E0%A4%A"), headers: { origin } },
    { name: `${method} ${route}: overlong encoding in a parameter`, method, path: fill(route, "%C0%AF"), headers: { origin } },
    { name: `${method} ${route}: not a uuid`, method, path: fill(route, "not-a-uuid"), headers: { origin } },
    { name: `${method} ${route}: 5,000-character parameter`, method, path: fill(route, "a".repeat(5000)), headers: { origin } },
  ];
  if (method === "GET") return cases.filter((c) => target !== route || c === cases[0]);
  const bodies: [string, string | Uint8Array, Record<string, string>][] = [
    ["empty body", "", json],
    ["not JSON", "{not json", json],
    ["null", "null", json],
    ["1", "1", json],
    ["an array", "[]", json],
    ["5,000-deep array", deepArray(5000), json],
    ["over the size limit", new Uint8Array(OVERSIZE).fill(0x20), json],
    ["text content type", '{"a":1}', { "content-type": "text/plain", origin }],
    ["garbage multipart", "--x\r\nnot a part\r\n--", { "content-type": "multipart/form-data; boundary=x", origin }],
    ["multipart without a boundary", "abc", { "content-type": "multipart/form-data", origin }],
    ["url-encoded", "a=%E0%A4%A", { "content-type": "application/x-www-form-urlencoded", origin }],
    ["cross-site origin", '{"a":1}', { ...json, origin: "https://evil.example" }],
    ["unparseable origin", '{"a":1}', { ...json, origin: "::not a url::" }],
    ["React reference strings", '{"a":"$Q1","b":"$F1","c":"$Z1"}', json],
  ];
  return [...cases, ...bodies.map(([name, body, headers]) => ({ name: `${method} ${route}: ${name}`, method, path: target, headers, body }))];
}

/** Pages with malformed or hostile paths. */
export function pageCases(): FuzzCase[] {
  const pages = ["/en/%E0%A4%A", "/en/%C0%AF", "/%E0%A4%A", "/%C0%AF", "/en/dossiers/%E0%A4%A", "/en/dossiers/%E0%A4%A/steps/%C0%AF", "/en/invitation/%E0%A4%A", "/en/verify-email/%C0%AF",
    "/en/inbox/%E0%A4%A", "/en/%00", "/en/dossiers/not-a-uuid", "/en/dossiers/" + A_UUID + "/steps/nope", "/xx/sign-in", "/en/" + "a".repeat(5000), "/" + "a".repeat(5000), "/en/" + "%41".repeat(3000),
    "/en/sign-in?%E0%A4%A=1", "/en/sign-in?callbackUrl=%C0%AF", "/en//sign-in", "/en/.%2e/.%2e/etc/passwd"];
  return pages.map((page) => ({ name: `GET ${page.length > 80 ? `${page.slice(0, 40)}… (${page.length} characters)` : page}`, method: "GET", path: page }));
}

/** Sends one case; a network error counts as a failure (status 0). */
export async function send(base: string, fuzzCase: FuzzCase, cookie: string | null): Promise<{ status: number; linkHeader: number }> {
  const headers: Record<string, string> = { ...fuzzCase.headers };
  if (cookie) headers.cookie = cookie;
  try {
    const response = await fetch(base + fuzzCase.path, { method: fuzzCase.method, headers, body: fuzzCase.body as BodyInit | undefined, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer().catch(() => undefined);
    return { status: response.status, linkHeader: (response.headers.get("link") ?? "").length };
  } catch {
    return { status: 0, linkHeader: 0 };
  }
}

async function runAll(base: string, cases: FuzzCase[], session: string, cookie: () => Promise<string | null>, concurrency = 4): Promise<FuzzOutcome[]> {
  const outcomes: FuzzOutcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const fuzzCase = cases[next++]!;
      const { status, linkHeader } = await send(base, fuzzCase, await cookie());
      const problem =
        status === 0 ? "no answer" : status >= 500 ? `HTTP ${status}` : linkHeader > MAX_LINK_HEADER ? `Link header of ${linkHeader} characters` : undefined;
      outcomes.push({ fuzzCase, session, status, problem });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}

export async function fuzz(base: string, log: (line: string) => void = console.log): Promise<FuzzOutcome[]> {
  const origin = new URL(base).origin;
  const routes = routeHandlers();
  const actions = serverActions();
  // Signing out last, so that the signed-in pass keeps its session as long as it can; a session
  // that was lost anyway (a sign-out action that ran) is made again.
  const signsOut = (a: ServerAction) => /signOut/i.test(a.name);
  const ordered = [...actions.filter((a) => !signsOut(a)), ...actions.filter(signsOut)];
  const cases = [
    ...pageCases(),
    ...routes.flatMap(({ route, methods }) => methods.flatMap((method) => routeCases(route, method, origin))),
    ...anyActionCases(origin),
    ...ordered.flatMap((action) => actionCases(action, origin)),
  ];
  log(`${routes.length} route handlers, ${actions.length} server actions, ${cases.length} cases, each signed out and signed in as ${fuzzedAccounts.join(", ")}`);
  const outcomes = await runAll(base, cases, "signed out", async () => null, 8);
  for (const account of fuzzedAccounts) outcomes.push(...(await runAll(base, cases, `signed in as ${account}`, signedInAs(base, account), 8)));
  return outcomes;
}

/**
 * One account of each kind of actor, so that the actions only a mandatary, a caseworker or a worker
 * may use are fuzzed past their permission check too, not only refused to a signed-out request.
 */
const fuzzedAccounts = [demoAccounts.employer, demoAccounts.mandataryAdmin, demoAccounts.caseworkerFlanders, demoAccounts.immigrationOffice, demoAccounts.worker];

/** The session cookie of `account`, signed in again when a fuzzed sign-out has ended it (checked every 50 requests). */
function signedInAs(base: string, account: string): () => Promise<string> {
  let jar: Promise<CookieJar> = signInOverHttp(base, account);
  let requests = 0;
  return async () => {
    if (++requests % 50 === 0) {
      const session = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie: (await jar).header() } })).json()) as { user?: unknown } | null;
      if (!session?.user) jar = signInOverHttp(base, account);
    }
    return (await jar).header();
  };
}

/** Prints the failures and the summary, the last line "N requests, M responses of 5xx"; answers how many cases failed. */
export function report(outcomes: FuzzOutcome[], seconds: number): number {
  const failures = outcomes.filter((o) => o.problem);
  for (const f of failures) console.error(`✗ ${f.problem} — ${f.fuzzCase.name} (${f.session})`);
  const byStatus = new Map<number, number>();
  for (const o of outcomes) byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
  console.log(`statuses: ${[...byStatus].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(", ")}; ${seconds.toFixed(1)} s`);
  console.log(`${outcomes.length} requests, ${outcomes.filter((o) => o.status >= 500).length} responses of 5xx`);
  return failures.length;
}

async function main(): Promise<void> {
  const base = (process.argv[2] ?? process.env.FUZZ_URL ?? "").replace(/\/$/, "");
  if (!base) throw new Error("usage: tsx tests/fuzz/http-fuzz.ts <portal URL> (or FUZZ_URL)");
  const started = Date.now();
  if (report(await fuzz(base), (Date.now() - started) / 1000) > 0) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
