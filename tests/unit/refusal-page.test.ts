import { describe, expect, it } from "vitest";
import { refusalLocale, refusalMessage, refusalResponse } from "@/app/_server/refusal-page";

describe("the refusal's answer", () => {
  it("speaks the path's language, else Accept-Language", () => {
    expect(refusalLocale("/fr/%E0", "de")).toBe("fr");
    expect(refusalLocale("/%E0%A4%A", "de-BE,de;q=0.9")).toBe("de");
    expect(refusalMessage({ status: 413, reason: "TOO_LARGE" }, "nl")).toContain("1024 KiB");
  });

  it("is a small page with the message for a browser, plain text for a script", async () => {
    const page = refusalResponse({ status: 403, reason: "CROSS_SITE" }, { locale: "de", html: true });
    expect(page.status).toBe(403);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("von einer anderen Website");
    const text = refusalResponse({ status: 400, reason: "MALFORMED_PATH" }, { locale: "en", html: false });
    expect(await text.text()).toMatch(/^This address cannot be read/);
  });
});
