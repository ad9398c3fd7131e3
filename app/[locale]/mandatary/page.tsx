import { ApplicantHome } from "@/app/_server/applicant-home";
import { titleFrom } from "@/app/_server/metadata";

export const generateMetadata = titleFrom("mandataryHome");

export default async function MandataryHome({ params }: PageProps<"/[locale]/mandatary">) {
  const { locale } = await params;
  return <ApplicantHome locale={locale} homePath="/mandatary" namespace="mandataryHome" />;
}
