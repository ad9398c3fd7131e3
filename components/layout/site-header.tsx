import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getActor } from "@/app/_server/session";
import { homePathByRole } from "@/lib/auth/actor";
import { signOutAction } from "@/app/[locale]/sign-in/actions";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "common" });
  const actor = await getActor();
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href={actor ? homePathByRole[actor.role] : "/"} className="text-lg font-semibold text-white no-underline">
          {t("portalName")}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitcher />
          {actor ? (
            <form action={signOutAction}>
              <input type="hidden" name="locale" value={locale} />
              <span className="mr-3 text-sm">{t(`roles.${actor.role}`)}</span>
              <button type="submit" className="rounded border border-white px-3 py-1 text-sm hover:bg-brand-700">
                {t("signOut")}
              </button>
            </form>
          ) : (
            <Link href="/sign-in" className="rounded border border-white px-3 py-1 text-sm text-white hover:bg-brand-700">
              {t("signIn")}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
