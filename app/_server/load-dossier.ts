import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { getDossier, type Dossier } from "@/lib/applications/get-dossier";
import { isAppError } from "@/lib/errors/app-error";

/** The dossier for a page, or the not-found page when it is not there for this actor. */
export async function loadDossierOr404(actor: Actor, applicationId: string): Promise<Dossier> {
  try {
    return await getDossier({ actor, applicationId });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
