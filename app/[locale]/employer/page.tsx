import { ApplicantHome } from "@/app/_server/applicant-home";
import { titleFrom } from "@/app/_server/metadata";

export const generateMetadata = titleFrom("employerHome");

export default async function EmployerHome({ params, searchParams }: PageProps<"/[locale]/employer">) {
  const { locale } = await params;
  const { after } = await searchParams;
  return <ApplicantHome locale={locale} homePath="/employer" namespace="employerHome" after={typeof after === "string" ? after : undefined} />;
}
