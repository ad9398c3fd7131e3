"use client";

import dynamic from "next/dynamic";
import type { ComponentProps, ComponentType } from "react";
import type { EligibilityStepForm, IdentityStepForm } from "./person-step-forms";
import type { ResidenceStepForm } from "./residence-step-form";
import type { WorkerStepForm } from "./worker-step-form";
import type { EmploymentStepForm } from "./employment-step-form";
import type { FeeStepForm } from "./fee-step-form";

/**
 * Each step's form in a chunk of its own: a step's page loads its form and schema and what they
 * need (the residence step's diplomatic-post rule, the employment step's routing preview), not the
 * other steps' (docs/decisions/first-load-js-measurement.md). The server still renders the form,
 * so it works before its JavaScript has loaded and without it.
 */
const forms = {
  residence: dynamic(() => import("./residence-step-form").then((module) => module.ResidenceStepForm)),
  worker: dynamic(() => import("./worker-step-form").then((module) => module.WorkerStepForm)),
  employment: dynamic(() => import("./employment-step-form").then((module) => module.EmploymentStepForm)),
  fee: dynamic(() => import("./fee-step-form").then((module) => module.FeeStepForm)),
  eligibility: dynamic(() => import("./person-step-forms").then((module) => module.EligibilityStepForm)),
  identity: dynamic(() => import("./person-step-forms").then((module) => module.IdentityStepForm)),
};

/** A step and its form's props. */
export type StepFormProps =
  | { step: "residence"; props: ComponentProps<typeof ResidenceStepForm> }
  | { step: "worker"; props: ComponentProps<typeof WorkerStepForm> }
  | { step: "employment"; props: ComponentProps<typeof EmploymentStepForm> }
  | { step: "fee"; props: ComponentProps<typeof FeeStepForm> }
  | { step: "eligibility"; props: ComponentProps<typeof EligibilityStepForm> }
  | { step: "identity"; props: ComponentProps<typeof IdentityStepForm> };

/** The form of one filing step (its props are those of the step's own form). */
export function StepForm({ step, props }: StepFormProps) {
  const Form = forms[step] as ComponentType<typeof props>;
  return <Form {...props} />;
}
