import type { Region, RoutingRule } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/locales";
import { parseInput } from "@/lib/errors/validation";
import { determineCompetentRegion } from "./competent-region";
import { formatRoutingReason } from "./format-reason";
import { routingInputSchema } from "./routing-input";

/** The answer of the public routing endpoint: the routing result with its reason in words. */
export interface CompetentRegionExplanation {
  region: Region | null;
  rule: RoutingRule;
  /** The tied regions when the rule is UNDETERMINED; empty otherwise. */
  candidates: Region[];
  /** Which rule applied and with which figures, in the translator's language. */
  reason: string;
}

/**
 * Which region handles an application with these routing details, and why (issue 3, item 4).
 *
 * `t` translates keys of the whole catalog (`routing.reason.tie`), like the route-handler wrapper's
 * translator: the reason is rendered with it scoped to the `routing` namespace. Bad input throws an
 * AppError VALIDATION whose field errors carry message keys (`routing.errors.*`) with their values,
 * at paths like `establishments.1.postalCode`; whoever shows them translates them, exactly as for
 * every other use case. Pure: no database, no session, nothing but the input.
 */
export function explainCompetentRegion(input: unknown, t: Translate): CompetentRegionExplanation {
  const routingInput = parseInput(routingInputSchema, input);
  const result = determineCompetentRegion(routingInput);
  const routingT: Translate = (key, values) => t(`routing.${key}`, values);
  return {
    region: result.region,
    rule: result.rule,
    candidates: result.candidates,
    reason: formatRoutingReason(result.reason, routingT),
  };
}
