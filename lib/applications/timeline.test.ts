import { describe, expect, it } from "vitest";
import { buildTimeline } from "./timeline";

describe("timeline", () => {
  it("reads events written in one transaction in the order they were written", () => {
    const at = new Date("2026-11-24T10:00:00Z");
    const entries = buildTimeline([
      { id: "routed", sequence: 3n, type: "APPLICATION_ROUTED", occurredAt: at, fromStatus: null, toStatus: null, payload: { region: "WALLOON_REGION", rule: "ESTABLISHMENT_UNIT", pickedByFiler: false } },
      { id: "submitted", sequence: 2n, type: "APPLICATION_SUBMITTED", occurredAt: at, fromStatus: null, toStatus: null, payload: { referenceNumber: "WIB-2026-000001" } },
      { id: "created", sequence: 1n, type: "APPLICATION_CREATED", occurredAt: new Date("2026-11-23T09:00:00Z"), fromStatus: null, toStatus: null, payload: {} },
    ]);
    expect(entries.map((e) => e.messageKey)).toEqual(["created", "submitted", "routed"]);
    expect(entries[1]!.values).toEqual({ referenceNumber: "WIB-2026-000001" });
    expect(entries[2]!.values).toEqual({ region: "WALLOON_REGION" });
  });

  it("says when the filer picked the region", () => {
    const [entry] = buildTimeline([
      { id: "e", sequence: 1n, type: "APPLICATION_ROUTED", occurredAt: new Date(), fromStatus: null, toStatus: null, payload: { region: "BRUSSELS_CAPITAL_REGION", rule: "UNDETERMINED", pickedByFiler: true } },
    ]);
    expect(entry!.messageKey).toBe("routedByPick");
  });
});
