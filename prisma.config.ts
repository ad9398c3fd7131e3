import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 7's CLI downloads a native schema engine at start-up, which cannot be reached offline.
// `prisma generate` never runs that engine (the client generator is WebAssembly), so pointing the
// variable at any existing file lets generate work everywhere. Migrations do not use the CLI at all:
// see lib/db/migrations.ts.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(process.cwd(), "package.json");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
