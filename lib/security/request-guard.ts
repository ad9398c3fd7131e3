/**
 * Checks on a raw HTTP request that must happen before Next.js reads it (issue 13, item 1). Next
 * decodes a page's path and a server action's body itself, before any of our code runs, and
 * answers 500 when either is malformed (a broken percent-encoding, an empty or non-JSON body, a
 * 5,000-deep array that overflows React's decoder, a reference to a part that is not there, an
 * action body over its limit, a cross-site post). proxy.ts runs these first and answers 4xx.
 *
 * Plain functions over strings and headers, without Next imports, so that they are unit-tested.
 */

/** Why a request was refused before it reached the portal; each has a message in `request.*`. */
export type RequestRefusal =
  | { status: 400; reason: "MALFORMED_PATH" | "MALFORMED_FORM" }
  | { status: 403; reason: "CROSS_SITE" }
  | { status: 413; reason: "TOO_LARGE" }
  | { status: 414; reason: "PATH_TOO_LONG" };

/** The longest path served: the portal's own are under 200 characters; proxies refuse 8 KiB. */
export const MAX_PATH_LENGTH = 2048;

/**
 * The most a server action's body may weigh. The same figure is Next's `serverActions.bodySizeLimit`
 * (next.config.ts); files are uploaded to a route handler that streams them, never to an action.
 */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/** How deeply arrays and objects may nest in an action's arguments: forms need a handful. */
export const MAX_ACTION_DEPTH = 32;

/** How many arguments an action may receive: ours take at most three (a bound locale, the state, the form). */
export const MAX_ACTION_ARGUMENTS = 8;

const refusal = <R extends RequestRefusal>(value: R): R => value;

/** A path that is too long, or whose percent-encoding does not decode to UTF-8 (`/en/%E0%A4%A`, `/en/%C0%AF`). */
export function refusePath(rawPathname: string): RequestRefusal | null {
  if (rawPathname.length > MAX_PATH_LENGTH) return refusal({ status: 414, reason: "PATH_TOO_LONG" });
  try {
    decodeURIComponent(rawPathname);
  } catch {
    return refusal({ status: 400, reason: "MALFORMED_PATH" });
  }
  return null;
}

/** A header's value, from a Headers object or a plain record. */
type HeaderSource = Pick<Headers, "get">;

/**
 * Whether the request was sent by a page of ours (CSRF), as Next.js judges server actions: an
 * Origin, when there is one, must name the host addressed (X-Forwarded-Host behind a proxy, else
 * Host). A request without Origin is let through, as Next does: a browser always sends one on a
 * cross-site POST, so only a hand-made request lacks it, and that carries no one's cookies but its
 * author's. "null" (a sandboxed page, a redirect across sites) and an unparseable Origin are refused.
 */
export function isSameOrigin(headers: HeaderSource, options: { requireOrigin: boolean }): boolean {
  const origin = headers.get("origin");
  if (origin === null) return !options.requireOrigin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  return !!host && !!originHost && originHost === host;
}

/** How Next would take a POST to a page: a server action called by script (fetch), a form posted without JavaScript, or neither. */
export function actionRequestKind(method: string, headers: HeaderSource): "fetch" | "form" | null {
  if (method !== "POST") return null;
  if (headers.get("next-action") !== null) return "fetch";
  return /^multipart\/form-data\b/i.test(headers.get("content-type") ?? "") ? "form" : null;
}

/** A Content-Length over `maxBytes` (a malformed header is left to the byte count of the body). */
export function declaresTooLarge(headers: HeaderSource, maxBytes = MAX_ACTION_BODY_BYTES): boolean {
  const declared = headers.get("content-length");
  return declared !== null && /^\s*\d+\s*$/.test(declared) && Number(declared) > maxBytes;
}

/** Strings that React's reply decoder turns into values without reading another part. */
const PLAIN_SPECIALS = /^\$(\$.*|undefined|NaN|Infinity|-Infinity|-0|D.*|n-?\d{1,40})$/s;
/** A reference to another part of the body: an outlined value (`$1`), a promise (`$@1`), a form (`$K1`). */
const REFERENCE = /^\$(@|K)?([0-9a-f]+)$/;

/**
 * Whether a part of an action's body is one our own pages could have sent (React's encodeReply of
 * plain values and FormData): JSON, nested at most MAX_ACTION_DEPTH deep (checked before parsing,
 * so that nothing recurses on a hostile depth), whose `$` strings are plain values or references
 * to later parts that exist (`partExists`). Everything else React could decode (`$Q` maps, `$F`
 * server references, `$T` temporary references, streams, typed arrays, `$Z` errors, …) is never
 * sent by our forms and is refused, as is a reference backwards, which could make a cycle.
 */
export function isPlausibleModel(text: string, partId: number, partExists: (id: number) => boolean): boolean {
  if (nestingDepth(text) > MAX_ACTION_DEPTH) return false;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  const plausible = (node: unknown): boolean => {
    if (typeof node === "string") {
      if (!node.startsWith("$")) return true;
      if (PLAIN_SPECIALS.test(node)) return true;
      const reference = REFERENCE.exec(node);
      if (!reference) return false;
      const id = parseInt(reference[2]!, 16);
      // A form's entries are parts named `<id>_<field>`; an empty form has none.
      return reference[1] === "K" ? id > partId : id > partId && partExists(id);
    }
    if (Array.isArray(node)) return node.every(plausible);
    if (typeof node === "object" && node !== null) return Object.values(node).every(plausible);
    return true;
  };
  return plausible(value);
}

