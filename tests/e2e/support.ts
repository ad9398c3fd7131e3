import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";

export { demoAccounts as demo } from "@/prisma/demo-accounts";

/** Fails on any serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/**
 * The same check for a page shown with JavaScript off, where axe cannot run: the page's HTML as the
 * server rendered it, without its scripts, is served again at its own URL (so its styles load) in
 * a page where axe can run.
 */
export async function expectAccessibleWithoutJavaScript(page: Page, browser: Browser): Promise<void> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  // Contexts made in a test take the test's options: turn JavaScript back on for axe.
  const context = await browser.newContext({ javaScriptEnabled: true });
  const copy = await context.newPage();
  await copy.route(page.url(), (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
  await copy.goto(page.url());
  await expectAccessible(copy);
  await context.close();
}

/** Signs in through the form, as a person would, in English. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).last().click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
}

/**
 * Watches a page's form submissions: `submit` notes the names of the fields of every form on the
 * page, then presses the button; `expectNoFieldsInUrls` fails if any request made since the watch
 * began (page loads, posts, redirects, the scripts' own fetches) carries one of those names in its
 * query string. A form that only works through onSubmit falls back to a native GET with its fields,
 * passwords included, in the URL.
 */
export function watchFormSubmissions(page: Page) {
  const urls: string[] = [];
  const names = new Set<string>();
  page.on("request", (request) => urls.push(request.url()));
  return {
    async submit(button: Locator): Promise<void> {
      const fields = await page.locator("form [name]").evaluateAll((elements) => elements.map((element) => element.getAttribute("name") ?? ""));
      for (const name of fields) names.add(name);
      await button.click();
    },
    expectNoFieldsInUrls(): void {
      expect(names.size, "field names seen").toBeGreaterThan(0);
      expect(urls.length, "requests seen").toBeGreaterThan(0);
      expect(urls.filter((url) => [...new URL(url).searchParams.keys()].some((key) => names.has(key)))).toEqual([]);
    },
  };
}

/** Fills the new-application form for a worker living abroad, working in the given units. */
export async function fillApplication(page: Page, familyName: string, workplaces: { unit: string; share: number }[]) {
  await page.getByRole("group", { name: "Does the worker live in Belgium?" }).getByLabel("No").check();
  await page.getByLabel("Country where the worker lives").selectOption({ label: "India" });
  await page.getByLabel("Belgian embassy or consulate").selectOption({ label: "New Delhi (India)" });
  await page.getByLabel("Given names").fill("Ravi");
  await page.getByLabel("Family name").fill(familyName);
  await page.getByLabel("Date of birth").fill("1991-02-03");
  await page.getByLabel("Nationality").selectOption({ label: "India" });
  await page.getByLabel("Passport number").fill("K7654321");
  await page.getByLabel("Category").selectOption({ label: "Highly skilled worker" });
  await page.getByLabel("Job title").fill("Data engineer");
  await page.getByLabel("ISCO code").fill("2521");
  await page.getByLabel("Start of the employment").fill("2027-05-01");
  for (const [index, workplace] of workplaces.entries()) {
    if (index > 0) await page.getByRole("button", { name: "Add another establishment unit" }).click();
    await page.getByLabel(`Establishment unit ${index + 1}`).selectOption({ label: workplace.unit });
    await page.getByLabel("Share of working time (%)").nth(index).fill(String(workplace.share));
  }
}
