"use server";

import { runAction, type ActionResult } from "@/app/_server/action";
import { submitApplication } from "@/lib/applications/submit-application";
import { withdrawApplication } from "@/lib/applications/withdraw-application";

export async function submitApplicationAction(input: { applicationId: string; version: number; submissionKey: string; regionPick?: string }): Promise<ActionResult<{ referenceNumber: string }>> {
  return runAction("application.submit", (actor) => submitApplication({ actor, input }));
}

export async function withdrawApplicationAction(input: { applicationId: string; version: number }): Promise<ActionResult<void>> {
  return runAction("application.withdraw", (actor) => withdrawApplication({ actor, input }));
}
