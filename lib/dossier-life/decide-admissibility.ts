import * as z from "@/lib/forms/zod-mini";
import { plainString } from "@/lib/forms/plausible";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/errors/validation";
import { transitionDossier, type TransitionResult } from "@/lib/lifecycle/transition-dossier";
import { dossierCommandSchema, motivationSchema } from "./dossier-command";
import { recordDecision } from "./record-decision";

export const decideAdmissibilitySchema = z.discriminatedUnion(
  "outcome",
  [
    z.extend(dossierCommandSchema, {
      outcome: z.literal("ADMISSIBLE"),
      motivation: z.optional(plainString(undefined, { multiline: true }).check(z.trim(), z.maxLength(20_000, "validation.motivationTooLong"))),
    }),
    z.extend(dossierCommandSchema, { outcome: z.literal("INADMISSIBLE"), motivation: motivationSchema }),
  ],
  { error: "validation.outcomeRequired" },
);

/**
 * The regional service declares the application admissible (the decision term starts, with the
 * directive's clock from submission beside it) or inadmissible, with its reasons (the appeal to the
 * Council of State starts).
 */
export async function decideAdmissibility({ actor, input }: { actor: Actor; input: unknown }): Promise<TransitionResult> {
  const data = parseInput(decideAdmissibilitySchema, input);
  const base = { actor, applicationId: data.applicationId, version: data.version };
  const motivation = data.motivation || null;
  if (data.outcome === "ADMISSIBLE") {
    return transitionDossier({
      ...base,
      transition: "declareAdmissible",
      effects: async (tx, dossier, now) => {
        const decision = await recordDecision(tx, { actor, dossier, kind: "ADMISSIBILITY", outcome: "ADMISSIBLE", event: "DECLARED_ADMISSIBLE", motivation, now });
        return { payload: {}, auditMetadata: { decisionId: decision.id } };
      },
    });
  }
  return transitionDossier({
    ...base,
    transition: "declareInadmissible",
    effects: async (tx, dossier, now) => {
      const decision = await recordDecision(tx, { actor, dossier, kind: "ADMISSIBILITY", outcome: "INADMISSIBLE", event: "DECLARED_INADMISSIBLE", motivation, now });
      return { payload: { decisionId: decision.id, onBehalfOfPortal: false, appealLastDay: decision.appealLastDay }, auditMetadata: { decisionId: decision.id } };
    },
  });
}
