import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { can } from "@/lib/auth/authorization";
import { dayInBelgium } from "@/lib/dates";
import { formatKboNumber } from "@/lib/identifiers/enterprise-number";
import { listMandates, type MandateRow } from "@/lib/mandates/list-mandates";
import { requireActor } from "@/app/_server/session";
import { titleFrom } from "@/app/_server/metadata";
import { GrantMandateForm, MandateStepForm } from "@/components/mandates/mandate-forms";
import { ClientMessages } from "@/components/i18n/client-messages-provider";
import { acceptMandateAction, endMandateAction, grantMandateAction } from "./actions";

export const generateMetadata = titleFrom("common", "mandates");

/**
 * The mandates between the organisation and others, for both kinds of organisation: proposed, in
 * force (or accepted for later, or expired) and ended, each with who did what when; the employer's
 * administrator grants, the mandatary's accepts or refuses, either side's ends.
 */
export default async function MandatesPage({ params }: PageProps<"/[locale]/organisation/mandates">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!can(actor, "mandate:read")) notFound();
  const now = new Date();
  const { organisationName, kind, rows, may } = await listMandates(actor, now);
  const t = await getTranslations({ locale, namespace: "organisation.mandates" });
  const format = await getFormatter({ locale });
  const day = (value: string) => format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const moment = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Brussels" });
  const proposed = rows.filter((row) => row.standing === "PROPOSED");
  // A lapsed proposal is over too: it is listed with the ended ones, saying it lapsed.
  const accepted = rows.filter((row) => row.standing !== "PROPOSED" && row.standing !== "LAPSED" && row.standing !== "ENDED");
  const ended = rows.filter((row) => row.standing === "ENDED" || row.standing === "LAPSED");
  const counterpartHeading = kind === "EMPLOYER" ? t("mandatary") : t("employer");

  const counterpart = (row: MandateRow) => (
    <>
      {row.counterpart.name}
      {row.counterpart.enterpriseNumber ? <span className="block text-sm text-slate-600">{formatKboNumber(row.counterpart.enterpriseNumber)}</span> : null}
    </>
  );
  const period = (row: MandateRow) => (
    <>
      {row.validUntil ? t("periodUntil", { from: day(row.validFrom), until: day(row.validUntil) }) : t("periodOpen", { from: day(row.validFrom) })}
      {row.startsOnAcceptance ? <span className="block text-sm text-slate-600">{t("startsOnAcceptance")}</span> : null}
    </>
  );
  const history = (row: MandateRow) => (
    <ul className="text-sm">
      <li>{t("grantedBy", { name: row.granted.by, at: moment(row.granted.at) })}</li>
      {row.accepted ? <li>{row.accepted.by ? t("acceptedBy", { name: row.accepted.by, at: moment(row.accepted.at) }) : t("acceptedAt", { at: moment(row.accepted.at) })}</li> : null}
      {row.standing === "LAPSED" && row.validUntil ? <li>{t("lapsed", { day: day(row.validUntil) })}</li> : null}
      {row.ended ? (
        <li>{t(row.accepted ? "endedBy" : row.ended.side === "MANDATARY" ? "refusedBy" : "withdrawnBy", { name: row.ended.by ?? "—", at: moment(row.ended.at) })}</li>
      ) : null}
    </ul>
  );
  const endLabel = (row: MandateRow) =>
    row.standing === "PROPOSED" ? (kind === "EMPLOYER" ? t("withdraw", { name: row.counterpart.name }) : t("refuse", { name: row.counterpart.name })) : t("end", { name: row.counterpart.name });

  const table = (caption: string, list: MandateRow[], withStanding: boolean, withActions: boolean) => (
    <table className="mb-10 w-full border-collapse text-left">
      <caption className="mb-3 text-left text-2xl font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-700">
          <th scope="col" className="py-2 pr-4">{counterpartHeading}</th>
          <th scope="col" className="py-2 pr-4">{t("period")}</th>
          {withStanding ? <th scope="col" className="py-2 pr-4">{t("standing")}</th> : null}
          <th scope="col" className="py-2 pr-4">{t("history")}</th>
          {withActions ? <th scope="col" className="py-2">{t("actions")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {list.map((row) => (
          <tr key={row.id} className="border-b border-slate-200 align-top">
            <td className="py-3 pr-4">{counterpart(row)}</td>
            <td className="py-3 pr-4">{period(row)}</td>
            {withStanding ? <td className="py-3 pr-4">{t(`standings.${row.standing}`)}</td> : null}
            <td className="py-3 pr-4">{history(row)}</td>
            {withActions ? (
              <td className="space-y-2 py-3">
                {row.standing === "PROPOSED" && may.accept ? <MandateStepForm action={acceptMandateAction} mandateId={row.id} version={row.version} label={t("accept", { name: row.counterpart.name })} /> : null}
                {may.end && row.standing !== "EXPIRED" ? <MandateStepForm action={endMandateAction} mandateId={row.id} version={row.version} label={endLabel(row)} /> : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ClientMessages of={["mandateForms"]}>
      <div>
        <h1 className="mb-4 text-3xl font-bold">{t("title", { organisation: organisationName })}</h1>
        <p className="mb-8 max-w-3xl">{kind === "EMPLOYER" ? t("introEmployer") : t("introMandatary")}</p>
        {rows.length === 0 ? <p className="mb-10">{t("none")}</p> : null}
        {proposed.length > 0 ? table(t("proposedTitle"), proposed, false, may.accept || may.end) : null}
        {accepted.length > 0 ? table(t("acceptedTitle"), accepted, true, may.end) : null}
        {ended.length > 0 ? table(t("endedTitle"), ended, false, false) : null}
        {may.grant ? (
          <section>
            <h2 className="mb-3 text-2xl font-semibold">{t("grantTitle")}</h2>
            <GrantMandateForm action={grantMandateAction} today={dayInBelgium(now)} />
          </section>
        ) : null}
      </div>
    </ClientMessages>
  );
}
