import * as z from "@/lib/forms/zod-mini";
import { plainString } from "@/lib/forms/plausible";

/** What every form acting on a submitted dossier posts: which dossier, and the version it showed. */
export const dossierCommandSchema = z.object({
  applicationId: z.uuid("validation.applicationRequired"),
  version: z.number().check(z.int(), z.minimum(0)),
});

/** A decision's reasons: required for every negative decision (the registered letter carries them). */
export const motivationSchema = plainString(undefined, { multiline: true }).check(
  z.trim(),
  z.minLength(20, "validation.motivationRequired"),
  z.maxLength(20_000, "validation.motivationTooLong"),
);

/** What the forms post that is not text. */
export const dossierCommandFieldKinds = { numbers: ["version"] };
