import * as z from "@/lib/forms/zod-mini";
import { plainString } from "@/lib/forms/plausible";

export const emailField = z.pipe(plainString("validation.emailRequired").check(z.trim(), z.minLength(1, "validation.emailRequired")), z.email("validation.emailFormat"));

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ error: "validation.passwordRequired" }).check(z.minLength(1, "validation.passwordRequired"), z.maxLength(200, "validation.tooLong")),
});
export type SignInInput = z.input<typeof signInSchema>;
