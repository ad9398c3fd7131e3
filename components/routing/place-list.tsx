"use client";

import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { fieldId, fieldsetClass, legendClass } from "@/components/forms/field";
import { IntentButton } from "@/components/forms/intent-button";
import { addRowIntent, removeRowIntent } from "@/lib/forms/form-intent";
import type { LocalityOf } from "@/lib/routing/competent-region-rule";
import { enteredShareTotal, type PlaceList as ListName, type PlaceRow } from "./which-region-state";
import { TextField } from "./text-field";

/**
 * For the form's buttons: pressing one with the mouse does not first take focus from the field
 * being edited. Leaving a field can show its error and move the button down before the mouse is
 * released, and the click would be lost; the button's action moves focus itself.
 */
export const keepFocus = (event: MouseEvent) => event.preventDefault();

export const secondaryButtonClass = "rounded border-2 border-brand-600 bg-white px-4 py-1.5 font-semibold text-brand-700 hover:bg-brand-50";

/**
 * The establishment units or the places of work: one row per place with its postal code and share,
 * rows added and removed with buttons (posting the form to do so without JavaScript). The fieldset itself carries the list's own error (a wrong
 * total), so the error summary can link to it.
 */
export function PlaceList({
  list,
  rows,
  errorFor,
  localityOf,
  onChange,
  onBlur,
  onAdd,
  onRemove,
}: {
  list: ListName;
  rows: PlaceRow[];
  errorFor: (path: string) => string | undefined;
  localityOf: LocalityOf;
  onChange: (index: number, field: "postalCode" | "share", value: string) => void;
  onBlur: (index: number, field: "postalCode" | "share") => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations("whichRegion");
  const id = fieldId(list);
  const error = errorFor(list);
  const total = enteredShareTotal(rows);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
      className={`${fieldsetClass} ${error ? "border-l-4 border-l-danger-600" : ""}`}
    >
      <legend className={legendClass}>{t(`${list}.legend`)}</legend>
      <p id={`${id}-hint`} className="mb-3 max-w-3xl text-slate-700">
        {t(`${list}.hint`)}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mb-3 font-semibold text-danger-600">
          {error}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="mb-3 italic">{t(`${list}.none`)}</p>
      ) : (
        <ol className="mb-4 space-y-3">
          {rows.map((row, index) => {
            const number = index + 1;
            return (
              <li key={row.key} className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded bg-slate-50 p-3">
                <TextField
                  kind="postalCode"
                  localityOf={localityOf}
                  path={`${list}.${index}.postalCode`}
                  label={t(`${list}.postalCode`, { number })}
                  value={row.postalCode}
                  error={errorFor(`${list}.${index}.postalCode`)}
                  onChange={(value) => onChange(index, "postalCode", value)}
                  onBlur={() => onBlur(index, "postalCode")}
                />
                <TextField
                  kind="share"
                  path={`${list}.${index}.share`}
                  label={t(`${list}.share`, { number })}
                  value={row.share}
                  error={errorFor(`${list}.${index}.share`)}
                  onChange={(value) => onChange(index, "share", value)}
                  onBlur={() => onBlur(index, "share")}
                />
                <IntentButton intent={removeRowIntent(list, index)} onClick={() => onRemove(index)} onMouseDown={keepFocus} className={secondaryButtonClass}>
                  {t(`${list}.remove`, { number })}
                </IntentButton>
              </li>
            );
          })}
        </ol>
      )}
      {total !== undefined ? <p className="mb-3 font-semibold">{t("sharesTotal", { total })}</p> : null}
      <IntentButton intent={addRowIntent(list)} id={`${id}-add`} onClick={onAdd} onMouseDown={keepFocus} className={secondaryButtonClass}>
        {t(`${list}.add`)}
      </IntentButton>
    </fieldset>
  );
}
