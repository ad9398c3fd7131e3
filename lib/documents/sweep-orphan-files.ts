import { getDb } from "@/lib/db";
import { getStorage } from "@/lib/storage/get-storage";
import type { StoredObjectInfo } from "@/lib/storage/object-storage";

/**
 * Long enough that an upload still between its storage write and its row's insert (milliseconds,
 * in practice) is never taken for a leftover.
 */
export const ORPHAN_MIN_AGE_MS = 15 * 60 * 1000;

const BATCH = 200;

/**
 * Removes stored objects that no Document row names and that are older than `minAgeMs`: what a
 * crash between the storage write and the database commit (or a failed clean-up) leaves behind.
 * Answers how many it removed. Runs at start-up and then hourly (app/_server/).
 */
export async function sweepOrphanFiles({ now = new Date(), minAgeMs = ORPHAN_MIN_AGE_MS }: { now?: Date; minAgeMs?: number } = {}): Promise<number> {
  const storage = getStorage();
  const db = getDb();
  const cutoff = now.getTime() - minAgeMs;
  let removed = 0;
  let batch: StoredObjectInfo[] = [];

  const settle = async () => {
    const known = await db.document.findMany({ where: { storageKey: { in: batch.map((o) => o.key) } }, select: { storageKey: true } });
    const kept = new Set(known.map((d) => d.storageKey));
    for (const object of batch) {
      if (kept.has(object.key)) continue;
      await storage.delete(object.key);
      removed += 1;
    }
    batch = [];
  };

  for await (const object of storage.list("dossiers/")) {
    if (object.lastModified.getTime() > cutoff) continue;
    batch.push(object);
    if (batch.length >= BATCH) await settle();
  }
  if (batch.length > 0) await settle();
  return removed;
}
