import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { signInSchema } from "./sign-in-input";
import { verifyDecoy, verifyPassword } from "./password";

/** The user whose email and password match, or null. Every attempt is audited. */
export async function verifyCredentials(input: unknown): Promise<{ id: string; email: string; name: string } | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const db = getDb();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const valid = user && !user.disabledAt ? await verifyPassword(user.passwordHash, parsed.data.password) : await verifyDecoy(parsed.data.password);
  await db.$transaction(async (tx) => {
    if (user && valid) await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, {
      actor: null,
      action: "auth.sign-in",
      entityType: "User",
      entityId: user?.id ?? null,
      outcome: user && valid ? "SUCCESS" : "DENIED",
    });
  });
  return user && valid ? { id: user.id, email: user.email, name: user.name } : null;
}
