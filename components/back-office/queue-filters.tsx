import { useTranslations } from "next-intl";
import { ApplicationStatus, PermitCategory } from "@/lib/generated/prisma/enums";
import type { QueueFilters } from "@/lib/applications/list-dossiers";
import { buttonClass, Choices, fieldsetClass, inputClass, legendClass } from "@/components/forms/field";

/**
 * The queue's filters as a form posted to `action` (which keeps them and shows the queue again):
 * posted, never sent in the address, and working without JavaScript.
 */
export function QueueFiltersForm({ action, filters }: { action: (formData: FormData) => Promise<void>; filters: QueueFilters }) {
  const t = useTranslations();
  const checkboxes = ["dueWithinWeek", "overdue", "assignedToMe"] as const;
  return (
    <form action={action} className={fieldsetClass}>
      <fieldset>
        <legend className={legendClass}>{t("backOffice.queue.filters")}</legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="queue-status" className="mb-1 block font-semibold">
              {t("backOffice.queue.status")}
            </label>
            <select id="queue-status" name="status" defaultValue={filters.status ?? ""} className={inputClass}>
              <Choices prompt={t("backOffice.queue.any")} options={Object.values(ApplicationStatus).filter((status) => status !== "DRAFT").map((status) => ({ value: status, label: t(`statuses.${status}`) }))} />
            </select>
          </div>
          <div>
            <label htmlFor="queue-category" className="mb-1 block font-semibold">
              {t("backOffice.queue.category")}
            </label>
            <select id="queue-category" name="category" defaultValue={filters.category ?? ""} className={inputClass}>
              <Choices prompt={t("backOffice.queue.any")} options={Object.values(PermitCategory).map((category) => ({ value: category, label: t(`categories.${category}`) }))} />
            </select>
          </div>
        </div>
        <div className="my-4 flex flex-wrap gap-x-6 gap-y-2">
          {checkboxes.map((name) => (
            <label key={name} className="flex items-center gap-2">
              <input type="checkbox" name={name} value="on" defaultChecked={filters[name] === true} className="h-5 w-5" />
              <span>{t(`backOffice.queue.${name}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={buttonClass}>
        {t("backOffice.queue.apply")}
      </button>
    </form>
  );
}
