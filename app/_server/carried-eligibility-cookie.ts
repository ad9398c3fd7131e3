import "server-only";
import { cookies } from "next/headers";

const NAME = "wib-carried-eligibility";
/** Long enough to ask for a sign-in link and open it; the answers are not kept beyond. */
const MAX_AGE_SECONDS = 30 * 60;
/** A cookie holds about 4 KB: answers longer than that are not carried (the draft then starts from the worker's earlier dossiers). */
const MAX_LENGTH = 3_800;

/**
 * The eligibility calculator's answers, kept across the worker's sign-in by e-mailed link
 * (docs/decisions/person-as-applicant.md): the calculator's "file this application" button posts
 * them, and a person not signed in as a worker is sent to sign in first. Short-lived and httpOnly,
 * never in an address; the draft judges them again when it starts (lib/filing/earlier-answers.ts).
 */
export const carriedEligibilityCookie = {
  async store(answers: string): Promise<void> {
    const value = Buffer.from(answers).toString("base64url");
    if (value.length > MAX_LENGTH) return;
    (await cookies()).set(NAME, value, { httpOnly: true, sameSite: "lax", secure: process.env.NODE_ENV === "production", path: "/", maxAge: MAX_AGE_SECONDS });
  },
  /** The answers as posted (JSON text), if any are kept. */
  async read(): Promise<string | undefined> {
    const value = (await cookies()).get(NAME)?.value;
    return value ? Buffer.from(value, "base64url").toString() : undefined;
  },
  async clear(): Promise<void> {
    (await cookies()).delete(NAME);
  },
};
