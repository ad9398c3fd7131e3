import { config, type core } from "zod/mini";

/**
 * zod as every schema the browser runs imports it: zod/mini, the same zod 4 with a functional API
 * (`z.string().check(z.trim(), z.maxLength(100))`) that a bundler can tree-shake, so a page ships
 * only the schema kinds and checks it uses (the classic build's methods ship whole: ~30 KiB
 * gzipped; docs/decisions/first-load-js-measurement.md). The server parses with these very schema
 * objects.
 *
 * This module also installs the portal's error map, which turns each issue no schema gave a
 * message for (a number where text was expected, an unknown choice, an object where a list was
 * expected, …) into a message-catalog key (messages/<locale>/portal.json, `validation.*`), so a
 * reader never gets zod's default English. A message a schema gives itself still wins: zod asks a
 * schema's own `error` first and this map only after it. The configuration is zod core's, global
 * to both builds: schemas import zod from here (or, on the server only, the classic build from
 * ./zod), never from "zod", so the browser (react-hook-form's resolver) and the server judge
 * alike. Lint rules keep it so (eslint.config.mjs).
 */

/** The catalog key for an issue a schema did not give a message for. */
export function catalogMessage(issue: core.$ZodRawIssue): string {
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

config({ customError: catalogMessage });

// Imported as a namespace (`import * as z from "@/lib/forms/zod-mini"`), never as one object: a
// bundler drops the parts a page does not use only when every use is a static `z.something`.
export * from "zod/mini";
