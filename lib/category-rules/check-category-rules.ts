import { addDays, addMonths, type IsoDay } from "@/lib/dates";
import type { FieldError } from "@/lib/errors/app-error";
import type { PermitCategory, Region, SalaryPeriod } from "@/lib/generated/prisma/enums";
import { blueCardContractRuleFor } from "./blue-card-contract";
import { salaryThresholdFor } from "./salary-thresholds";

/**
 * The rules of a permit category that the competent region applies (REFERENCE.md §3, §6): the
 * minimum gross salary for the region, category and year, and the EU Blue Card's shortest
 * contract. Messages are catalog keys under `checklist.problems` / `checklist.notices`; amounts are
 * in euros for the catalog's currency format.
 */
export interface CategoryRulesInput {
  region: Region;
  category: PermitCategory;
  /** The worker's age decides the Flemish and Walloon under-30 rate. */
  workerBirthDate: IsoDay;
  grossSalaryCents: number | null;
  salaryPeriod: SalaryPeriod | null;
  employmentStartDate: IsoDay | null;
  /** null = open-ended. */
  employmentEndDate: IsoDay | null;
  /** Wallonia's reduced Blue Card rate for under 3 years of experience, when the filer claims it. */
  juniorBlueCard?: boolean;
}

export interface CategoryRulesResult {
  /** What stops the submission, per field. */
  problems: FieldError[];
  /** What could not be checked and why (no blocking). */
  notices: FieldError[];
  /** The dated rows that judged the dossier. */
  ruleIds: string[];
}

export function checkCategoryRules(input: CategoryRulesInput, day: IsoDay): CategoryRulesResult {
  const problems: FieldError[] = [];
  const notices: FieldError[] = [];
  const ruleIds: string[] = [];

  const under30 = day < addMonths(input.workerBirthDate, 30 * 12);
  const threshold = salaryThresholdFor(input.region, input.category, day, { under30, juniorBlueCard: input.juniorBlueCard });
  if (threshold.status === "unknown") {
    const { lastKnown } = threshold;
    notices.push({
      path: "grossSalaryCents",
      message: lastKnown ? "checklist.notices.noSalaryThresholdLastKnown" : "checklist.notices.noSalaryThreshold",
      values: { year: Number(day.slice(0, 4)), ...(lastKnown ? { lastYear: Number(lastKnown.validFrom.slice(0, 4)), amount: lastKnown.amountCents / 100 } : {}) },
    });
  } else if (threshold.status === "found") {
    const { row } = threshold;
    ruleIds.push(row.id);
    const perMonth = row.period === "MONTHLY";
    if (input.salaryPeriod !== row.period) {
      problems.push({ path: "salaryPeriod", message: perMonth ? "checklist.problems.salaryPerMonth" : "checklist.problems.salaryPerYear" });
    } else if (input.grossSalaryCents === null) {
      problems.push({ path: "grossSalaryCents", message: "checklist.problems.salaryRequired" });
    } else if (input.grossSalaryCents < row.amountCents) {
      problems.push({
        path: "grossSalaryCents",
        message: perMonth ? "checklist.problems.salaryBelowMonthlyThreshold" : "checklist.problems.salaryBelowAnnualThreshold",
        values: { minimum: row.amountCents / 100, year: Number(row.validFrom.slice(0, 4)) },
      });
    }
  }

  if (input.category === "EU_BLUE_CARD") {
    const contract = blueCardContractRuleFor(input.region, day);
    if (contract) {
      ruleIds.push(contract.id);
      // A contract of N months runs from its first day to the day before the same date N months on.
      const lastDayNeeded = input.employmentStartDate ? addDays(addMonths(input.employmentStartDate, contract.minimumMonths), -1) : null;
      if (lastDayNeeded && input.employmentEndDate !== null && input.employmentEndDate < lastDayNeeded) {
        problems.push({ path: "employmentEndDate", message: "checklist.problems.blueCardContractTooShort", values: { months: contract.minimumMonths } });
      }
    }
  }
  return { problems, notices, ruleIds };
}
