"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { useTranslations } from "next-intl";

/**
 * What a page shows when it failed on the server: in production the browser is told nothing of
 * the cause (Next.js sends only a digest), and the likeliest cause a person can do something about
 * is a moment's unavailability, so the page says so and offers to try again. While the database is
 * unreachable the proxy answers 503 with Retry-After before a page even starts
 * (lib/db/database-unavailable.ts).
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("unavailable");
  const router = useRouter();
  // The failure was on the server: render the page there again, then clear this boundary.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div>
      <title>{t("title")}</title>
      <h1 className="mb-4 text-3xl font-bold">{t("heading")}</h1>
      <p className="mb-6">{t("body")}</p>
      <button type="button" onClick={retry} className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
        {t("retry")}
      </button>
    </div>
  );
}
