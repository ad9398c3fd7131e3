import { z } from "zod";

/**
 * zod as every schema of the portal imports it: with an error map that turns each issue no schema
 * gave a message for (a number where text was expected, an unknown choice, an object where a list
 * was expected, …) into a message-catalog key (messages/<locale>/portal.json, `validation.*`), so a
 * reader never gets zod's default English. A message a schema gives itself still wins: zod asks a
 * schema's own `error` first and this map only after it.
 *
 * The configuration is global to the zod module, and this module applies it on import: schemas
 * import `z` from here, never from "zod", so the browser (react-hook-form's resolver) and the
 * server judge alike. A lint rule keeps it so (eslint.config.mjs).
 */

/** The catalog key for an issue a schema did not give a message for. */
export function catalogMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "validation.answerRequired" : "validation.wrongKindOfAnswer";
    case "too_big":
      if (issue.origin === "string") return "validation.tooLong";
      if (issue.origin === "array" || issue.origin === "set") return "validation.tooManyItems";
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") return "validation.numberTooLarge";
      return "validation.invalidValue";
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "validation.answerRequired" : "validation.tooShort";
      if (issue.origin === "array" || issue.origin === "set") return "validation.tooFewItems";
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") return "validation.numberTooSmall";
      return "validation.invalidValue";
    case "invalid_format":
      return "validation.wrongFormat";
    case "invalid_value":
    case "invalid_union":
      return issue.input === undefined || issue.input === null ? "validation.answerRequired" : "validation.unknownChoice";
    default:
      return "validation.invalidValue";
  }
}

z.config({ customError: catalogMessage });

export { z };
