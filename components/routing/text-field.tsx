"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ChangeEvent } from "react";
import { Field, fieldId, inputClass } from "@/components/forms/field";
import type { Region } from "@/lib/generated/prisma/enums";
import { localityName, type LocalizedName } from "@/lib/reference/postal-codes/locality-name";
import { postalCodeRegion } from "@/lib/reference/postal-codes/postal-code-regions";
import type { LocalityOf } from "@/lib/routing/competent-region-rule";

/**
 * A labelled text input for the routing form (components/forms/field's Field) and, for a postal
 * code, the place it stands for beside it ("Antwerpen, Flemish Region"; the region alone until the
 * server has named the place), announced with the field by screen readers.
 */
export function TextField({
  path,
  label,
  value,
  error,
  kind,
  localityOf,
  onChange,
  onBlur,
}: {
  path: string;
  label: string;
  value: string;
  error: string | undefined;
  kind: "postalCode" | "share";
  /** For a postal code: the names of its locality, when known. */
  localityOf?: LocalityOf;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const localityId = `${fieldId(path)}-locality`;
  const found = kind === "postalCode" ? postalCodeRegion(value.trim()) : undefined;
  const region = found?.geographic ? found.region : undefined;
  return (
    <Field path={path} label={label} error={error}>
      {(props) => (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <input
            {...props}
            aria-describedby={[props["aria-describedby"], region ? localityId : null].filter(Boolean).join(" ") || undefined}
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
          {region ? <Locality id={localityId} region={region} name={localityOf?.(value.trim()) ?? {}} /> : null}
        </div>
      )}
    </Field>
  );
}

/** The main locality of a known geographic postal code, in the reader's language, with its region. */
function Locality({ id, region, name }: { id: string; region: Region; name: LocalizedName }) {
  const locale = useLocale();
  const t = useTranslations("whichRegion");
  const tRouting = useTranslations("routing");
  const regionName = tRouting(`regions.${region}`);
  return (
    <span id={id} className="text-slate-700">
      {Object.keys(name).length > 0 ? t("locality", { name: localityName(name, region, locale), region: regionName }) : regionName}
    </span>
  );
}
