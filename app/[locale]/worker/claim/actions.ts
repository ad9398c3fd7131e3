"use server";

import { headers } from "next/headers";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { claimDossier } from "@/lib/auth/worker-accounts";
import type { FormState } from "@/lib/forms/form-state";
import { redirectAfterSuccess, runFormAction } from "@/app/_server/action";

export async function claimDossierAction(previous: FormState, formData: FormData): Promise<FormState> {
  const clientAddress = clientAddressFrom(await headers());
  return runFormAction("worker.claim-dossier", previous, formData, {
    useCase: (actor, values) => claimDossier({ actor, input: values, clientAddress }),
    onSuccess: ({ applicationId }) => redirectAfterSuccess(`/dossiers/${applicationId}`),
  });
}
