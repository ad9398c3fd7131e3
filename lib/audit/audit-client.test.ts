import { describe, expect, it } from "vitest";
import { auditClientFrom, boundUserAgent, currentAuditClient, MAX_USER_AGENT_LENGTH, truncateAddress, withAuditClient } from "./audit-client";

describe("audit client: the network, not the address", () => {
  it("keeps an IPv4 address's /24", () => {
    expect(truncateAddress("203.0.113.9")).toBe("203.0.113.0/24");
    expect(truncateAddress(" 10.1.2.254 ")).toBe("10.1.2.0/24");
    expect(truncateAddress("::ffff:198.51.100.77")).toBe("198.51.100.0/24");
  });

  it("keeps an IPv6 address's /48, however it is written", () => {
    expect(truncateAddress("2001:db8:1:2::5")).toBe("2001:db8:1::/48");
    expect(truncateAddress("2001:0DB8:00ab:ffff:1:2:3:4")).toBe("2001:db8:ab::/48");
    expect(truncateAddress("2001:db8::1")).toBe("2001:db8:0::/48");
    expect(truncateAddress("::1")).toBe("0:0:0::/48");
    expect(truncateAddress("fe80::1%eth0")).toBe("fe80:0:0::/48");
  });

  it("keeps nothing that is not an address", () => {
    for (const value of [null, undefined, "", "unknown", "203.0.113", "203.0.113.9:443", "<script>", "1.2.3.4.5"]) expect(truncateAddress(value), String(value)).toBeNull();
  });

  it("bounds the User-Agent and drops control characters", () => {
    expect(boundUserAgent("Mozilla/5.0\u0000\n (X11)")).toBe("Mozilla/5.0 (X11)");
    expect(boundUserAgent("x".repeat(10_000))).toHaveLength(MAX_USER_AGENT_LENGTH);
    expect(boundUserAgent("   ")).toBeNull();
    expect(boundUserAgent(null)).toBeNull();
  });

  it("reads both from a request's headers: the last X-Forwarded-For entry, the one no client chooses", () => {
    const headers = new Headers({ "x-forwarded-for": "192.0.2.1, 203.0.113.9", "user-agent": "Firefox/140" });
    expect(auditClientFrom(headers)).toEqual({ clientAddress: "203.0.113.0/24", userAgent: "Firefox/140" });
    expect(auditClientFrom(new Headers())).toEqual({ clientAddress: null, userAgent: null });
  });

  it("is known inside withAuditClient, across awaits, and nowhere else", async () => {
    const client = { clientAddress: "203.0.113.0/24", userAgent: "ua" };
    expect(currentAuditClient()).toBeNull();
    const seen = await withAuditClient(client, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentAuditClient();
    });
    expect(seen).toEqual(client);
    expect(currentAuditClient()).toBeNull();
  });
});
