import { getDb } from "@/lib/db";

/**
 * The information request a dossier is waiting on, if any: what the caseworker asked, the documents
 * asked for and the last day to answer. Pass a dossier already read under the actor's authorization.
 */
export async function openInformationRequest(dossier: { id: string; status: string }) {
  if (dossier.status !== "ADDITIONAL_INFORMATION_REQUESTED") return null;
  return getDb().additionalInformationRequest.findFirst({
    where: { applicationId: dossier.id, status: "OPEN" },
    select: { id: true, message: true, items: true, dueOn: true, requestedAt: true },
  });
}

export type OpenInformationRequest = NonNullable<Awaited<ReturnType<typeof openInformationRequest>>>;
