import * as z from "@/lib/forms/zod-mini";
import { plainString } from "@/lib/forms/plausible";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { getDb } from "@/lib/db";
import { transitionDossier, type TransitionResult } from "@/lib/lifecycle/transition-dossier";
import { dossierCommandSchema } from "./dossier-command";

export const requestStopSchema = z.extend(dossierCommandSchema, {
  reason: z.optional(plainString(undefined, { multiline: true }).check(z.trim(), z.maxLength(2_000, "validation.reasonTooLong"))),
});

/**
 * The filer's "stop" (seed 000). Before treatment it is a cancellation request; once a caseworker
 * has taken the dossier into treatment it is a withdrawal request, sent through the portal and
 * landing on the caseworker's dossier. Either way the regional service processes it.
 */
export async function requestStop({ actor, input }: { actor: Actor; input: unknown }): Promise<TransitionResult> {
  const data = parseInput(requestStopSchema, input);
  const current = await getDb().application.findUnique({ where: { id: data.applicationId }, select: { status: true } });
  const base = { actor, applicationId: data.applicationId, version: data.version };
  if (current?.status === "SUBMITTED") {
    return transitionDossier({ ...base, transition: "requestCancellation", effects: async () => ({ payload: {} }) });
  }
  return transitionDossier({
    ...base,
    transition: "requestWithdrawal",
    check: (dossier) => {
      if (dossier.withdrawalRequestedAt) throw new AppError("CONFLICT");
    },
    effects: async () => ({ payload: { reason: data.reason || undefined } }),
  });
}

/** The regional service stops a dossier whose filer asked for it: a cancellation or a withdrawal. */
export async function processStopRequest({ actor, input }: { actor: Actor; input: unknown }): Promise<TransitionResult> {
  const data = parseInput(dossierCommandSchema, input);
  const current = await getDb().application.findUnique({ where: { id: data.applicationId }, select: { status: true } });
  const base = { actor, applicationId: data.applicationId, version: data.version };
  if (current?.status === "CANCELLATION_REQUESTED") {
    return transitionDossier({ ...base, transition: "processCancellation", effects: async () => ({ payload: { howStopped: "CANCELLATION" } }) });
  }
  return transitionDossier({
    ...base,
    transition: "processWithdrawal",
    check: (dossier) => {
      if (!dossier.withdrawalRequestedAt) throw new AppError("CONFLICT");
    },
    effects: async () => ({ payload: { howStopped: "WITHDRAWAL" } }),
  });
}
