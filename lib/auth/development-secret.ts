import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Outside production, a checkout needs no configuration: when AUTH_SECRET is unset, a random one is
 * made once and kept in .data/ (gitignored). Production never does this: there a missing
 * AUTH_SECRET stays an error, so sessions cannot silently depend on a file on one machine.
 */
export function ensureDevelopmentAuthSecret(): void {
  if (process.env.AUTH_SECRET || process.env.NODE_ENV === "production") return;
  const file = path.join(process.cwd(), ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
