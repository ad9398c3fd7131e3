import { z } from "@/lib/forms/zod";
import { plainString } from "@/lib/forms/plausible";

export const emailField = plainString("validation.emailRequired").trim().min(1, "validation.emailRequired").pipe(z.email("validation.emailFormat"));

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ error: "validation.passwordRequired" }).min(1, "validation.passwordRequired").max(200, "validation.tooLong"),
});
export type SignInInput = z.input<typeof signInSchema>;
