import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/app/_server/session";
import { can } from "@/lib/auth/authorization";
import { getFilingOptions } from "@/lib/applications/get-filing-options";
import { diplomaticPostsOpenOn } from "@/lib/reference/diplomatic-posts";
import { countryCodes } from "@/lib/reference/countries";
import { NewApplicationForm } from "@/components/applications/new-application-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/applications/new">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "newApplication" }))("title") };
}

export default async function NewApplicationPage({ params }: PageProps<"/[locale]/applications/new">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!can(actor, "dossier:create")) notFound();
  const today = new Date().toISOString().slice(0, 10);
  const [t, employers] = await Promise.all([
    getTranslations({ locale, namespace: "newApplication" }),
    getFilingOptions({ actor, day: today }),
  ]);
  const countryNames = new Intl.DisplayNames([locale], { type: "region" });
  const countryName = (code: string) => countryNames.of(code) ?? code;
  const countries = countryCodes.map((code) => ({ code, label: countryName(code) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  const diplomaticPosts = diplomaticPostsOpenOn(today).map((p) => ({ code: p.code, label: `${p.city} (${countryName(p.country)})` }));
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl">{t("intro")}</p>
      <NewApplicationForm
        employers={employers}
        choosesEmployer={actor.role === "MANDATARY_USER"}
        countries={countries}
        diplomaticPosts={diplomaticPosts}
      />
    </div>
  );
}
