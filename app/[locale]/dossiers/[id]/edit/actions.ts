"use server";

import { runAction, type ActionResult } from "@/app/_server/action";
import { updateDraftApplication } from "@/lib/applications/update-draft-application";
import type { DraftApplicationInput } from "@/lib/applications/draft-application-input";

export async function updateApplicationAction(input: {
  applicationId: string;
  version: number;
  application: DraftApplicationInput;
}): Promise<ActionResult<{ id: string; version: number }>> {
  return runAction("application.update-draft", (actor) => updateDraftApplication({ actor, input }));
}
