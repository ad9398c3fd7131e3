import type { ChecklistExplanation } from "@/lib/checklist/explain-checklist";

/**
 * What the "What must I upload?" form shows after a post: what was entered (to fill the fields in
 * again), the translated errors per field, or the answer. `submission` counts the posts, so that
 * focus moves once per answer.
 */
export interface WhatToUploadState {
  submission: number;
  values: Record<string, string>;
  errors: { path: string; message: string }[];
  answer: ChecklistExplanation | null;
}

export const initialWhatToUploadState: WhatToUploadState = { submission: 0, values: {}, errors: [], answer: null };
