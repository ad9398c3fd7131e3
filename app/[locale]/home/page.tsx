import { redirect } from "@/i18n/navigation";
import { requireActor } from "@/app/_server/session";
import { homePathOf } from "@/lib/auth/actor";

/** Where sign-in lands: each hat goes on to its own home page (a person with several chooses first). */
export default async function HomeRedirect({ params }: PageProps<"/[locale]/home">) {
  const { locale } = await params;
  const actor = await requireActor(locale);
  redirect({ href: homePathOf(actor), locale });
}
