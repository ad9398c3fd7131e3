import "server-only";
import { notFound } from "next/navigation";
import { homePathByRole, type Actor } from "@/lib/auth/actor";
import { requireActor } from "./session";

/** The signed-in actor of a role home page; a home page of another role does not exist for them. */
export async function requireHomeOf(locale: string, homePath: string): Promise<Actor> {
  const actor = await requireActor(locale);
  if (homePathByRole[actor.role] !== homePath) notFound();
  return actor;
}
