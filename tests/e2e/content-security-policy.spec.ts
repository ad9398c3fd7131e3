import { expect, type Page } from "@playwright/test";
import { demo, signIn, test } from "./support";

/** Collects what the browser reports as blocked by the Content-Security-Policy. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** The nonce of a policy, and the nonce of every script in the page as the server sent it. */
async function nonces(page: Page, path: string) {
  const response = await page.goto(path);
  const policy = response?.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  const html = (await response?.text()) ?? "";
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((tag) => /\bnonce="([^"]*)"/.exec(tag[0])?.[1] ?? null);
  return { policy, nonce, scripts };
}

test.describe("[SECURITY] Content-Security-Policy", () => {
  test("every page's scripts carry the nonce of its own policy, new on every response, and nothing is blocked", async ({ page }) => {
    const violations = watchViolations(page);
    for (const path of ["/en", "/en/sign-in", "/en/which-region", "/en/what-to-upload", "/en/deadlines", "/fr/which-region"]) {
      const first = await nonces(page, path);
      expect(first.policy, path).toContain("script-src 'self' 'nonce-");
      expect(first.policy, path).toContain("'strict-dynamic'");
      expect(first.policy, path).not.toContain("unsafe");
      expect(first.policy, path).toContain("frame-ancestors 'none'");
      expect(first.scripts.length, path).toBeGreaterThan(0);
      expect(first.scripts.every((nonce) => nonce === first.nonce), path).toBe(true);
      expect((await nonces(page, path)).nonce, path).not.toBe(first.nonce);
    }
    // Hydrated and working under the policy: the live answer of the which-region page.
    await page.goto("/en/which-region");
    await page.getByLabel("Postal code of unit 1", { exact: true }).fill("2000");
    await page.getByLabel("Share of working time in unit 1 (%)", { exact: true }).fill("100");
    await expect(page.getByTestId("which-region-result")).toContainText("Flemish Region");
    expect(violations).toEqual([]);
  });

  test("signed-in pages carry the policy too, and production asks for HTTPS", async ({ page }) => {
    const violations = watchViolations(page);
    await signIn(page, demo.employer);
    const response = await page.goto("/en/applications/new");
    expect(response?.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    expect(response?.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    // The filing's first step, whose conditional questions need the page's own scripts.
    await page.getByRole("button", { name: "Start the application" }).click();
    await page.getByRole("link", { name: "Where the worker lives" }).click();
    await page.getByRole("group", { name: "Does the worker live in Belgium?" }).getByLabel("No").check();
    await expect(page.getByLabel("Country where the worker lives")).toBeVisible();
    expect(violations).toEqual([]);
  });
});
