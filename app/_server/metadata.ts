import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** A page's `generateMetadata` that titles it with one message, in the page's language. */
export function titleFrom(namespace: string, key = "title") {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    const t = (await getTranslations({ locale, namespace })) as unknown as (key: string) => string;
    return { title: t(key) };
  };
}
