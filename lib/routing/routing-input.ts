import * as z from "@/lib/forms/zod-mini";
import { boundedList, plainString } from "@/lib/forms/plausible";
import { postalCodeRegion } from "@/lib/reference/postal-codes/postal-code-regions";
import type { RoutingInput, RoutingPlace } from "./competent-region-rule";

/**
 * The input of the routing rule, validated the same way in the filing wizard and by the public
 * endpoint. Messages are message-catalog keys (messages/<locale>/routing.json, under "routing"),
 * so each reader sees them in their own language; paths are like `establishments.1.postalCode`.
 */

export const ROUTING_ERRORS = {
  /** For the endpoint: the request body is not JSON at all, so the schema never sees it. */
  invalidJson: "routing.errors.invalidJson",
  /** For the endpoint: the request body is over its size limit (with `{ maxKiB }`). */
  tooLarge: "routing.errors.tooLarge",
  expectedObject: "routing.errors.expectedObject",
  officeFormat: "routing.errors.officeFormat",
  listFormat: "routing.errors.listFormat",
  placeFormat: "routing.errors.placeFormat",
  tooManyPlaces: "routing.errors.tooManyPlaces",
  postalCodeRequired: "routing.errors.postalCodeRequired",
  postalCodeFormat: "routing.errors.postalCodeFormat",
  unknownPostalCode: "routing.errors.unknownPostalCode",
  nonGeographicPostalCode: "routing.errors.nonGeographicPostalCode",
  shareRequired: "routing.errors.shareRequired",
  shareWholeNumber: "routing.errors.shareWholeNumber",
  shareRange: "routing.errors.shareRange",
  sharesTotal: "routing.errors.sharesTotal",
  labelFormat: "routing.errors.labelFormat",
  noPlace: "routing.errors.noPlace",
} as const;

/** More units or places than any real employment has; it keeps a public request small. */
export const MAX_PLACES = 50;
/** The catalogs' routing.errors.labelFormat states this limit in words. */
const MAX_LABEL_LENGTH = 100;

/** The one thing wrong with a postal code, if any. */
function postalCodeProblem(code: string): string | undefined {
  if (code === "") return ROUTING_ERRORS.postalCodeRequired;
  if (!/^\d{4}$/.test(code)) return ROUTING_ERRORS.postalCodeFormat;
  // The compact lookup, not the full table: the browser validates with this very schema.
  const entry = postalCodeRegion(code);
  if (!entry) return ROUTING_ERRORS.unknownPostalCode;
  if (!entry.geographic) return ROUTING_ERRORS.nonGeographicPostalCode;
  return undefined;
}

/** A known geographic Belgian postal code: a place of work, or where the worker lives (their own application). */
export const postalCode = z.string({ error: (issue) => (issue.input === undefined ? ROUTING_ERRORS.postalCodeRequired : ROUTING_ERRORS.postalCodeFormat) }).check(
  z.trim(),
  z.superRefine((code, ctx) => {
    const problem = postalCodeProblem(code);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
);

const place = z.object(
  {
    postalCode,
    // Optional here; a list with more than one entry must give it for each (checked below). The
    // checks abort so that a bad share is not reported a second time as a wrong total.
    share: z.optional(
      z
        .number({ error: ROUTING_ERRORS.shareRequired })
        .check(
          z.int({ error: ROUTING_ERRORS.shareWholeNumber, abort: true }),
          z.minimum(1, { error: ROUTING_ERRORS.shareRange, abort: true }),
          z.maximum(100, { error: ROUTING_ERRORS.shareRange, abort: true }),
        ),
    ),
    label: z.optional(plainString(ROUTING_ERRORS.labelFormat).check(z.trim(), z.maxLength(MAX_LABEL_LENGTH, { error: ROUTING_ERRORS.labelFormat }))),
  },
  { error: ROUTING_ERRORS.placeFormat },
);

type PlaceInput = z.output<typeof place>;
const PLACE_TEXT_FIELDS: ReadonlySet<string> = new Set(["postalCode", "label"]);

// Missing lists mean "none": the wizard may leave out a section the employer does not have.
// The length first: 3,000 wrong entries give one error, not one per entry.
const places = z._default(boundedList(place, { max: MAX_PLACES, tooMany: ROUTING_ERRORS.tooManyPlaces, tooManyValues: { max: MAX_PLACES }, notAList: ROUTING_ERRORS.listFormat }), []);

function checkShares(list: PlaceInput[], key: "establishments" | "placesOfWork", ctx: z.core.$RefinementCtx): void {
  // Only a lone entry may leave out its share (it is then the whole working time).
  const missing = list.length > 1 ? list.flatMap((entry, i) => (entry.share === undefined ? [i] : [])) : [];
  for (const i of missing) ctx.addIssue({ code: "custom", path: [key, i, "share"], message: ROUTING_ERRORS.shareRequired });
  if (list.length === 0 || missing.length > 0) return;
  const total = list.reduce((sum, entry) => sum + (entry.share ?? 100), 0);
  if (total !== 100) ctx.addIssue({ code: "custom", path: [key], message: ROUTING_ERRORS.sharesTotal, params: { total } });
}

function withShares(list: PlaceInput[]): RoutingPlace[] {
  return list.map(({ share, label, postalCode: code }) => ({ postalCode: code, share: share ?? 100, ...(label ? { label } : {}) }));
}

const routingAnswers = z
  .object(
    {
      registeredOffice: z.nullish(z.object({ postalCode }, { error: ROUTING_ERRORS.officeFormat })),
      establishments: places,
      placesOfWork: places,
    },
    { error: ROUTING_ERRORS.expectedObject },
  )
  .check(
    z.superRefine(
      (value, ctx) => {
        checkShares(value.establishments, "establishments", ctx);
        checkShares(value.placesOfWork, "placesOfWork", ctx);
        if (!value.registeredOffice && value.establishments.length === 0 && value.placesOfWork.length === 0) {
          ctx.addIssue({ code: "custom", path: [], message: ROUTING_ERRORS.noPlace });
        }
      },
      // A bad postal code or label leaves the shares intact, so the filer also learns of a wrong total
      // at once; any other problem (wrong types, bad shares) leaves nothing sound to add up.
      { when: (payload) => payload.issues.every((issue) => PLACE_TEXT_FIELDS.has(String(issue.path?.[issue.path.length - 1]))) },
    ),
  );

export const routingInputSchema = z.pipe(
  routingAnswers,
  z.transform(
    (value: z.output<typeof routingAnswers>): RoutingInput => ({
      registeredOffice: value.registeredOffice ?? null,
      establishments: withShares(value.establishments),
      placesOfWork: withShares(value.placesOfWork),
    }),
  ),
);

