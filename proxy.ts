import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { contentSecurityPolicy, newNonce } from "./lib/security/content-security-policy";
import { databaseRetryAfter } from "./lib/db/database-unavailable";
import { pageLocale, unavailablePage } from "./lib/i18n/unavailable-page";
import { refusalResponse } from "./app/_server/refusal-page";
import { refuseHostileRequest } from "./lib/security/request-guard";

const handleI18nRouting = createMiddleware(routing);

// Hostile requests are refused first, with a 4xx, where Next.js would otherwise decode them itself
// and answer 500 (lib/security/request-guard.ts). Then language negotiation and the
// Content-Security-Policy. Access is decided on the server by lib/auth/authorization, never here.
export default async function proxy(request: NextRequest) {
  const refusal = await refuseHostileRequest(request);
  if (refusal) {
    const rawPathname = new URL(request.url).pathname;
    const locale = pageLocale(rawPathname.slice(0, 8), request.headers.get("accept-language"));
    const html = request.headers.get("next-action") === null && (request.headers.get("accept") ?? "").includes("text/html");
    return refusalResponse(refusal, { locale, html });
  }
  // The database was found unreachable a moment ago (lib/db/database-unavailable.ts): answer at
  // once with 503 and Retry-After rather than let the request wait on it or fail with a 500.
  const retryAfter = databaseRetryAfter();
  if (retryAfter > 0) return unavailablePage(request.nextUrl.pathname, request.headers.get("accept-language"), retryAfter);
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    development: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
  });
  // On the request, Next.js finds the nonce and puts it on the scripts it renders; next-intl passes
  // the request's headers on to the page.
  request.headers.set("content-security-policy", policy);
  const response = handleI18nRouting(request);
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages; and any path with a percent-encoding, so that a broken one is refused here before Next
  // decodes it (route handlers and files included). Uploads go to /api without one: their bodies
  // are never buffered for the proxy (docs/decisions/documents-storage.md).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)", "/(.*%.*)"],
};
