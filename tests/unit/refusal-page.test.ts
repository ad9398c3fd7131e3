import { describe, expect, it } from "vitest";
import { refusalMessage, refusalResponse } from "@/app/_server/refusal-page";
import { pageLocale } from "@/lib/i18n/unavailable-page";

describe("the refusal's answer", () => {
  it("speaks the path's language, else Accept-Language", () => {
    expect(pageLocale("/fr/%E0", "de")).toBe("fr");
    expect(pageLocale("/%E0%A4%A", "de-BE,de;q=0.9")).toBe("de");
    expect(refusalMessage({ status: 413, reason: "TOO_LARGE" }, "nl")).toContain("1024 KiB");
  });

  it("is a small page with the message for a browser, plain text for a script", async () => {
    const page = refusalResponse({ status: 403, reason: "CROSS_SITE" }, { locale: "de", html: true });
    expect(page.status).toBe(403);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("von einer anderen Website");
    // The outage's page with the refusal's words: no inline style, which its policy would block anyway.
    expect(page.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(html).not.toContain("style=");
    expect(html).toContain('<a href="/de">');
    const text = refusalResponse({ status: 400, reason: "MALFORMED_PATH" }, { locale: "en", html: false });
    expect(await text.text()).toMatch(/^This address cannot be read/);
  });
});
