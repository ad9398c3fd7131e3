import "server-only";
import { cookies } from "next/headers";
import { queueFiltersSchema, type QueueFilters } from "@/lib/applications/list-dossiers";

export const QUEUE_FILTERS_COOKIE = "wib-queue-filters";

/** The filters the caseworker last chose for the queue; none when the cookie is absent or unreadable. */
export async function readQueueFilters(): Promise<QueueFilters> {
  const stored = (await cookies()).get(QUEUE_FILTERS_COOKIE)?.value;
  if (!stored) return {};
  try {
    return queueFiltersSchema.parse(JSON.parse(stored));
  } catch {
    return {};
  }
}
