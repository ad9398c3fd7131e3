import { readFileSync } from "node:fs";
import { z } from "zod";
import { parseInput } from "@/lib/errors/validation";
import { hashPassword } from "./password";
import { newPasswordField } from "./password-input";

/**
 * The 10,000 most common passwords of the SecLists "10 million password list" (source and licence
 * in data/README.md), one a line. Read once, on first use; compared without regard to case, so
 * that "Password1234" is refused with "password1234".
 */
const COMMON_PASSWORDS = new URL("./data/common-passwords.txt", import.meta.url);
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(readFileSync(COMMON_PASSWORDS, "utf8").split("\n").map((line) => line.trim().toLowerCase()).filter(Boolean));
  return common.has(password.trim().toLowerCase());
}

/** The whole password rule: at least 12 characters, and not a common password. */
export const newPasswordRule = newPasswordField.refine((password) => !isCommonPassword(password), "accounts.validation.passwordTooCommon");

const newPasswordInput = z.object({ password: newPasswordRule });

/**
 * The one way a password is set (reset, sign-up, an invited colleague): checked against the rule,
 * then hashed. A refused password is a VALIDATION error at the path `password`.
 */
export async function hashNewPassword(password: unknown): Promise<string> {
  return hashPassword(parseInput(newPasswordInput, { password }).password);
}
