import * as z from "@/lib/forms/zod-mini";
import { dayField, plainString } from "@/lib/forms/plausible";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { dateToDay } from "@/lib/dates";
import { transitionDossier, type TransitionResult } from "@/lib/lifecycle/transition-dossier";
import { dossierCommandSchema } from "./dossier-command";

export const extendDecisionTermSchema = z.extend(dossierCommandSchema, {
  until: dayField("validation.extensionUntilRequired"),
  reason: plainString(undefined, { multiline: true }).check(z.trim(), z.minLength(10, "validation.extensionReasonRequired"), z.maxLength(2_000, "validation.reasonTooLong")),
});

/**
 * In exceptional, complex cases the decision term is extended (DOMAIN §6); the applicant is told,
 * with the reason. The new last day must lie after the current one.
 */
export async function extendDecisionTerm({ actor, input }: { actor: Actor; input: unknown }): Promise<TransitionResult> {
  const data = parseInput(extendDecisionTermSchema, input);
  return transitionDossier({
    actor,
    applicationId: data.applicationId,
    version: data.version,
    transition: "extendDecisionTerm",
    check: (dossier) => {
      const term = dossier.terms.find((open) => open.kind === "DECISION_ON_MERITS");
      if (!term) throw new AppError("CONFLICT");
      const current = dateToDay(term.extendedUntil ?? term.endsOn);
      if (data.until <= current) throw new AppError("VALIDATION", { fieldErrors: [{ path: "until", message: "validation.extensionUntilAfterLastDay", values: { lastDay: current } }] });
    },
    effects: async (_tx, dossier) => {
      const term = dossier.terms.find((open) => open.kind === "DECISION_ON_MERITS")!;
      return {
        extendTerm: { id: term.id, until: data.until, reason: data.reason },
        payload: { term: "DECISION_ON_MERITS", until: data.until, reason: data.reason },
        auditMetadata: { termId: term.id, until: data.until },
      };
    },
  });
}
