"use server";

import { redirectAfterSuccess, runFormAction } from "@/app/_server/action";
import type { FormState } from "@/lib/forms/form-state";
import { dossierCommandFieldKinds } from "@/lib/dossier-life/dossier-command";
import { decideResidence } from "@/lib/dossier-life/decide-residence";

export async function decideResidenceAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction("dossier.decide-residence", previous, formData, {
    kinds: dossierCommandFieldKinds,
    useCase: (actor, input) => decideResidence({ actor, input }),
    onSuccess: (_, values) => redirectAfterSuccess(`/dossiers/${String(values.applicationId)}`),
  });
}
