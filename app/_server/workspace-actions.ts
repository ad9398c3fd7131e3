"use server";

import { homePathOf } from "@/lib/auth/actor";
import { postedForm } from "@/lib/forms/action-arguments";
import { formDataToObject } from "@/lib/forms/form-data";
import { redirectAfterSuccess } from "./action";
import { getActor } from "./session";
import { workspaceFiltersCookie } from "./workspace-filters-cookie";

/** Back to the signed-in applicant's home (the workspace), from its first page; anyone else to the start page. */
async function backToWorkspace(): Promise<never> {
  const actor = await getActor();
  return redirectAfterSuccess(actor ? homePathOf(actor) : "/");
}

/**
 * The workspace's search and filters are posted, never put in the address (no form sends its
 * fields in the URL): kept in a cookie, and the list is shown again from its first page.
 */
export async function filterWorkspaceAction(formData: FormData): Promise<never> {
  if (await getActor()) {
    // A hand-made call may carry anything: no form is judged as an empty one (lib/forms/action-arguments).
    const posted = formDataToObject(postedForm(formData));
    await workspaceFiltersCookie.store({ ...posted, status: posted.status || undefined, region: posted.region || undefined });
  }
  return backToWorkspace();
}

export async function clearWorkspaceFiltersAction(): Promise<never> {
  await workspaceFiltersCookie.clear();
  return backToWorkspace();
}
