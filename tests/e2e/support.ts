import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";

export { demoAccounts as demo } from "@/prisma/demo-accounts";

/** Fails on any serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** Signs in through the form, as a person would, in English. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).last().click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
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
