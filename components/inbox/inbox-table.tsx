import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** One message as the inbox lists it, its subject already rendered in the reader's language. */
export interface InboxRow {
  id: string;
  subject: string;
  referenceNumber: string | null;
  receivedAt: Date;
  read: boolean;
}

/** The inbox, newest first: an unread message stands out in bold and says so in words. */
export function InboxTable({ rows }: { rows: readonly InboxRow[] }) {
  const t = useTranslations("inbox");
  const format = useFormatter();
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-xl font-semibold">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-3">{t("reference")}</th>
            <th scope="col" className="py-2 pr-3">{t("message")}</th>
            <th scope="col" className="py-2 pr-3">{t("received")}</th>
            <th scope="col" className="py-2">{t("state")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={`border-b border-slate-300 ${row.read ? "" : "font-semibold"}`}>
              <td className="py-2 pr-3">{row.referenceNumber ?? "—"}</td>
              <td className="py-2 pr-3">
                <Link href={`/inbox/${row.id}`} className="text-brand-600 underline">
                  {row.subject}
                </Link>
              </td>
              <td className="py-2 pr-3">{format.dateTime(row.receivedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="py-2">{row.read ? t("read") : t("unread")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
