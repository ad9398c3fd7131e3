import { ApplicantHome } from "@/app/_server/applicant-home";
import { titleFrom } from "@/app/_server/metadata";

export const generateMetadata = titleFrom("mandataryHome");

export default async function MandataryHome({ params, searchParams }: PageProps<"/[locale]/mandatary">) {
  const { locale } = await params;
  const { after } = await searchParams;
  return <ApplicantHome locale={locale} homePath="/mandatary" namespace="mandataryHome" after={typeof after === "string" ? after : undefined} />;
}
