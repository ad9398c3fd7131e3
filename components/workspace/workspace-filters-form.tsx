import { useTranslations } from "next-intl";
import { ApplicationStatus, Region } from "@/lib/generated/prisma/enums";
import { WORKSPACE_TEXT_MAX, type WorkspaceFilters } from "@/lib/workspace/workspace-filters";
import { buttonClass, Choices, fieldsetClass, inputClass, legendClass } from "@/components/forms/field";

type FormAction = (formData: FormData) => Promise<void>;

/**
 * The workspace's search and filters as a form posted to `action` (which keeps them in a cookie
 * and shows the list again from its first page): posted, never sent in the address, and working
 * without JavaScript. `clear` forgets them. The client field is shown to those with clients.
 */
export function WorkspaceFiltersForm({ action, clear, filters, showClient }: { action: FormAction; clear: FormAction; filters: WorkspaceFilters; showClient: boolean }) {
  const t = useTranslations();
  return (
    <form action={action} className={fieldsetClass}>
      <fieldset>
        <legend className={legendClass}>{t("workspace.filters.legend")}</legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          <TextFilter name="search" label={t("workspace.filters.search")} value={filters.search} />
          {showClient ? <TextFilter name="client" label={t("workspace.filters.client")} value={filters.client} /> : null}
          <div>
            <label htmlFor="workspace-status" className="mb-1 block font-semibold">
              {t("workspace.filters.status")}
            </label>
            <select id="workspace-status" name="status" defaultValue={filters.status ?? ""} className={inputClass}>
              <Choices prompt={t("workspace.filters.any")} options={Object.values(ApplicationStatus).map((status) => ({ value: status, label: t(`statuses.${status}`) }))} />
            </select>
          </div>
          <div>
            <label htmlFor="workspace-region" className="mb-1 block font-semibold">
              {t("workspace.filters.region")}
            </label>
            <select id="workspace-region" name="region" defaultValue={filters.region ?? ""} className={inputClass}>
              <Choices prompt={t("workspace.filters.any")} options={Object.values(Region).map((region) => ({ value: region, label: t(`routing.regions.${region}`) }))} />
            </select>
          </div>
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass}>
          {t("workspace.filters.apply")}
        </button>
        <button type="submit" formAction={clear} className="rounded border-2 border-brand-600 px-5 py-2 font-semibold text-brand-700 hover:bg-brand-100">
          {t("workspace.filters.clear")}
        </button>
      </div>
    </form>
  );
}

function TextFilter({ name, label, value }: { name: "search" | "client"; label: string; value: string | undefined }) {
  return (
    <div>
      <label htmlFor={`workspace-${name}`} className="mb-1 block font-semibold">
        {label}
      </label>
      <input id={`workspace-${name}`} name={name} type="search" maxLength={WORKSPACE_TEXT_MAX} defaultValue={value ?? ""} className={inputClass} />
    </div>
  );
}
