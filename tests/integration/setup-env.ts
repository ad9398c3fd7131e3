import { inject } from "vitest";

// Use cases reach the database through lib/db.ts, which reads DATABASE_URL: point it at this run's
// database before any test file imports them.
process.env.DATABASE_URL = inject("databaseUrl");
