import * as z from "@/lib/forms/zod-mini";
import { plainString } from "@/lib/forms/plausible";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/errors/validation";
import { transitionDossier, type TransitionResult } from "@/lib/lifecycle/transition-dossier";
import { dossierCommandSchema, motivationSchema } from "./dossier-command";
import { recordDecision } from "./record-decision";

export const decideResidenceSchema = z.discriminatedUnion(
  "outcome",
  [
    z.extend(dossierCommandSchema, {
      outcome: z.literal("GRANTED"),
      motivation: z.optional(plainString(undefined, { multiline: true }).check(z.trim(), z.maxLength(20_000, "validation.motivationTooLong"))),
    }),
    z.extend(dossierCommandSchema, { outcome: z.literal("REFUSED"), motivation: motivationSchema }),
  ],
  { error: "validation.outcomeRequired" },
);

/**
 * The Immigration Office decides the residence part, and with it the combined permit: granted with
 * annex 46, refused with annex 48 and its reasons (the appeal to the Council for Alien Law
 * Litigation starts). The final decision reaches the applicant's and the worker's inboxes.
 */
export async function decideResidence({ actor, input }: { actor: Actor; input: unknown }): Promise<TransitionResult> {
  const data = parseInput(decideResidenceSchema, input);
  const base = { actor, applicationId: data.applicationId, version: data.version };
  const motivation = data.motivation || null;
  if (data.outcome === "GRANTED") {
    return transitionDossier({
      ...base,
      transition: "grantResidence",
      effects: async (tx, dossier, now) => {
        const decision = await recordDecision(tx, { actor, dossier, kind: "RESIDENCE", outcome: "GRANTED", event: "RESIDENCE_GRANTED", motivation, annex: "46", now });
        return { payload: { decisionId: decision.id, annex: "46" }, auditMetadata: { decisionId: decision.id } };
      },
    });
  }
  return transitionDossier({
    ...base,
    transition: "refuseResidence",
    effects: async (tx, dossier, now) => {
      const decision = await recordDecision(tx, { actor, dossier, kind: "RESIDENCE", outcome: "REFUSED", event: "RESIDENCE_REFUSED", motivation, annex: "48", now });
      return { payload: { decisionId: decision.id, annex: "48", appealLastDay: decision.appealLastDay }, auditMetadata: { decisionId: decision.id } };
    },
  });
}
