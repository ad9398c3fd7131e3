import { describe, expect, it } from "vitest";
import { unavailablePage } from "./unavailable-page";

describe("the temporarily-unavailable page", () => {
  it("answers 503 with Retry-After, in the path's language, never cached", async () => {
    const response = unavailablePage("/fr/employer", "de", 4);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("4");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("temporairement indisponible");
  });

  it("falls back on Accept-Language, and never echoes the path into the page", async () => {
    const response = unavailablePage('/"><script>alert(1)</script>', "de-BE,de;q=0.9", 5);
    expect(response.headers.get("content-language")).toBe("de");
    const html = await response.text();
    expect(html).not.toContain("<script>");
    expect(html).toContain("vorübergehend nicht verfügbar");
  });
});
