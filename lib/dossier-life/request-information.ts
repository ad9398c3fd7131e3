import * as z from "@/lib/forms/zod-mini";
import { boundedList, plainString } from "@/lib/forms/plausible";
import { DocumentKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/errors/validation";
import { dayInBelgium, dayToDate } from "@/lib/dates";
import { termsStartedBy } from "@/lib/lifecycle/dossier-terms";
import { transitionDossier, type TransitionResult } from "@/lib/lifecycle/transition-dossier";
import { dossierCommandSchema } from "./dossier-command";

export const requestInformationSchema = z.extend(dossierCommandSchema, {
  // The length first: every kind at most once, so a longer list is refused before its items.
  items: boundedList(z.enum(DocumentKind, { error: "validation.informationItemsRequired" }), {
    max: Object.keys(DocumentKind).length,
    tooMany: "validation.tooManyItems",
    min: 1,
    tooFew: "validation.informationItemsRequired",
  }),
  message: plainString(undefined, { multiline: true }).check(
    z.trim(),
    z.minLength(10, "validation.informationMessageRequired"),
    z.maxLength(5_000, "validation.informationMessageTooLong"),
  ),
});

export const requestInformationFieldKinds = { numbers: ["version"], lists: ["items"] };

/**
 * The caseworker asks for what is missing: the documents (checklist items) and a message. The
 * applicant has 15 days from the notification to upload them through the portal — the only way a
 * document joins a dossier after submission — after which the portal declares the application
 * inadmissible. Answered, the dossier returns to the stage it was asked from.
 */
export async function requestInformation({ actor, input }: { actor: Actor; input: unknown }): Promise<TransitionResult> {
  const data = parseInput(requestInformationSchema, input);
  return transitionDossier({
    actor,
    applicationId: data.applicationId,
    version: data.version,
    transition: "requestInformation",
    effects: async (tx, dossier, now) => {
      const [answerTerm] = termsStartedBy(["ADDITIONAL_INFORMATION_ANSWER"], {
        event: "ADDITIONAL_INFORMATION_REQUESTED",
        to: "ADDITIONAL_INFORMATION_REQUESTED",
        day: dayInBelgium(now),
        region: dossier.competentRegion,
        category: dossier.category,
        type: dossier.type,
        submittedAt: dossier.submittedAt,
      });
      const request = await tx.additionalInformationRequest.create({
        data: {
          applicationId: dossier.id,
          requestedById: actor.userId,
          requestedAt: now,
          message: data.message,
          items: [...new Set(data.items)],
          dueOn: dayToDate(answerTerm!.endsOn),
          resumeStatus: dossier.status,
        },
        select: { id: true },
      });
      return {
        payload: { requestId: request.id, dueOn: answerTerm!.endsOn, items: [...new Set(data.items)], message: data.message },
        auditMetadata: { requestId: request.id, items: data.items },
      };
    },
  });
}
