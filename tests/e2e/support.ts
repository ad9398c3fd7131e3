import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";
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
 * Records the URL of every request the page makes from now on, for expectNoFieldsInUrls: a form
 * that falls back to a native GET puts its fields (passwords included) in the query string.
 */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

/** The names of the fields of every form on the page as it is now. */
export async function formFieldNames(page: Page): Promise<string[]> {
  return page.locator("form [name]").evaluateAll((fields) => fields.map((field) => field.getAttribute("name") ?? ""));
}

/** Fails if a recorded request's query string carries one of the named fields, or if there were no requests to look at. */
export function expectNoFieldsInUrls(urls: readonly string[], fieldNames: Iterable<string>): void {
  const names = new Set(fieldNames);
  expect(names.size, "field names to look for").toBeGreaterThan(0);
  expect(urls.length, "recorded requests").toBeGreaterThan(0);
  const leaking = urls.filter((url) => [...new URL(url).searchParams.keys()].some((key) => names.has(key)));
  expect(leaking).toEqual([]);
}
