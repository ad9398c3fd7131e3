import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ListedLetter } from "@/lib/letters/dossier-letters";

/** Where a dossier's letter is read: the letters route streams its PDF to whoever may read the dossier. */
export function letterHref(applicationId: string, letterId: string): string {
  return `/api/dossiers/${applicationId}/letters/${letterId}`;
}

/** The letters the portal wrote for a dossier's decisions, each with its kind, language, date and a link to its PDF. */
export function LetterList({ applicationId, letters, headingLevel = 2 }: { applicationId: string; letters: readonly ListedLetter[]; headingLevel?: 2 | 3 }) {
  const t = useTranslations("letters");
  const format = useFormatter();
  const languages = new Intl.DisplayNames([useLocale()], { type: "language" });
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="letters-title" className="mb-8">
      <Heading id="letters-title" className="mb-3 text-2xl font-semibold">
        {t("title")}
      </Heading>
      <p className="mb-2">{t("intro")}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="py-2 pr-3">{t("kind")}</th>
              <th scope="col" className="py-2 pr-3">{t("language")}</th>
              <th scope="col" className="py-2 pr-3">{t("date")}</th>
              <th scope="col" className="py-2">{t("open")}</th>
            </tr>
          </thead>
          <tbody>
            {letters.map((letter) => {
              const kind = t(`kinds.${letter.kind}`);
              const language = languages.of(letter.locale) ?? letter.locale;
              return (
                <tr key={letter.id} className="border-b border-slate-300">
                  <td className="py-2 pr-3">{kind}</td>
                  <td className="py-2 pr-3">{language}</td>
                  <td className="py-2 pr-3">{format.dateTime(letter.createdAt, { dateStyle: "long" })}</td>
                  <td className="py-2">
                    <a href={letterHref(applicationId, letter.id)} className="font-semibold text-brand-600 underline">
                      {t("openLetter", { kind, language })}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
