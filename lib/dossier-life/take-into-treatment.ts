import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/errors/validation";
import { transitionDossier, type TransitionResult } from "@/lib/lifecycle/transition-dossier";
import { dossierCommandSchema } from "./dossier-command";

/** A regional caseworker takes a submitted dossier into treatment; it is then assigned to them. */
export async function takeIntoTreatment({ actor, input }: { actor: Actor; input: unknown }): Promise<TransitionResult> {
  const data = parseInput(dossierCommandSchema, input);
  return transitionDossier({ actor, applicationId: data.applicationId, version: data.version, transition: "takeIntoTreatment", effects: async () => ({ payload: {} }) });
}
