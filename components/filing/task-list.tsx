import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { StepStatus } from "@/lib/filing/task-list";
import type { FilingStep, PersonFilingStep } from "@/lib/filing/steps";

const tagClass: Record<StepStatus, string> = {
  CANNOT_START_YET: "bg-slate-100 text-slate-700",
  NOT_STARTED: "bg-brand-50 text-brand-700",
  IN_PROGRESS: "bg-amber-100 text-amber-900",
  COMPLETED: "bg-green-100 text-green-900",
};

/**
 * The draft's steps with their status (the organisation's filing or the person's own) (GOV.UK task list): a step that can start links to its page,
 * with the status in the link's accessible name; one that cannot start yet is plain text.
 */
export function TaskList({ tasks, hrefOf }: { tasks: { step: FilingStep | PersonFilingStep; status: StepStatus }[]; hrefOf: Record<string, string> }) {
  const t = useTranslations("filing");
  const completed = tasks.filter((task) => task.status === "COMPLETED").length;
  // The check step is never "completed" on a draft: it ends in the submission.
  const total = tasks.length - 1;
  return (
    <section aria-labelledby="task-list-title" className="mb-8">
      <h2 id="task-list-title" className="mb-2 text-2xl font-semibold">
        {t("taskList.title")}
      </h2>
      <p className="mb-2">{t("taskList.intro")}</p>
      <p className="mb-4 font-semibold">{t("taskList.progress", { completed, total })}</p>
      <ol className="border-t border-slate-300">
        {tasks.map(({ step, status }) => {
          const tag = (
            <strong id={`task-${step}-status`} className={`rounded px-2 py-1 text-sm font-semibold ${tagClass[status]}`}>
              {t(`taskList.statuses.${status}`)}
            </strong>
          );
          return (
            <li key={step} className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-300 py-3">
              {status === "CANNOT_START_YET" ? (
                <span>{t(`steps.${step}`)}</span>
              ) : (
                <Link href={hrefOf[step]!} aria-describedby={`task-${step}-status`} className="font-semibold text-brand-600 underline">
                  {t(`steps.${step}`)}
                </Link>
              )}
              {tag}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
