import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The layers (README, Architecture): `lib/` is the product in plain TypeScript, so it can be tested,
 * reused by the API and jobs, and moved off Next.js; `components/` is presentational React that
 * receives what it needs (server actions included) as props, so renaming a route never breaks it.
 * Paths are checked as resolved files, so `@/app/…` and `../../app/…` are the same import.
 */
const layerZones = [
  {
    target: "./lib",
    from: ["./app", "./components", "./i18n", "./auth.ts", "./proxy.ts"],
    message: "lib/ is plain TypeScript: pass what it needs in as arguments.",
  },
  {
    // A production start may seed the demo data, so everything it can load stays outside tests/.
    target: ["./app", "./components", "./lib", "./prisma", "./i18n", "./auth.ts", "./proxy.ts", "./instrumentation.ts", "./next.config.ts"],
    from: "./tests",
    message: "Only tests import from tests/: shared helpers the portal needs belong beside their use (e.g. prisma/factories.ts).",
  },
  {
    target: "./components",
    from: "./app",
    message: "A component takes its server action (or data) as a prop from the page.",
  },
  {
    target: "./components",
    from: ["./lib/db.ts", "./lib/db", "./lib/generated/prisma/client.ts"],
    message: "Components do not reach the database: the page loads the data through a use case in lib/.",
  },
];

const frameworkPackages = ["next", "next/*", "next-auth", "next-auth/*", "next-intl", "next-intl/*"];

/** zod's `z` comes with the portal's error map (catalog keys, never zod's English): lib/forms/zod-mini.ts. */
const zodImports = ["zod", "zod/mini"].map((name) => ({
  name,
  allowTypeImports: true,
  message: "Import zod from @/lib/forms/zod-mini (import * as z; or, in a schema only the server runs, @/lib/forms/zod): they install the catalog error map.",
}));
/** The classic build ships whole to the browser (~30 KiB gzipped): client code uses zod/mini. */
const classicZodImport = {
  name: "@/lib/forms/zod",
  allowTypeImports: true,
  message: "Components run in the browser: write the schema with @/lib/forms/zod-mini (docs/decisions/first-load-js-measurement.md).",
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "import/no-restricted-paths": ["error", { zones: layerZones }],
      // It only reports components that the React Compiler would leave unoptimised (react-hook-form's
      // `watch`); this project does not run the compiler.
      "react-hooks/incompatible-library": "off",
      // `_` names a value that must be taken but is not used (e.g. counting what an iterator yields).
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    // Tests beside the code may render messages with next-intl's translator, as the pages do.
    ignores: ["lib/**/*.test.ts", "lib/forms/zod.ts", "lib/forms/zod-mini.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: zodImports, patterns: [{ group: frameworkPackages, message: "lib/ imports no framework: keep Next.js, next-auth and next-intl in app/." }] },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: zodImports }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: [...zodImports, classicZodImport] }] },
  },
  globalIgnores([".next/**", "next-env.d.ts", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**"]),
]);
