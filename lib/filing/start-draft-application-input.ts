import * as z from "@/lib/forms/zod-mini";

/**
 * The start page's form: only a mandatary names the employer; an employer's user files for its own
 * organisation. A worker starting their own application may bring the eligibility calculator's
 * answers (posted, never in the URL), which pre-fill its eligibility step.
 */
export const startDraftSchema = z.object({
  employerId: z.optional(z.uuid("validation.employerRequired")),
  eligibility: z.optional(z.unknown()),
});

/** The calculator's answers, as its "file this application" button posts them: one hidden field of JSON. */
export const fileFromCalculatorSchema = z.object({ eligibility: z.string().check(z.maxLength(64_000)) });

/**
 * The answers that field (or the cookie that keeps them across the worker's sign-in) carries:
 * whatever JSON it holds, judged later by the draft's own rules (lib/filing/earlier-answers.ts);
 * undefined when it is no JSON.
 */
export function carriedAnswers(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The worker's "apply" button on their home posts nothing: the answers, if any, are in the cookie. */
export const startOwnApplicationSchema = z.object({});
