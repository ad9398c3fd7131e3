import { describe, expect, it } from "vitest";
import { assertLocalDatabase } from "../support/assert-local-database";

describe("tests refuse a database that is not on this machine", () => {
  it("accepts a local server or none", () => {
    expect(() => assertLocalDatabase(undefined)).not.toThrow();
    expect(() => assertLocalDatabase("postgresql://postgres@127.0.0.1:5432/x")).not.toThrow();
    expect(() => assertLocalDatabase("postgresql://postgres@localhost/x")).not.toThrow();
  });

  it("refuses any other host", () => {
    expect(() => assertLocalDatabase("postgresql://app:secret@db.example.com:5432/portal")).toThrow(/db\.example\.com/);
    expect(() => assertLocalDatabase("postgresql://app@10.0.0.5/portal")).toThrow(/Refusing/);
  });
});
