import { redirect } from "@/i18n/navigation";
import { requireActor } from "@/app/_server/session";
import { homePathByRole } from "@/lib/auth/actor";

/** Where sign-in lands: each role goes on to its own home page. */
export default async function HomeRedirect({ params }: PageProps<"/[locale]/home">) {
  const { locale } = await params;
  const actor = await requireActor(locale);
  redirect({ href: homePathByRole[actor.role], locale });
}
