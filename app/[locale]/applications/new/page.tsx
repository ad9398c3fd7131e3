import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireActor } from "@/app/_server/session";
import { can } from "@/lib/auth/authorization";
import { getFilingOptions } from "@/lib/applications/get-filing-options";
import { diplomaticPostsOpenOn } from "@/lib/reference/diplomatic-posts";
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
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl">{t("intro")}</p>
      <NewApplicationForm
        employers={employers}
        choosesEmployer={actor.role === "MANDATARY_USER"}
        diplomaticPosts={diplomaticPostsOpenOn(today).map(({ code, city, country }) => ({ code, city, country }))}
      />
    </div>
  );
}
