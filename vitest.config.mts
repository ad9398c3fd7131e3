import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": import.meta.dirname,
  // `server-only` throws outside React Server Components; tests run the same modules in Node.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
  "next/server": "next/server.js",
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "tests/unit/**/*.test.ts", "tests/property/**/*.test.ts"],
          environment: "node",
          // proxy.ts runs next-intl's middleware, whose ESM build imports `next/server` without an
          // extension: bundled by Vite, the alias below resolves it (tests/unit/proxy.test.ts).
          server: { deps: { inline: ["next-intl"] } },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
