import { z } from "@/lib/forms/zod";
import { plainString } from "@/lib/forms/plausible";

/** What every form acting on a submitted dossier posts: which dossier, and the version it showed. */
export const dossierCommandSchema = z.object({
  applicationId: z.uuid("validation.applicationRequired"),
  version: z.number().int().min(0),
});

/** A decision's reasons: required for every negative decision (the registered letter carries them). */
export const motivationSchema = plainString(undefined, { multiline: true })
  .trim()
  .min(20, "validation.motivationRequired")
  .max(20_000, "validation.motivationTooLong");

/** What the forms post that is not text. */
export const dossierCommandFieldKinds = { numbers: ["version"] };
