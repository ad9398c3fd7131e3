import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function LandingPage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tRegion, tChecklist, tDeadlines, tTimes, tEligibility] = await Promise.all([
    getTranslations({ locale, namespace: "landing" }),
    getTranslations({ locale, namespace: "whichRegion" }),
    getTranslations({ locale, namespace: "checklist" }),
    getTranslations({ locale, namespace: "deadlines" }),
    getTranslations({ locale, namespace: "processingTimes" }),
    getTranslations({ locale, namespace: "eligibility" }),
  ]);
  // The public tools, open without signing in.
  const tools = [
    { href: "/which-region", label: tRegion("landingLink") },
    { href: "/what-to-upload", label: tChecklist("landingLink") },
    { href: "/deadlines", label: tDeadlines("landingLink") },
    { href: "/processing-times", label: tTimes("landingLink") },
    { href: "/eligibility", label: tEligibility("landingLink") },
  ] as const;
  const audiences = ["employers", "mandataries", "authorities", "workers"] as const;
  return (
    <div>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t("intro")}</p>
      <h2 className="mb-3 text-2xl font-semibold">{t("whoTitle")}</h2>
      <ul className="mb-8 grid gap-4 sm:grid-cols-2">
        {audiences.map((audience) => (
          <li key={audience} className="rounded border border-slate-300 p-4">
            <h3 className="mb-1 font-semibold">{t(`audiences.${audience}.title`)}</h3>
            <p>{t(`audiences.${audience}.text`)}</p>
          </li>
        ))}
      </ul>
      <Link href="/sign-in" className="inline-block rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
        {t("signIn")}
      </Link>
      <ul className="mt-6 space-y-3">
        {tools.map((tool) => (
          <li key={tool.href}>
            <Link href={tool.href} className="font-semibold text-brand-600 underline hover:text-brand-700">
              {tool.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
