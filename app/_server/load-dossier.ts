import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { getDossier, type Dossier } from "@/lib/applications/get-dossier";
import { auditClientFrom, withAuditClient } from "@/lib/audit/audit-client";
import { recordAudit } from "@/lib/audit/record-audit";
import { recordDossierReading } from "@/lib/audit/record-dossier-reading";
import { getDb } from "@/lib/db";
import { isUuid } from "@/lib/documents/dossier-access";
import { isAppError } from "@/lib/errors/app-error";

/**
 * The dossier for a page, or the not-found page when it is not there for this actor. A caseworker's
 * reading is recorded (lib/audit/record-dossier-reading.ts); a refused one always is, with the id
 * that was asked for, as a refused action.
 */
export async function loadDossierOr404(actor: Actor, applicationId: string): Promise<Dossier> {
  return withAuditClient(auditClientFrom(await headers()), async () => {
    try {
      const dossier = await getDossier({ actor, applicationId });
      await recordDossierReading(actor, dossier.id);
      return dossier;
    } catch (error) {
      if (isAppError(error) && error.code === "NOT_FOUND") {
        const named = isUuid(applicationId);
        await recordAudit(getDb(), {
          actor,
          action: "dossier.read",
          entityType: "Application",
          entityId: named ? applicationId.toLowerCase() : null,
          outcome: "DENIED",
          metadata: { code: error.code, ...(named ? {} : { malformedId: true }) },
        });
        notFound();
      }
      throw error;
    }
  });
}
