import * as z from "@/lib/forms/zod-mini";
import { plainString } from "@/lib/forms/plausible";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { getDb } from "@/lib/db";
import { transitionDossier, type TransitionResult } from "@/lib/lifecycle/transition-dossier";
import { dossierCommandSchema } from "./dossier-command";

export const answerInformationSchema = z.extend(dossierCommandSchema, {
  answer: z.optional(plainString(undefined, { multiline: true }).check(z.trim(), z.maxLength(5_000, "validation.informationAnswerTooLong"))),
});

/**
 * The applicant answers an information request with the documents uploaded for it (each item asked
 * for needs at least one) and an optional note. The files become part of the submitted dossier, and
 * the dossier goes back to the stage the request interrupted.
 */
export async function answerInformation({ actor, input }: { actor: Actor; input: unknown }): Promise<TransitionResult> {
  const data = parseInput(answerInformationSchema, input);
  return transitionDossier({
    actor,
    applicationId: data.applicationId,
    version: data.version,
    transition: "answerInformation",
    check: async (dossier) => {
      const request = dossier.informationRequests[0];
      if (!request) throw new AppError("CONFLICT");
      const uploaded = await getDb().document.findMany({ where: { informationRequestId: request.id }, select: { kind: true } });
      const missing = request.items.filter((item) => !uploaded.some((document) => document.kind === item));
      if (missing.length > 0) {
        throw new AppError("VALIDATION", { fieldErrors: missing.map((item) => ({ path: `documents.${item}`, message: "validation.informationDocumentMissing" })) });
      }
    },
    effects: async (tx, dossier, now) => {
      const request = dossier.informationRequests[0]!;
      await tx.additionalInformationRequest.update({ where: { id: request.id }, data: { status: "ANSWERED", answeredAt: now, answer: data.answer || null } });
      // From here on the database refuses any change to these files (append-only guard).
      const { count } = await tx.document.updateMany({ where: { informationRequestId: request.id, submittedAt: null }, data: { submittedAt: now } });
      return { payload: { requestId: request.id, documentCount: count }, auditMetadata: { requestId: request.id, documentCount: count } };
    },
  });
}
