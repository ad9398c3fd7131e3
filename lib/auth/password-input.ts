import * as z from "@/lib/forms/zod-mini";
import { emailField } from "./sign-in-input";

/**
 * The password rule's part that a browser can check too: at least 12 characters (NIST SP 800-63B
 * asks for length, not for character classes). The server also refuses common passwords
 * (lib/auth/password-rule.ts); the list stays on the server.
 */
export const MIN_PASSWORD_LENGTH = 12;

export const newPasswordField = z
  .string({ error: "accounts.validation.newPasswordRequired" })
  .check(
    z.minLength(1, "accounts.validation.newPasswordRequired"),
    z.minLength(MIN_PASSWORD_LENGTH, "accounts.validation.passwordTooShort"),
    z.maxLength(200, "validation.tooLong"),
  );

/** The reset form: the link's token (a hidden field), the new password twice. */
export const resetPasswordSchema = z
  .object({
    token: z.string({ error: "accounts.validation.linkInvalid" }).check(z.minLength(1, "accounts.validation.linkInvalid"), z.maxLength(100, "accounts.validation.linkInvalid")),
    password: newPasswordField,
    confirmation: z.string({ error: "accounts.validation.confirmationRequired" }).check(z.minLength(1, "accounts.validation.confirmationRequired")),
  })
  .check(z.refine((input) => input.password === input.confirmation, { path: ["confirmation"], message: "accounts.validation.passwordsDiffer" }));
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/** The forgotten-password form and the worker's sign-in form: an e-mail address. */
export const emailOnlySchema = z.object({ email: emailField });
export type EmailOnlyInput = z.input<typeof emailOnlySchema>;
