import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertStorageKey, isStorageOutage, StorageUnavailableError, type ObjectStorage, type StoredObjectInfo } from "./object-storage";

/** Interrupted writes end in this suffix; they are never read, and the sweep removes them. */
const PARTIAL_SUFFIX = ".partial";

/**
 * Files on local disk under `root` (default `.data/uploads`). A write goes to a temporary file
 * beside the target and is renamed into place only once complete, so a reader never sees half a
 * file and a crash leaves only a `.partial` file, which `list` reports for the sweep.
 */
export class LocalDiskStorage implements ObjectStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, body: Readable): Promise<void> {
    const target = this.pathOf(key);
    const partial = `${target}.${randomUUID()}${PARTIAL_SUFFIX}`;
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await pipeline(body, createWriteStream(partial, { flags: "wx" }));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true }).catch(() => {});
      throw isStorageOutage(error, "disk") ? new StorageUnavailableError(error) : error;
    }
  }

  async get(key: string): Promise<Readable | null> {
    try {
      // Opened before answering, so that a missing file is a null here rather than a stream error later.
      const handle = await open(this.pathOf(key), "r");
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw isStorageOutage(error, "disk") ? new StorageUnavailableError(error) : error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(prefix: string): AsyncIterable<StoredObjectInfo> {
    const start = path.join(this.root, ...prefix.split("/").filter(Boolean));
    yield* this.walk(start);
  }

  private async *walk(dir: string): AsyncIterable<StoredObjectInfo> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        yield* this.walk(full);
      } else if (entry.isFile()) {
        const { mtime } = await stat(full);
        // A partial file is named after its target; reporting it under its own name lets the
        // sweep delete it (it never has a Document row).
        yield { key: path.relative(this.root, full).split(path.sep).join("/"), lastModified: mtime };
      }
    }
  }
}
