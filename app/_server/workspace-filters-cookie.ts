import "server-only";
import { workspaceFiltersSchema } from "@/lib/workspace/workspace-filters";
import { filtersCookie } from "./filters-cookie";

export const WORKSPACE_FILTERS_COOKIE = "wib-workspace-filters";

/** The applicant's workspace search and filters (mandatary's and employer's home, and its CSV export). */
export const workspaceFiltersCookie = filtersCookie(WORKSPACE_FILTERS_COOKIE, workspaceFiltersSchema);
