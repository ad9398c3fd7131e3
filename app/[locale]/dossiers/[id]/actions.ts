"use server";

import { runAction, type ActionResult } from "@/app/_server/action";
import { submitApplication } from "@/lib/applications/submit-application";

export async function submitApplicationAction(input: { applicationId: string; version: number; regionPick?: string }): Promise<ActionResult<{ referenceNumber: string }>> {
  return runAction("application.submit", (actor) => submitApplication({ actor, input }));
}
