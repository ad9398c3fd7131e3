import "server-only";
import { queueFiltersSchema } from "@/lib/applications/list-dossiers";
import { filtersCookie } from "@/app/_server/filters-cookie";

export const QUEUE_FILTERS_COOKIE = "wib-queue-filters";

/** The caseworker's queue filters, kept in their cookie by the filter action. */
export const queueFiltersCookie = filtersCookie(QUEUE_FILTERS_COOKIE, queueFiltersSchema);
