"use server";

import { runAction, type ActionResult } from "@/app/_server/action";
import { createDraftApplication } from "@/lib/applications/create-draft-application";
import type { DraftApplicationInput } from "@/lib/applications/draft-application-input";

export async function createApplicationAction(input: DraftApplicationInput): Promise<ActionResult<{ id: string }>> {
  return runAction("application.create", (actor) => createDraftApplication({ actor, input }));
}
