import { describe, expect, it } from "vitest";
import { inboxMessageText } from "./inbox-text";

const granted = { topic: "residence.granted", payload: { referenceNumber: "WIB-2026-000123", workerName: "Ravi Kumar", annex: "46" } };

describe("inboxMessageText", () => {
  it("renders the message from its topic in the reader's language", () => {
    expect(inboxMessageText(granted, "en").subject).toContain("WIB-2026-000123");
    const texts = (["nl", "fr", "de", "en"] as const).map((locale) => inboxMessageText(granted, locale));
    expect(new Set(texts.map((text) => text.subject)).size).toBe(4);
    for (const text of texts) expect(text.body).toContain("Ravi Kumar");
  });

  it("refuses a topic it does not know and a payload that does not fit its topic", () => {
    expect(() => inboxMessageText({ topic: "nothing.known", payload: {} }, "en")).toThrow(/unknown topic/);
    expect(() => inboxMessageText({ ...granted, payload: { ...granted.payload, annex: "48" } }, "en")).toThrow(/annex/);
  });
});
