import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

describe("client address", () => {
  it("is the last X-Forwarded-For entry, the one the nearest proxy added", () => {
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "10.9.9.9, 198.51.100.7 ,  203.0.113.9 " }))).toBe("203.0.113.9");
  });

  it("is unknown without the header", () => {
    expect(clientAddressFrom(new Headers())).toBeNull();
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": " " }))).toBeNull();
  });
});
