import { z } from "@/lib/forms/zod";

/** The choice of hat: a membership's id, or "worker" (lib/auth/actor.ts `hatOf`). */
export const chooseHatSchema = z.object({
  hat: z.string({ error: "accounts.validation.hatRequired" }).trim().min(1, "accounts.validation.hatRequired"),
});
export type ChooseHatInput = z.input<typeof chooseHatSchema>;
