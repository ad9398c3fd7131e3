import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { hatOf, type Actor } from "./actor";
import { chooseHatSchema } from "./choose-hat-input";
import { findActiveSessionWithActor } from "./sessions";
import { sessionPolicy, type SessionPolicy } from "./session-policy";

/**
 * Sets the hat a session acts in (docs/decisions/hats.md), and remembers it on the account so the
 * next sign-in starts in it. Only a hat the account holds now can be chosen: any other value is a
 * field error and writes nothing. Audited as `auth.hat-chosen` (with whether it switched hats).
 * Answers the actor of the chosen hat.
 */
export async function chooseHat({
  sessionId,
  input,
  now = new Date(),
  policy = sessionPolicy(),
}: {
  sessionId: string | undefined;
  input: unknown;
  now?: Date;
  policy?: SessionPolicy;
}): Promise<Actor> {
  const session = await findActiveSessionWithActor(sessionId, now, policy);
  if (!sessionId || !session) throw new AppError("UNAUTHENTICATED");
  const data = parseInput(chooseHatSchema, input);
  const chosen = session.hats.find((hat) => hatOf(hat.actor) === data.hat);
  if (!chosen) throw new AppError("VALIDATION", { fieldErrors: [{ path: "hat", message: "accounts.validation.hatRequired" }] });
  const switched = session.actor !== null && hatOf(session.actor) !== data.hat;
  await getDb().$transaction(async (tx) => {
    await tx.session.update({ where: { id: sessionId }, data: { hat: data.hat } });
    await tx.user.update({ where: { id: session.userId }, data: { lastHat: data.hat } });
    await recordAudit(tx, {
      actor: chosen.actor,
      action: "auth.hat-chosen",
      entityType: "Session",
      entityId: sessionId,
      outcome: "SUCCESS",
      metadata: { kind: chosen.actor.kind, switched, hats: session.hats.length },
    });
  });
  return chosen.actor;
}
