import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { homePathByRole } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { LanguageSwitcher } from "./language-switcher";

/** The banner: the signed-in role (null when signed out), and the layout's sign-out action. */
export async function SiteHeader({
  locale,
  role,
  signOutAction,
}: {
  locale: string;
  role: Role | null;
  signOutAction: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href={role ? homePathByRole[role] : "/"} className="text-lg font-semibold text-white no-underline">
          {t("portalName")}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitcher />
          {role ? (
            <form action={signOutAction}>
              <input type="hidden" name="locale" value={locale} />
              <span className="mr-3 text-sm">{t(`roles.${role}`)}</span>
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
