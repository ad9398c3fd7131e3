import "server-only";
import { notFound } from "next/navigation";
import { homePathOf, type Actor } from "@/lib/auth/actor";
import { requireActor } from "./session";

/** The signed-in actor of a home page; the home page of another kind of actor (another hat) does not exist for them. */
export async function requireHomeOf(locale: string, homePath: string): Promise<Actor> {
  const actor = await requireActor(locale);
  if (homePathOf(actor) !== homePath) notFound();
  return actor;
}
