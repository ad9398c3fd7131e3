import { inject } from "vitest";

// Use cases reach the database through lib/db.ts, which reads DATABASE_URL: point it at this run's
// database before any test file imports them.
process.env.DATABASE_URL = inject("databaseUrl");
// Keyed hashes of email and client addresses (lib/auth/keyed-hash.ts) need a secret, as in production.
process.env.AUTH_SECRET ??= "integration-only-secret-not-used-anywhere-else-0123456789";
