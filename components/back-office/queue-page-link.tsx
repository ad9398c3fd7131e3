import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** The link to a queue's next page: the cursor is in the address, no form field is. */
export function QueuePageLink({ href, nextCursor }: { href: string; nextCursor: string | null }) {
  const t = useTranslations("backOffice.queue");
  if (!nextCursor) return null;
  return (
    <p className="mt-4">
      <Link href={`${href}?after=${encodeURIComponent(nextCursor)}`} className="font-semibold text-brand-600 underline">
        {t("nextPage")}
      </Link>
    </p>
  );
}
