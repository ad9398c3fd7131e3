import type { ReactNode } from "react";
import { useLocale } from "next-intl";
import { getPathname } from "@/i18n/navigation";

/**
 * A link to a dossier's page in a list of dossiers, as a plain anchor: a list page carries up to 90
 * of them, and next-intl's Link is a client component whose props travel once more per link in the
 * RSC payload (~230 bytes each) and which prefetches each dossier page that scrolls into view.
 * Following one loads the dossier page as a whole page; its styles are the list's.
 */
export function DossierLink({ dossierId, children }: { dossierId: string; children: ReactNode }) {
  const locale = useLocale();
  return <a href={getPathname({ locale, href: `/dossiers/${dossierId}` })}>{children}</a>;
}
