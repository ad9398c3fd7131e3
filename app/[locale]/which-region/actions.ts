"use server";

import { postedForm } from "@/lib/forms/action-arguments";
import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors/app-error";
import { translateFieldErrors } from "@/lib/errors/validation";
import { formDataToObject } from "@/lib/forms/form-data";
import { applyIntent, readIntent } from "@/lib/forms/form-intent";
import type { Translate } from "@/lib/i18n/locales";
import { mainLocalityNames, type LocalityNames } from "@/lib/reference/postal-codes/postal-codes";
import { explainCompetentRegion } from "@/lib/routing/explain-competent-region";
import {
  evaluate,
  MAX_POSTAL_CODES,
  postalCodesOf,
  readServerReply,
  stateFromPost,
  toRoutingInput,
  type ServerReply,
  type WhichRegionFormState,
  type WhichRegionState,
} from "@/components/routing/which-region-state";

/**
 * The which-region form posted without JavaScript: a list's button adds or removes a row; a
 * submission is judged as the page judges it, then answered by the public endpoint's use case
 * (explainCompetentRegion), read exactly as the page reads the endpoint's answer.
 */
export async function whichRegionAction(previous: WhichRegionFormState, formData: FormData): Promise<WhichRegionFormState> {
  formData = postedForm(formData);
  const values = formDataToObject(formData);
  const intent = readIntent(formData);
  const named = (form: WhichRegionState) => ({ form, localities: mainLocalityNames(postalCodesOf(form), MAX_POSTAL_CODES) });
  // A list changed: nothing was submitted, so only what is wrong with a filled-in field shows.
  if (intent) return { ...named(stateFromPost(applyIntent(values, intent))), submitted: false, reply: null };
  const form = stateFromPost(values);
  // The page shows its own errors (an unanswered question among them) without asking the endpoint.
  if (evaluate(form).errors.length > 0) return { ...named(form), submitted: true, reply: null };
  return { ...named(form), submitted: true, reply: await answer(form) };
}

/**
 * The names of the postal codes' main localities, for the live preview (the browser has no
 * postal-code table). Public, and read-only: anything but known codes is left out.
 */
export async function localityNamesAction(postalCodes: string[]): Promise<LocalityNames> {
  // Called by hand, it may receive anything: only strings are looked up.
  return mainLocalityNames(Array.isArray(postalCodes) ? postalCodes.filter((code): code is string => typeof code === "string") : [], MAX_POSTAL_CODES);
}

async function answer(form: WhichRegionState): Promise<ServerReply> {
  const t = (await getTranslations()) as unknown as Translate;
  try {
    return readServerReply(200, explainCompetentRegion(toRoutingInput(form), t));
  } catch (error) {
    if (isAppError(error) && error.fieldErrors.length > 0) return readServerReply(error.status, { errors: translateFieldErrors(error.fieldErrors, t) });
    console.error("[which-region]", error);
    return { status: "failed" };
  }
}
