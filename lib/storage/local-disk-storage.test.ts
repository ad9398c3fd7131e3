import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalDiskStorage } from "./local-disk-storage";

let root: string;
let storage: LocalDiskStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "wib-storage-"));
  storage = new LocalDiskStorage(root);
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function all(prefix: string) {
  const keys: string[] = [];
  for await (const object of storage.list(prefix)) keys.push(object.key);
  return keys.sort();
}

/** A body that sends some bytes and then fails, as a dropped connection does. */
function failingBody(): Readable {
  return Readable.from(
    (async function* () {
      yield Buffer.from("%PDF-1.4 the first part arrives");
      throw new Error("connection reset");
    })(),
  );
}

describe("local disk storage", () => {
  it("stores, lists, reads back and deletes", async () => {
    await storage.put("dossiers/a/1", Readable.from([Buffer.from("hello "), Buffer.from("world")]));
    await storage.put("dossiers/b/2", Readable.from([Buffer.from("other")]));
    expect(await all("dossiers/")).toEqual(["dossiers/a/1", "dossiers/b/2"]);
    expect(await all("dossiers/a/")).toEqual(["dossiers/a/1"]);
    expect(await text((await storage.get("dossiers/a/1"))!)).toBe("hello world");
    await storage.delete("dossiers/a/1");
    await storage.delete("dossiers/a/1");
    expect(await storage.get("dossiers/a/1")).toBeNull();
    expect(await all("dossiers/")).toEqual(["dossiers/b/2"]);
  });

  it("leaves nothing, not even a partial file, when the body fails mid-stream", async () => {
    await expect(storage.put("dossiers/a/1", failingBody())).rejects.toThrow("connection reset");
    expect(await all("")).toEqual([]);
    expect(await readdir(path.join(root, "dossiers", "a"))).toEqual([]);
  });

  it("refuses keys that could leave its directory", async () => {
    for (const key of ["../escape", "dossiers/../../x", "/absolute", "dossiers//x", "Dossiers/A"]) {
      await expect(storage.put(key, Readable.from([Buffer.from("x")])), key).rejects.toThrow(/invalid storage key/);
    }
  });
});
