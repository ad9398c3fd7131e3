import { z } from "@/lib/forms/zod";
import { ApplicationStatus, Region } from "@/lib/generated/prisma/enums";

/** The longest search or client text kept: longer input is cut, not refused (a filter, not a form to fix). */
export const WORKSPACE_TEXT_MAX = 100;

// A search text goes into a query: control characters (a NUL would make PostgreSQL refuse it) are dropped.
const text = z.preprocess((value) => (typeof value === "string" ? value.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").trim().slice(0, WORKSPACE_TEXT_MAX) || undefined : undefined), z.string().optional());

/**
 * What an applicant's workspace (a mandatary's or an employer's home) is narrowed to: a search by
 * reference number or worker name, a client (its name or enterprise number), a status and a region.
 * Every filter is optional; they combine. Unknown or malformed values are dropped, never an error:
 * the schema reads the posted form and the cookie that keeps it alike.
 */
export const workspaceFiltersSchema = z.object({
  search: text,
  client: text,
  status: z.enum(ApplicationStatus).optional().catch(undefined),
  region: z.enum(Region).optional().catch(undefined),
});
export type WorkspaceFilters = z.infer<typeof workspaceFiltersSchema>;

/** Whether any filter narrows the list (the page then says so and offers to clear them). */
export function hasWorkspaceFilters(filters: WorkspaceFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
