"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ChangeEvent } from "react";
import { Field, fieldId, inputClass } from "@/components/forms/field";
import { localityName, lookupPostalCode } from "@/lib/reference/postal-codes/postal-codes";

/**
 * A labelled text input for the routing form (components/forms/field's Field) and, for a postal code, the place it stands for beside it ("Antwerpen, Flemish Region"), announced
 * with the field by screen readers.
 */
export function TextField({
  path,
  label,
  value,
  error,
  kind,
  onChange,
  onBlur,
}: {
  path: string;
  label: string;
  value: string;
  error: string | undefined;
  kind: "postalCode" | "share";
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const localityId = `${fieldId(path)}-locality`;
  const showsLocality = kind === "postalCode" && hasLocality(value);
  return (
    <Field path={path} label={label} error={error}>
      {(props) => (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <input
            {...props}
            aria-describedby={[props["aria-describedby"], showsLocality ? localityId : null].filter(Boolean).join(" ") || undefined}
            name={path}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
            onBlur={onBlur}
            className={`${inputClass} ${kind === "postalCode" ? "max-w-[7rem]" : "max-w-[6rem]"}`}
          />
          {showsLocality ? <Locality id={localityId} postalCode={value} /> : null}
        </div>
      )}
    </Field>
  );
}

function geographicEntry(postalCode: string) {
  const entry = lookupPostalCode(postalCode.trim());
  return entry?.geographic ? entry : undefined;
}

function hasLocality(postalCode: string): boolean {
  return geographicEntry(postalCode) !== undefined;
}

/** The main locality of a known geographic postal code, in the reader's language, with its region. */
function Locality({ id, postalCode }: { id: string; postalCode: string }) {
  const locale = useLocale();
  const t = useTranslations("whichRegion");
  const tRouting = useTranslations("routing");
  const entry = geographicEntry(postalCode);
  const main = entry?.localities[0];
  if (!entry || !main) return null;
  return (
    <span id={id} className="text-slate-700">
      {t("locality", { name: localityName(main.name, entry.region, locale), region: tRouting(`regions.${entry.region}`) })}
    </span>
  );
}
