import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { homePathOf, type Actor } from "@/lib/auth/actor";
import { can, roleOf } from "@/lib/auth/authorization";
import { LanguageSwitcher } from "./language-switcher";

/**
 * The portal's header; the layout hands it the signed-in person (or null): the actor in their hat
 * (null while a person with several hats has not chosen one), whether they hold several (then it
 * offers to switch: docs/decisions/hats.md); and the sign-out action.
 */
export async function SiteHeader({
  locale,
  signedIn,
  signOutAction,
}: {
  locale: string;
  signedIn: { actor: Actor | null; switchesHats: boolean } | null;
  signOutAction: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations({ locale, namespace: "common" });
  const actor = signedIn?.actor ?? null;
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href={actor ? homePathOf(actor) : "/"} className="text-lg font-semibold text-white no-underline">
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
          {signedIn?.switchesHats ? (
            <Link href="/hats" className="text-sm text-white underline">
              {t("switchHat")}
            </Link>
          ) : null}
          {signedIn ? null : (
            <Link href="/sign-up" className="text-sm text-white underline">
              {t("signUp")}
            </Link>
          )}
          {signedIn ? (
            <form action={signOutAction}>
              <input type="hidden" name="locale" value={locale} />
              {actor ? <span className="mr-3 text-sm">{t(`roles.${roleOf(actor)}`)}</span> : null}
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