/** The deepest nesting of arrays and objects in a JSON text, strings skipped; linear, without recursion. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** The root of the arguments: an array of at most MAX_ACTION_ARGUMENTS. */
function isArgumentList(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.length <= MAX_ACTION_ARGUMENTS;
  } catch {
    return false;
  }
}

/** A server action called by script with a text body (React's encodeReply gave a string): one JSON part. */
export function isPlausibleTextReply(text: string): boolean {
  return isPlausibleModel(text, 0, () => false) && isArgumentList(text);
}

/** The fields of a multipart body, as names and whether each is text (files are not models). */
export type FormFields = Map<string, string | { file: true }>;

/**
 * A server action called by script with a multipart body: the root part "0" is the argument list,
 * the other parts named by a number are outlined values, `<id>_<name>` are a form's entries.
 */
export function isPlausibleMultipartReply(fields: FormFields): boolean {
  return arePlausibleParts(fields, "", 0);
}

/**
 * The parts under `prefix`: the argument list at `rootId`, and every part named by a hexadecimal
 * number (but `skip`) a plausible model; files and a form's entries (`<id>_<name>`) are not models.
 */
function arePlausibleParts(fields: FormFields, prefix: string, rootId: number, skip?: number): boolean {
  const root = fields.get(`${prefix}${rootId.toString(16)}`);
  if (typeof root !== "string" || !isArgumentList(root)) return false;
  const exists = (id: number) => typeof fields.get(`${prefix}${id.toString(16)}`) === "string";
  for (const [name, value] of fields) {
    if (!name.startsWith(prefix)) continue;
    const part = name.slice(prefix.length);
    if (!/^[0-9a-f]+$/.test(part) || parseInt(part, 16) === skip) continue;
    if (typeof value !== "string" || !isPlausibleModel(value, parseInt(part, 16), exists)) return false;
  }
  return true;
}

/**
 * A form posted without JavaScript to a server action (React's decodeAction): `$ACTION_ID_<id>` for
 * an action without bound arguments, or `$ACTION_REF_<n>` with `$ACTION_<n>:0` holding
 * `{ id, bound }` and the bound arguments in parts `$ACTION_<n>:<m>`. Which ids exist is Next's to
 * judge (an unknown one is its 404); what the parts hold is ours. A multipart post without any
 * `$ACTION_` field is not an action and is left alone.
 */
export function isPlausibleFormAction(fields: FormFields): boolean {
  for (const [name] of fields) {
    const reference = /^\$ACTION_REF_(.*)$/s.exec(name);
    if (!reference) continue;
    const prefix = `$ACTION_${reference[1]}:`;
    const head = fields.get(`${prefix}0`);
    if (typeof head !== "string" || nestingDepth(head) > 1) return false;
    let parsed: unknown;
    try {
      parsed = JSON.parse(head);
    } catch {
      return false;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return false;
    const { id, bound } = parsed as { id?: unknown; bound?: unknown };
    if (typeof id !== "string" || id.length > 100) return false;
    if (bound === null || bound === undefined) continue;
    const promise = typeof bound === "string" ? /^\$@([0-9a-f]+)$/.exec(bound) : null;
    if (!promise || !arePlausibleParts(fields, prefix, parseInt(promise[1]!, 16), 0)) return false;
  }
  return true;
}

/**
 * What proxy.ts refuses before Next.js reads the request: a malformed or too long path (any
 * method), and for a POST that Next would take as a server action, a cross-site origin, a body
 * over MAX_ACTION_BODY_BYTES, and a body our pages could not have sent. The body is read from a
 * copy (Next buffers it for the proxy), so the action still reads it afterwards.
 */
export async function refuseHostileRequest(request: Request): Promise<RequestRefusal | null> {
  const pathRefusal = refusePath(new URL(request.url).pathname);
  if (pathRefusal) return pathRefusal;
  const kind = actionRequestKind(request.method, request.headers);
  if (!kind) return null;
  if (!isSameOrigin(request.headers, { requireOrigin: false })) return refusal({ status: 403, reason: "CROSS_SITE" });
  if (declaresTooLarge(request.headers)) return refusal({ status: 413, reason: "TOO_LARGE" });
  const body = await readUpTo(request, MAX_ACTION_BODY_BYTES);
  if (body === null) return refusal({ status: 413, reason: "TOO_LARGE" });
  const contentType = request.headers.get("content-type") ?? "";
  const malformed = refusal({ status: 400, reason: "MALFORMED_FORM" });
  if (/^application\/x-www-form-urlencoded\b/i.test(contentType)) return null; // Next answers these itself (404), as it does not take them as actions.
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    return isPlausibleTextReply(new TextDecoder().decode(body)) ? null : malformed;
  }
  const fields = await formFields(body, contentType);
  if (!fields) return malformed;
  return (kind === "fetch" ? isPlausibleMultipartReply(fields) : isPlausibleFormAction(fields)) ? null : malformed;
}

/** The body's bytes, or null past `maxBytes` (counted while reading: a chunked body declares no length). */
async function readUpTo(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.clone().body!.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A multipart body's fields, or null when it is not multipart at all (no boundary, garbage). */
async function formFields(body: Uint8Array, contentType: string): Promise<FormFields | null> {
  try {
    const form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
    const fields: FormFields = new Map();
    // React reads a repeated name's first value: so is it judged.
    for (const [name, value] of form) if (!fields.has(name)) fields.set(name, typeof value === "string" ? value : { file: true });
    return fields;
  } catch {
    return null;
  }
}
