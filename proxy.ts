import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { contentSecurityPolicy, newNonce } from "./lib/security/content-security-policy";
import { databaseRetryAfter } from "./lib/db/database-unavailable";
import { unavailablePage } from "./lib/i18n/unavailable-page";

const handleI18nRouting = createMiddleware(routing);

// Language negotiation and the Content-Security-Policy happen here. Access is decided on the
// server by lib/auth/authorization, never by the proxy.
export default function proxy(request: NextRequest) {
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
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
