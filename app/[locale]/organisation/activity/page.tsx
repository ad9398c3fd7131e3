import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { can } from "@/lib/auth/authorization";
import { activityActionKey, listOrganisationActivity, type ActivityActor } from "@/lib/audit/organisation-activity";
import { requireActor } from "@/app/_server/session";
import { titleFrom } from "@/app/_server/metadata";
import { Link } from "@/i18n/navigation";

export const generateMetadata = titleFrom("common", "activity");

type Translate = (key: string, values?: Record<string, string>) => string;

function actorLabel(actor: ActivityActor, t: Translate, region: (code: string) => string): string {
  switch (actor.kind) {
    case "member":
      return t("actors.member", { name: actor.name });
    case "organisation":
      return t(`actors.organisation_${actor.organisationKind}`, { name: actor.name });
    case "regional-caseworker":
      return actor.region ? t("actors.regional-caseworker", { region: region(actor.region) }) : t("actors.regional-caseworker-unknown");
    default:
      return t(`actors.${actor.kind}`);
  }
}

/** An administrator's activity log: who did what on the organisation's dossiers and mandates (lib/audit/organisation-activity.ts). */
export default async function ActivityPage({ params, searchParams }: PageProps<"/[locale]/organisation/activity">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!can(actor, "organisation:read-activity")) notFound();
  const { before } = await searchParams;
  const page = await listOrganisationActivity({ actor, cursor: before });
  const t = (await getTranslations({ locale, namespace: "organisation.activity" })) as unknown as Translate;
  const regions = (await getTranslations({ locale, namespace: "routing.regions" })) as unknown as (key: string) => string;
  const format = await getFormatter({ locale });
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("heading", { organisation: page.organisationName })}</h1>
      <p className="mb-6">{t("intro")}</p>
      {page.entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="mb-6 w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-2 pr-4">{t("when")}</th>
              <th scope="col" className="py-2 pr-4">{t("who")}</th>
              <th scope="col" className="py-2 pr-4">{t("what")}</th>
              <th scope="col" className="py-2">{t("subject")}</th>
            </tr>
          </thead>
          <tbody>
            {page.entries.map((entry) => (
              <tr key={entry.id} className="border-b border-slate-200 align-top">
                <td className="py-3 pr-4">
                  <time dateTime={entry.occurredAt.toISOString()}>{format.dateTime(entry.occurredAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Brussels" })}</time>
                </td>
                <td className="py-3 pr-4">{actorLabel(entry.actor, t, regions)}</td>
                <td className="py-3 pr-4">
                  {t(`actions.${activityActionKey(entry.action)}`)} {entry.outcome === "DENIED" ? <strong>{t("refused")}</strong> : null}
                </td>
                <td className="py-3">
                  {entry.subject.kind === "dossier" ? (
                    <Link href={`/dossiers/${entry.subject.id}`} className="text-brand-600 underline">
                      {entry.subject.referenceNumber ?? t("draft")}
                    </Link>
                  ) : (
                    t("mandate")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label={t("pagination")} className="flex gap-6">
        {before ? (
          <Link href="/organisation/activity" className="text-brand-600 underline">
            {t("newest")}
          </Link>
        ) : null}
        {page.next ? (
          <Link href={{ pathname: "/organisation/activity", query: { before: page.next } }} className="text-brand-600 underline">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
