import type { ReactNode } from "react";

/** One line of a calculator's answer, inside a `<dl>`: what it is, and its value beside it on wider screens. */
export function AnswerRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="mb-2 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
