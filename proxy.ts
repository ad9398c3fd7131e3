import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Only language negotiation happens here. Access is decided on the server by lib/auth/authorization,
// never by the proxy.
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
