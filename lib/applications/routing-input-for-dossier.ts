import type { FieldError } from "@/lib/errors/app-error";
import { fieldErrorsFromIssues } from "@/lib/errors/validation";
import type { ApplicantKind } from "@/lib/generated/prisma/enums";
import { determineCompetentRegion, determineResidenceRegion, type RoutingInput, type RoutingResult } from "@/lib/routing/competent-region";
import { postalCode, routingInputSchema } from "@/lib/routing/routing-input";

interface DossierForRouting {
  applicantKind: ApplicantKind;
  /** Where the worker lives in Belgium: routes a dossier the worker files in their own name. */
  workerResidencePostalCode: string | null;
  /** Null on a dossier a person files in their own name. */
  employer: { registeredOfficeCountry: string; registeredOfficePostalCode: string | null } | null;
  workplaces: { postalCode: string; sharePercent: number; establishmentUnitId: string | null; establishmentUnit: { city: string } | null }[];
}

/** What the routing rule needs of a dossier: the employer's Belgian registered office and the workplaces. */
function routingInputForDossier(dossier: DossierForRouting): RoutingInput {
  const office =
    dossier.employer?.registeredOfficeCountry === "BE" && dossier.employer.registeredOfficePostalCode
      ? { postalCode: dossier.employer.registeredOfficePostalCode }
      : null;
  const place = (w: DossierForRouting["workplaces"][number]) => ({
    postalCode: w.postalCode,
    share: w.sharePercent,
    ...(w.establishmentUnit ? { label: w.establishmentUnit.city } : {}),
  });
  return {
    registeredOffice: office,
    establishments: dossier.workplaces.filter((w) => w.establishmentUnitId !== null).map(place),
    placesOfWork: dossier.workplaces.filter((w) => w.establishmentUnitId === null).map(place),
  };
}

/**
 * Routes a dossier, or says why it cannot be routed (e.g. a unit registered with a postal code that
 * is not a Belgian place of work). The rule itself expects valid input, so it is checked first.
 */
export function routeDossier(dossier: DossierForRouting): { ok: true; result: RoutingResult } | { ok: false; fieldErrors: FieldError[] } {
  // The worker's own application goes to the authority of their place of residence (REFERENCE §5).
  if (dossier.applicantKind === "PERSON") {
    const home = postalCode.safeParse(dossier.workerResidencePostalCode ?? "");
    if (!home.success) return { ok: false, fieldErrors: fieldErrorsFromIssues(home.error.issues).map((e) => ({ ...e, path: "residencePostalCode" })) };
    return { ok: true, result: determineResidenceRegion(home.data) };
  }
  const parsed = routingInputSchema.safeParse(routingInputForDossier(dossier));
  if (!parsed.success) {
    return { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues).map((e) => ({ ...e, path: "workplaces" })) };
  }
  return { ok: true, result: determineCompetentRegion(parsed.data) };
}
