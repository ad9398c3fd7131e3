import { beforeAll, describe, expect, it } from "vitest";
import { delaySeconds, issueDeviceToken, signInThrottle, throttleKeys } from "./sign-in-throttle";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "unit-test-secret-0123456789abcdef";
});

describe("sign-in throttle", () => {
  it("lets the free attempts through, then doubles the wait up to its ceiling", () => {
    expect([1, 4].map((attempts) => delaySeconds(attempts, 5))).toEqual([0, 0]);
    expect([5, 6, 7, 8].map((attempts) => delaySeconds(attempts, 5))).toEqual([5, 10, 20, 40]);
    expect(delaySeconds(40, 5)).toBe(signInThrottle.maxDelaySeconds);
  });

  it("counts a known browser on its own key only, and any other on the account, the client address and both together", () => {
    const token = issueDeviceToken("a".repeat(64));
    expect(throttleKeys("a".repeat(64), { clientAddress: "203.0.113.9", deviceToken: token }).map((key) => key.kind)).toEqual(["device"]);
    const stranger = throttleKeys("a".repeat(64), { clientAddress: "203.0.113.9", deviceToken: null });
    expect(stranger.map((key) => key.kind).sort()).toEqual(["account", "accountFromClient", "client"]);
    expect(stranger.map((key) => key.key)).toEqual(stranger.map((key) => key.key).sort());
  });

  it("ignores a device token issued for another account or altered", () => {
    const token = issueDeviceToken("b".repeat(64));
    expect(throttleKeys("a".repeat(64), { clientAddress: null, deviceToken: token }).map((key) => key.kind)).toEqual(["account"]);
    const [id, mac] = issueDeviceToken("a".repeat(64)).split(".");
    const altered = `${id}x.${mac}`;
    expect(throttleKeys("a".repeat(64), { clientAddress: null, deviceToken: altered }).map((key) => key.kind)).toEqual(["account"]);
  });
});
