import * as z from "@/lib/forms/zod-mini";
import { parseInput } from "@/lib/errors/validation";
import { hashPassword } from "./password";
import { newPasswordField } from "./password-input";
// Bundled with the server code as data, not read from disk: no path to get right once built.
import commonPasswordList from "./data/common-passwords.json";

/**
 * The 10,000 most common passwords of the SecLists "10 million password list" (source and licence
 * in data/README.md), most common first. Made a set on first use; compared without regard to case,
 * so that "Password1234" is refused with "password1234".
 */
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(commonPasswordList.map((entry) => entry.toLowerCase()));
  return common.has(password.trim().toLowerCase());
}

/** The whole password rule: at least 12 characters, and not a common password. */
export const newPasswordRule = newPasswordField.check(z.refine((password) => !isCommonPassword(password), "accounts.validation.passwordTooCommon"));

const newPasswordInput = z.object({ password: newPasswordRule });

/**
 * The one way a password is set (reset, sign-up, an invited colleague): checked against the rule,
 * then hashed. A refused password is a VALIDATION error at the path `password`.
 */
export async function hashNewPassword(password: unknown): Promise<string> {
  return hashPassword(parseInput(newPasswordInput, { password }).password);
}
