import type { Db, Tx } from "@/lib/db";
import type { FieldError } from "@/lib/errors/app-error";

export interface WorkplaceRow {
  establishmentUnitId: string | null;
  postalCode: string;
  sharePercent: number;
  position: number;
}

/**
 * The workplaces of the employment step as rows to store, checked against the employer: an employer with
 * establishment units names its units (and only its own, open ones); an employer with none names
 * the places of work by postal code. Either field errors or the rows.
 */
export async function resolveWorkplaces(
  db: Db | Tx,
  /** Null on a person's own dossier, which has no employer and so no units to name. */
  employerId: string | null,
  workplaces: readonly { establishmentUnitId?: string; postalCode?: string; sharePercent: number }[],
): Promise<{ ok: true; rows: WorkplaceRow[] } | { ok: false; fieldErrors: FieldError[] }> {
  const units = employerId
    ? await db.establishmentUnit.findMany({ where: { organisationId: employerId, closedAt: null }, select: { id: true, postalCode: true } })
    : [];
  const unitById = new Map(units.map((u) => [u.id, u]));
  const fieldErrors: FieldError[] = [];
  const rows = workplaces.map((w, position): WorkplaceRow => {
    if (w.postalCode !== undefined) {
      if (units.length > 0) fieldErrors.push({ path: `workplaces.${position}.postalCode`, message: "validation.placeOfWorkOnlyWithoutUnits" });
      return { establishmentUnitId: null, postalCode: w.postalCode, sharePercent: w.sharePercent, position };
    }
    const unit = w.establishmentUnitId ? unitById.get(w.establishmentUnitId) : undefined;
    if (!unit) fieldErrors.push({ path: `workplaces.${position}.establishmentUnitId`, message: "validation.establishmentUnitRequired" });
    return { establishmentUnitId: unit?.id ?? null, postalCode: unit?.postalCode ?? "", sharePercent: w.sharePercent, position };
  });
  return fieldErrors.length > 0 ? { ok: false, fieldErrors } : { ok: true, rows };
}
