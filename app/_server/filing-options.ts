import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getFilingOptions } from "@/lib/applications/get-filing-options";
import { dayInBelgium } from "@/lib/dates";
import { countryCodes } from "@/lib/reference/countries";
import { diplomaticPostsOpenOn } from "@/lib/reference/diplomatic-posts";

/**
 * What the filing form offers, labelled in the reader's language on the server (the browser's own
 * country names may differ from Node's, which would make the page differ from what was rendered).
 */
export async function filingFormOptions(actor: Actor, locale: string) {
  const today = dayInBelgium();
  const countryName = countryNamer(locale);
  return {
    employers: await getFilingOptions({ actor, day: today }),
    countries: countryOptions(locale),
    diplomaticPosts: diplomaticPostsOpenOn(today).map((p) => ({ code: p.code, label: `${p.city} (${countryName(p.country)})` })),
  };
}

function countryNamer(locale: string): (code: string) => string {
  const countryNames = new Intl.DisplayNames([locale], { type: "region" });
  return (code) => countryNames.of(code) ?? code;
}

/** Every country, named in the reader's language and in its alphabetical order. */
export function countryOptions(locale: string) {
  const countryName = countryNamer(locale);
  return countryCodes.map((code) => ({ code, label: countryName(code) })).sort((a, b) => a.label.localeCompare(b.label, locale));
}
