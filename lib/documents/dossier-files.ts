import { randomUUID } from "node:crypto";
import { getStorage } from "@/lib/storage/get-storage";

/** Every stored file of a dossier sits under its prefix, so a deleted draft's files can be found. */
export function dossierPrefix(applicationId: string): string {
  return `dossiers/${applicationId.toLowerCase()}/`;
}

/** A new, unguessable key for one upload: never derived from the user's file name. */
export function newStorageKey(applicationId: string): string {
  return `${dossierPrefix(applicationId)}${randomUUID()}`;
}

/**
 * Removes every stored object of a dossier whose rows are gone (a deleted draft). Call after the
 * deletion has committed; what a failure here leaves behind has no row, so the sweep takes it.
 */
export async function deleteStoredFilesOfDossier(applicationId: string): Promise<void> {
  const storage = getStorage();
  for await (const object of storage.list(dossierPrefix(applicationId))) await storage.delete(object.key);
}
