import * as z from "@/lib/forms/zod-mini";
import { plainString } from "@/lib/forms/plausible";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/errors/validation";
import { transitionDossier, type TransitionResult } from "@/lib/lifecycle/transition-dossier";
import { dossierCommandSchema, motivationSchema } from "./dossier-command";
import { recordDecision } from "./record-decision";

export const decideWorkPartSchema = z.discriminatedUnion(
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
 * The regional service decides the work part. Granted, the dossier goes to the Immigration Office
 * by itself (the applicant gets an informational notice: not yet leave to work); refused, with its
 * reasons, by registered letter, and the appeal to the regional minister starts.
 */
export async function decideWorkPart({ actor, input }: { actor: Actor; input: unknown }): Promise<TransitionResult> {
  const data = parseInput(decideWorkPartSchema, input);
  const base = { actor, applicationId: data.applicationId, version: data.version };
  const motivation = data.motivation || null;
  if (data.outcome === "GRANTED") {
    return transitionDossier({
      ...base,
      transition: "grantWorkPart",
      effects: async (tx, dossier, now) => {
        const decision = await recordDecision(tx, { actor, dossier, kind: "WORK_PART", outcome: "GRANTED", event: "WORK_PART_GRANTED", motivation, now });
        return { payload: { decisionId: decision.id }, auditMetadata: { decisionId: decision.id } };
      },
    });
  }
  return transitionDossier({
    ...base,
    transition: "refuseWorkPart",
    effects: async (tx, dossier, now) => {
      const decision = await recordDecision(tx, { actor, dossier, kind: "WORK_PART", outcome: "REFUSED", event: "WORK_PART_REFUSED", motivation, now });
      return { payload: { decisionId: decision.id, appealLastDay: decision.appealLastDay }, auditMetadata: { decisionId: decision.id } };
    },
  });
}
