import * as z from "@/lib/forms/zod-mini";
import { dayBoundProblem } from "@/lib/forms/plausible";
import { isRealDay, type IsoDay } from "@/lib/dates";
import { PermitCategory, Region } from "@/lib/generated/prisma/enums";

/** The events a term runs from, as `POST /api/v1/deadlines` and the dossiers name them (issue 10, item 6). */
export const DEADLINE_EVENTS = [
  "APPLICATION_RECEIVED",
  "ADDITIONAL_INFORMATION_REQUEST_NOTIFIED",
  "DECLARED_ADMISSIBLE",
  "INADMISSIBILITY_DECISION_NOTIFIED",
  "WORK_PART_REFUSAL_NOTIFIED",
  "MINISTER_APPEAL_REJECTED_NOTIFIED",
  "RESIDENCE_REFUSAL_NOTIFIED",
] as const;

export type DeadlineEvent = (typeof DEADLINE_EVENTS)[number];

/** The events whose terms differ per region (the admissibility term, the minister to appeal to). */
export const EVENTS_NEEDING_REGION: readonly DeadlineEvent[] = ["APPLICATION_RECEIVED", "WORK_PART_REFUSAL_NOTIFIED"];
/** The event whose term differs per category, and whose directive clock runs from submission. */
export const EVENTS_NEEDING_CATEGORY_AND_SUBMISSION: readonly DeadlineEvent[] = ["DECLARED_ADMISSIBLE"];

/** The first day terms are known for: the start of the combined-permit procedure [S30]. */
export const FIRST_TERM_DAY: IsoDay = "2019-01-01";

/** Message keys under `deadlines.errors`, one per field, at the field's own path. */
export const DEADLINE_ERRORS = {
  invalidJson: "deadlines.errors.invalidJson",
  tooLarge: "deadlines.errors.tooLarge",
  expectedObject: "deadlines.errors.expectedObject",
  event: "deadlines.errors.event",
  eventDate: "deadlines.errors.eventDate",
  eventDateTooEarly: "deadlines.errors.eventDateTooEarly",
  region: "deadlines.errors.region",
  category: "deadlines.errors.category",
  submissionDate: "deadlines.errors.submissionDate",
  submissionAfterAdmissibility: "deadlines.errors.submissionAfterAdmissibility",
} as const;

const day = (message: string) =>
  z.string({ error: message }).check(
    z.trim(),
    z.refine((value) => isRealDay(value) && dayBoundProblem(value) === null, { error: message }),
  );

/**
 * What a term is asked for: the event and its day, and the region, category and submission day
 * where the event's terms depend on them (a missing one is an error at its field). Values the
 * event does not use are ignored, so that the page's form may post them all.
 */
export const deadlineRequestSchema = z
  .object(
    {
      event: z.enum(DEADLINE_EVENTS, { error: DEADLINE_ERRORS.event }),
      eventDate: day(DEADLINE_ERRORS.eventDate),
      region: z.nullish(z.enum(Region, { error: DEADLINE_ERRORS.region })),
      category: z.nullish(z.enum(PermitCategory, { error: DEADLINE_ERRORS.category })),
      submissionDate: z.nullish(day(DEADLINE_ERRORS.submissionDate)),
    },
    { error: DEADLINE_ERRORS.expectedObject },
  )
  .check(
    z.superRefine(
      (value, ctx) => {
        // Runs beside the fields' own errors (see `when`): each value may be missing or wrong.
        const eventDate = typeof value.eventDate === "string" && isRealDay(value.eventDate) ? value.eventDate : null;
        const event = (DEADLINE_EVENTS as readonly unknown[]).includes(value.event) ? (value.event as DeadlineEvent) : null;
        if (eventDate !== null && eventDate < FIRST_TERM_DAY) {
          ctx.addIssue({ code: "custom", path: ["eventDate"], message: DEADLINE_ERRORS.eventDateTooEarly });
        }
        if (event === null) return;
        if (EVENTS_NEEDING_REGION.includes(event) && (value.region === null || value.region === undefined)) {
          ctx.addIssue({ code: "custom", path: ["region"], message: DEADLINE_ERRORS.region });
        }
        if (EVENTS_NEEDING_CATEGORY_AND_SUBMISSION.includes(event)) {
          if (value.category === null || value.category === undefined) ctx.addIssue({ code: "custom", path: ["category"], message: DEADLINE_ERRORS.category });
          if (value.submissionDate === null || value.submissionDate === undefined) {
            ctx.addIssue({ code: "custom", path: ["submissionDate"], message: DEADLINE_ERRORS.submissionDate });
          } else if (eventDate !== null && typeof value.submissionDate === "string" && value.submissionDate > eventDate) {
            ctx.addIssue({ code: "custom", path: ["submissionDate"], message: DEADLINE_ERRORS.submissionAfterAdmissibility });
          }
        }
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value) },
    ),
  );

export type DeadlineRequest = z.input<typeof deadlineRequestSchema>;

/** What a form post carries: FormData, or anything with its `get`. */
interface FormFields {
  get(name: string): unknown;
}

/** The page's form post as the schema's input: text trimmed, empty answers left out (so the schema says they are missing). */
export function deadlineRequestFromForm(form: FormFields): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  return { event: text("event"), eventDate: text("eventDate"), region: text("region"), category: text("category"), submissionDate: text("submissionDate") };
}

/** The form's fields as the browser holds them: strings, empty while unanswered. */
export interface DeadlineFormValues {
  event: string;
  eventDate: string;
  region: string;
  category: string;
  submissionDate: string;
}

/**
 * The page's form as react-hook-form checks it in the browser: the request schema over the form's
 * strings, an empty one being unanswered, exactly as the server action reads the post.
 */
export const deadlineFormSchema = z.pipe(
  z.transform((values: DeadlineFormValues) => {
    // Anything but an object (a broken client's null) has no answers: the schema then says what is missing.
    const given: unknown = values;
    return deadlineRequestFromForm({ get: (name) => (typeof given === "object" && given !== null ? (given as Record<string, unknown>)[name] : undefined) });
  }),
  deadlineRequestSchema,
);
