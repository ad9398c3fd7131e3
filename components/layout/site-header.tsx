import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { homePathByRole, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/authorization";
import { LanguageSwitcher } from "./language-switcher";

/** The portal's header; the layout hands it the signed-in actor (or null) and the sign-out action. */
export async function SiteHeader({ locale, actor, signOutAction }: { locale: string; actor: Actor | null; signOutAction: (formData: FormData) => Promise<void> }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href={actor ? homePathByRole[actor.role] : "/"} className="text-lg font-semibold text-white no-underline">
          {t("portalName")}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitcher />
          {actor && can(actor, "organisation:manage-members") ? (
            <Link href="/organisation/members" className="text-sm text-white underline">
              {t("members")}
            </Link>
          ) : null}
          {actor && can(actor, "mandate:read") ? (
            <Link href="/organisation/mandates" className="text-sm text-white underline">
              {t("mandates")}
            </Link>
          ) : null}
          {actor && can(actor, "organisation:read-activity") ? (
            <Link href="/organisation/activity" className="text-sm text-white underline">
              {t("activity")}
            </Link>
          ) : null}
          {actor ? null : (
            <Link href="/sign-up" className="text-sm text-white underline">
              {t("signUp")}
            </Link>
          )}
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
