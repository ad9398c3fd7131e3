import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/routing.json";
import nl from "@/messages/nl/routing.json";
import { AppError } from "@/lib/errors/app-error";
import type { Translate } from "@/lib/i18n/locales";
import { explainCompetentRegion } from "./explain-competent-region";
import { ROUTING_ERRORS } from "./routing-input";

const rootTranslator = (locale: "en" | "nl", routing: typeof en): Translate =>
  createTranslator({ locale, messages: { routing } as Messages }) as unknown as Translate;

function validationErrorOf(input: unknown): AppError {
  try {
    explainCompetentRegion(input, rootTranslator("en", en));
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a validation error");
}

describe("explainCompetentRegion", () => {
  it("answers the region, the rule, the candidates and the reason in the translator's language", () => {
    const input = { registeredOffice: null, establishments: [{ postalCode: "2000", share: 60 }, { postalCode: "1000", share: 40 }], placesOfWork: [] };
    expect(explainCompetentRegion(input, rootTranslator("en", en))).toEqual({
      region: "FLEMISH_REGION",
      rule: "ESTABLISHMENT_UNIT",
      candidates: [],
      reason:
        "The worker is mainly employed in the Flemish Region: 60% of working time in the Flemish Region (Antwerpen 60%) against 40% in the Brussels-Capital Region (Bruxelles 40%).",
    });
    expect(explainCompetentRegion(input, rootTranslator("nl", nl)).reason).toMatch(/^De werknemer wordt hoofdzakelijk tewerkgesteld in het Vlaams Gewest/);
  });

  it("gives the tied regions as candidates when the rules cannot decide", () => {
    const input = { establishments: [{ postalCode: "4700", share: 50 }, { postalCode: "4000", share: 50 }] };
    expect(explainCompetentRegion(input, rootTranslator("en", en))).toMatchObject({
      region: null,
      rule: "UNDETERMINED",
      candidates: ["WALLOON_REGION", "GERMAN_SPEAKING_COMMUNITY"],
    });
  });

  it("throws one VALIDATION field error per problem, with message keys and their values", () => {
    const error = validationErrorOf({ establishments: [{ postalCode: "2000", share: 60 }, { postalCode: "9999", share: 30 }] });
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual([
      { path: "establishments.1.postalCode", message: ROUTING_ERRORS.unknownPostalCode },
      { path: "establishments", message: ROUTING_ERRORS.sharesTotal, values: { total: 90 } },
    ]);
    expect(validationErrorOf([]).fieldErrors).toEqual([{ path: "", message: ROUTING_ERRORS.expectedObject }]);
  });
});
