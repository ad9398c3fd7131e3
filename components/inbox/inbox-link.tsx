import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** The way to the inbox from a home page, with how many messages wait unread. */
export function InboxLink({ unread }: { unread: number }) {
  const t = useTranslations("inbox");
  return (
    <p className="mb-8">
      <Link href="/inbox" className="font-semibold text-brand-600 underline">
        {t("homeLink")}
        {unread > 0 ? ` (${t("unreadCount", { count: unread })})` : null}
      </Link>
    </p>
  );
}
