"use client";

import { useActionState, useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { useLocale, useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/locales";
import { ErrorSummary, type SummaryError } from "@/components/forms/error-summary";
import { buttonClass, fieldId, fieldsetClass, legendClass } from "@/components/forms/field";
import { DefaultSubmit } from "@/components/forms/intent-button";
import { useHydrated } from "@/components/forms/use-hydrated";
import type { FieldError } from "@/lib/errors/app-error";
import { PlaceList, keepFocus } from "./place-list";
import { RoutingResult } from "./routing-result";
import { TextField } from "./text-field";
import { useLocalityNames } from "./use-locality-names";
import {
  askCompetentRegion,
  emptyRow,
  evaluate,
  initialWhichRegionFormState,
  inputKey,
  isErrorVisible,
  postalCodesOf,
  showsPlacesOfWork,
  toRoutingInput,
  type OfficeChoice,
  type PlaceList as ListName,
  type LocalityNamesAction,
  type PlaceRow,
  type ServerReply,
  type WhichRegionFormState,
  type WhichRegionState,
} from "./which-region-state";

/** The page's server action, answering a post of the form without JavaScript. */
export type WhichRegionAction = (previous: WhichRegionFormState, formData: FormData) => Promise<WhichRegionFormState>;

/** A submission: the input it was for (inputKey), and the endpoint's reply once it came (null before). */
interface Submission {
  key: string;
  reply: ServerReply | null;
}

/**
 * The public "Which region handles my application?" form. As the visitor types, a preview is
 * computed in the browser with the routing rule and schema the public endpoint uses. Submitting
 * sends the details to that endpoint (POST /api/v1/routing/competent-region), whose answer then
 * takes the preview's place until the details change; its errors go to the fields and the
 * summary, and a failure to reach it is said without losing anything entered. Client-side errors
 * are shown without asking the endpoint: it would say the same. Errors show once a field has been
 * left, or all at once (with the summary) on submission.
 *
 * The preview names places after the server's answer to localityNames, asked as codes are typed
 * (by postal code until it comes).
 *
 * Without JavaScript the form posts to `action`, which answers the same way (its reply comes from
 * the endpoint's own use case) and renders the page again with it; the lists' buttons post too,
 * and the questions that depend on an answer are all shown.
 */
export function WhichRegionForm({ action, localityNames }: { action: WhichRegionAction; localityNames: LocalityNamesAction }) {
  const t = useTranslations() as unknown as Translate;
  const w = useTranslations("whichRegion");
  const locale = useLocale();
  const hydrated = useHydrated();
  // Changes only on a post without JavaScript: the page then starts from what was posted.
  const [posted, formAction] = useActionState(action, initialWhichRegionFormState);
  const [state, setState] = useState<WhichRegionState>(posted.form);
  const [submitted, setSubmitted] = useState(posted.submitted);
  const [submission, setSubmission] = useState<Submission | null>(posted.reply ? { key: inputKey(posted.form), reply: posted.reply } : null);
  // Only the latest submission's reply is shown: an earlier one may arrive after it.
  const latestRequest = useRef(0);
  const translated = (errors: FieldError[]) => errors.map((e) => ({ path: e.path, message: t(e.message, e.values) }));
  const toSummary = (errors: { path: string; message: string }[]): SummaryError[] =>
    errors.map((e) => ({ ...(e.path ? { fieldId: fieldId(e.path) } : {}), message: e.message }));
  // A snapshot taken on submission (and on the endpoint's refusal), so that it does not change
  // while the visitor types; it takes focus each time `summaryShown` counts a new one.
  const [summary, setSummary] = useState<SummaryError[]>(() =>
    posted.submitted ? toSummary(posted.reply?.status === "rejected" ? posted.reply.errors : translated(evaluate(posted.form).errors)) : [],
  );
  const [summaryShown, setSummaryShown] = useState(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const localityOf = useLocalityNames(postalCodesOf(state), posted.localities, localityNames);

  const evaluation = evaluate(state, localityOf);
  const key = inputKey(state);
  // The endpoint's reply counts only for the input it was given: an edit brings the preview back.
  const current = submission?.key === key ? submission : null;
  const serverErrors = current?.reply?.status === "rejected" ? current.reply.errors : [];
  const visibleErrors = evaluation.errors.filter((error) => isErrorVisible(error, state, submitted));
  const errorFor = (path: string) => {
    const server = serverErrors.find((e) => e.path === path);
    if (server) return server.message;
    const error = visibleErrors.find((e) => e.path === path);
    return error ? t(error.message, error.values) : undefined;
  };
  const placesOfWork = showsPlacesOfWork(state);

  const updateRows = (list: ListName, update: (rows: PlaceRow[]) => PlaceRow[]) => setState((s) => ({ ...s, [list]: update(s[list]) }));
  // Focus goes to a field that this very change draws (or to the add button when a row goes), so
  // the change is rendered first.
  const updateRowsThenFocus = (list: ListName, update: (rows: PlaceRow[]) => PlaceRow[], focusId: string) => {
    flushSync(() => updateRows(list, update));
    document.getElementById(focusId)?.focus();
  };
  const listHandlers = (list: ListName) => ({
    onChange: (index: number, field: "postalCode" | "share", value: string) =>
      updateRows(list, (rows) => rows.map((row, i) => (i === index ? { ...row, [field]: value } : row))),
    onBlur: (index: number, field: "postalCode" | "share") =>
      updateRows(list, (rows) => rows.map((row, i) => (i === index ? { ...row, touched: { ...row.touched, [field]: true } } : row))),
    onAdd: () => {
      const index = state[list].length;
      // A key only has to differ from those of the rows on screen; taken from the rows themselves,
      // the updater stays pure (React may run it twice).
      updateRowsThenFocus(list, (rows) => [...rows, emptyRow(Math.max(-1, ...rows.map((row) => row.key)) + 1)], fieldId(`${list}.${index}.postalCode`));
    },
    onRemove: (index: number) =>
      updateRowsThenFocus(list, (rows) => rows.filter((_, i) => i !== index), `${fieldId(list)}-add`),
  });

  const chooseOffice = (choice: OfficeChoice) => setState((s) => ({ ...s, officeChoice: choice }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const errors = toSummary(translated(evaluation.errors));
    setSummary(errors);
    setSummaryShown((n) => n + 1);
    if (errors.length > 0) return;
    resultHeading.current?.focus();
    const request = ++latestRequest.current;
    setSubmission({ key, reply: null });
    void askCompetentRegion(toRoutingInput(state), locale).then((reply) => {
      if (request !== latestRequest.current) return;
      setSubmission({ key, reply });
      if (reply.status === "rejected") {
        setSummary(toSummary(reply.errors));
        setSummaryShown((n) => n + 1);
      }
    });
  };

  const officeError = errorFor("registeredOffice");
  const officeId = fieldId("registeredOffice");

  return (
    <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
      <form action={formAction} onSubmit={onSubmit} noValidate aria-label={w("title")}>
        <DefaultSubmit />
        <ErrorSummary errors={summary} submission={summaryShown} />

        <fieldset aria-describedby={officeError ? `${officeId}-error` : undefined} className={`${fieldsetClass} ${officeError ? "border-l-4 border-l-danger-600" : ""}`}>
          <legend className={legendClass}>{w("office.legend")}</legend>
          {officeError ? (
            <p id={`${officeId}-error`} className="mb-2 font-semibold text-danger-600">
              {officeError}
            </p>
          ) : null}
          <div className="mb-2 flex items-center gap-2">
            <input
              type="radio"
              id={officeId}
              name="officeChoice"
              value="belgium"
              checked={state.officeChoice === "belgium"}
              onChange={() => chooseOffice("belgium")}
              className="h-5 w-5"
            />
            <label htmlFor={officeId}>{w("office.inBelgium")}</label>
          </div>
          {state.officeChoice === "belgium" || !hydrated ? (
            <div className="mb-3 ml-3 border-l-4 border-slate-300 pl-5">
              <TextField
                kind="postalCode"
                localityOf={localityOf}
                path="registeredOffice.postalCode"
                label={w("office.postalCode")}
                value={state.officePostalCode}
                error={errorFor("registeredOffice.postalCode")}
                onChange={(value) => setState((s) => ({ ...s, officePostalCode: value }))}
                onBlur={() => setState((s) => ({ ...s, officeTouched: true }))}
              />
            </div>
          ) : null}
          <div className="flex items-center gap-2">
            <input
              type="radio"
              id={`${officeId}-none`}
              name="officeChoice"
              value="none"
              checked={state.officeChoice === "none"}
              onChange={() => chooseOffice("none")}
              className="h-5 w-5"
            />
            <label htmlFor={`${officeId}-none`}>{w("office.notInBelgium")}</label>
          </div>
        </fieldset>

        <PlaceList list="establishments" rows={state.establishments} errorFor={errorFor} localityOf={localityOf} {...listHandlers("establishments")} />
        {placesOfWork ? <PlaceList list="placesOfWork" rows={state.placesOfWork} errorFor={errorFor} localityOf={localityOf} {...listHandlers("placesOfWork")} /> : null}
        {errorFor("") ? <p className="mb-4 font-semibold text-danger-600">{errorFor("")}</p> : null}

        <button type="submit" onMouseDown={keepFocus} className={buttonClass}>
          {w("submit")}
        </button>
      </form>

      <div className="lg:sticky lg:top-4 lg:self-start">
        <RoutingResult evaluation={evaluation} reply={current ? (current.reply ?? "sending") : null} headingRef={resultHeading} />
      </div>
    </div>
  );
}
