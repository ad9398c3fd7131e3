import { expect, test } from "@playwright/test";
import { serverActions } from "../fuzz/http-fuzz";
import { expectAccessible } from "./support";

// The built portal's own action ids (the same manifest the HTTP fuzz reads).
const signIn = serverActions().find((action) => action.name.endsWith("#signInAction"));

test.describe("[SECURITY] hostile requests get a 4xx with a translated message, never a 500", () => {
  test("a malformed path encoding answers 400 with a page in the path's language; a broken link without one, in the browser's", async ({ page }) => {
    for (const [path, lang, text] of [
      ["/en/%E0%A4%A", "en", "This address cannot be read"],
      ["/fr/%C0%AF", "fr", "Cette adresse est illisible"],
      ["/%E0%A4%A", "en", "This address cannot be read"],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(400);
      await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
      await expect(page.getByRole("main"), path).toContainText(text);
    }
    await expectAccessible(page);
  });

  test("a 5,000-character path answers 414 without a Link header", async ({ request }) => {
    const response = await request.get(`/en/${"a".repeat(5000)}`, { maxRedirects: 0 });
    expect(response.status()).toBe(414);
    expect(response.headers()["link"] ?? "").toBe("");
  });

  test("a server action posted from another site answers 403, by script and without JavaScript", async ({ request, baseURL }) => {
    expect(signIn, "the sign-in action in the build's manifest").toBeDefined();
    const byScript = await request.post("/en/sign-in", {
      headers: { "next-action": signIn!.id, origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
      data: '[{"submission":0,"fieldErrors":[]},"$K1"]',
    });
    expect(byScript.status()).toBe(403);
    expect(await byScript.text()).toContain("sent from another website");
    const byForm = await request.post("/de/sign-in", {
      headers: { origin: "null", accept: "text/html" },
      multipart: { [`$ACTION_ID_${signIn!.id}`]: "", email: "a@b.example", password: "x" },
    });
    expect(byForm.status()).toBe(403);
    expect(await byForm.text()).toContain("von einer anderen Website");
    // The same post from the portal's own origin is an action like any other.
    const ours = await request.post("/en/sign-in", {
      headers: { origin: new URL(baseURL!).origin },
      multipart: { [`$ACTION_ID_${signIn!.id}`]: "", email: "nobody@demo.example", password: "not-the-password" },
      maxRedirects: 0,
    });
    expect(ours.status()).toBe(200);
  });

  test("a server action's body over 1 MiB answers 413, and a body React cannot decode 400", async ({ request, baseURL }) => {
    const headers = { "next-action": signIn!.id, origin: new URL(baseURL!).origin, "content-type": "text/plain;charset=UTF-8" };
    const tooLarge = await request.post("/en/sign-in", { headers, data: " ".repeat(1024 * 1024 + 1) });
    expect(tooLarge.status()).toBe(413);
    expect(await tooLarge.text()).toContain("at most 1024 KiB");
    for (const body of ["", "null", "1", "[".repeat(5000) + "]".repeat(5000), '["$Q1"]', '["$F1"]', '["$Z1"]']) {
      const response = await request.post("/en/sign-in", { headers, data: body });
      expect(response.status(), body.slice(0, 12)).toBe(400);
    }
    const garbage = await request.post("/en/sign-in", { headers: { ...headers, "content-type": "multipart/form-data; boundary=x" }, data: "--x\r\ngarbage" });
    expect(garbage.status()).toBe(400);
  });

  test("the public API refuses a body over its limit with 413 and a translated message", async ({ request }) => {
    const response = await request.post("/api/v1/checklist", { headers: { "content-type": "application/json", "accept-language": "nl" }, data: " ".repeat(70 * 1024) });
    expect(response.status()).toBe(413);
    const body = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(body.errors[0]?.message).toMatch(/64/);
  });
});
