import type { Region } from "@/lib/generated/prisma/enums";
import { localityName, type LocalizedName } from "@/lib/reference/postal-codes/locality-name";
import type { Translate } from "@/lib/i18n/locales";
import type { ReasonPlace, RegionShare, RoutingReason } from "./competent-region-rule";

/**
 * A translator scoped to the "routing" namespace of the message catalogs, such as next-intl's
 * `createTranslator({ locale, messages, namespace: "routing" })` or `useTranslations("routing")`.
 */
export type RoutingTranslator = Translate;

/**
 * The reason for a routing result as one or more sentences in the reader's language, e.g.
 * "The worker is mainly employed in the Flemish Region: 60% of working time in the Flemish Region
 * (Antwerpen 30%, Gent 30%) against 40% in the Brussels-Capital Region (Bruxelles 40%)."
 *
 * The catalog's `placeNameLanguage` says which language's place names its readers expect, so the
 * caller needs nothing but the translator (next-intl's does not expose its locale). A place whose
 * names are not known (the browser's preview before the server sent them) goes by its postal code.
 */
export function formatRoutingReason(reason: RoutingReason, t: RoutingTranslator): string {
  const language = t("placeNameLanguage");
  const named = (locality: LocalizedName) => Object.keys(locality).length > 0;
  const name = (postalCode: string, locality: LocalizedName, region: Region) => (named(locality) ? localityName(locality, region, language) : postalCode);
  const place = (p: ReasonPlace, r: RegionShare) => t("reason.place", { name: p.label ?? name(p.postalCode, p.locality, r.region), share: p.share });
  const places = (r: RegionShare) => r.places.map((p) => place(p, r)).join(", ");
  const regionIn = (r: RegionShare) => t(`regionIn.${r.region}`);
  const share = (key: "reason.mainShare" | "reason.otherShare", r: RegionShare) =>
    t(key, { share: r.share, regionIn: regionIn(r), places: places(r) });
  const and = (items: string[]) =>
    items.length < 2 ? items.join("") : t("reason.and", { head: items.slice(0, -1).join(", "), tail: items[items.length - 1] ?? "" });

  // The winner's sentence: only one region, or the largest share against the others.
  const mainly = (multiple: "reason.establishmentUnit" | "reason.placeOfActivity", only: "reason.establishmentUnitOnly" | "reason.placeOfActivityOnly") => {
    const [first, ...others] = reason.regions;
    if (!first) return [];
    if (others.length === 0) return [t(only, { regionIn: regionIn(first), places: places(first) })];
    return [t(multiple, { regionIn: regionIn(first), main: share("reason.mainShare", first), others: and(others.map((r) => share("reason.otherShare", r))) })];
  };
  const tie = () => t("reason.tie", { shares: and(reason.regions.map((r) => share("reason.otherShare", r))) });
  const officeDecides = () => {
    const office = reason.registeredOffice;
    if (!office) return [];
    const where = named(office.locality) ? t("reason.office", { postalCode: office.postalCode, name: name(office.postalCode, office.locality, office.region) }) : office.postalCode;
    return [t("reason.officeDecides", { office: where, region: t(`regions.${office.region}`) })];
  };

  const sentences = (() => {
    switch (reason.rule) {
      case "ESTABLISHMENT_UNIT":
        return mainly("reason.establishmentUnit", "reason.establishmentUnitOnly");
      case "PLACE_OF_ACTIVITY":
        return [t("reason.noOfficeNoUnit"), ...mainly("reason.placeOfActivity", "reason.placeOfActivityOnly")];
      case "REGISTERED_OFFICE":
        return [reason.basis === null ? t("reason.noUnit") : tie(), ...officeDecides()];
      case "PLACE_OF_RESIDENCE": {
        const [home] = reason.regions;
        const [place] = home?.places ?? [];
        return home && place ? [t("reason.placeOfResidence", { place: name(place.postalCode, place.locality, home.region), regionIn: regionIn(home) })] : [];
      }
      case "UNDETERMINED":
        return reason.basis === "PLACES_OF_WORK"
          ? [t("reason.noOfficeNoUnit"), tie(), t("reason.undetermined")]
          : [tie(), t("reason.noOffice"), t("reason.undetermined")];
    }
  })();
  return sentences.join(" ");
}
