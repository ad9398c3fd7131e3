import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, expectAccessible, signIn } from "./support";

/** Fills the filing form for a worker living in Belgium (no diplomatic post), up to the workplaces. */
async function fillWorkerAndJob(page: Page, familyName: string) {
  await page.getByRole("group", { name: "Does the worker live in Belgium?" }).getByLabel("Yes").check();
  await page.getByLabel(/The worker stays legally in Belgium/).check();
  await page.getByLabel("Given names").fill("Mei");
  await page.getByLabel("Family name").fill(familyName);
  await page.getByLabel("Date of birth").fill("1988-09-30");
  await page.getByLabel("Nationality").selectOption({ label: "China" });
  await page.getByLabel("Passport number").fill("E12345678");
  await page.getByLabel("Category").selectOption({ label: "Executive" });
  await page.getByLabel("Job title").fill("Plant manager");
  await page.getByLabel("ISCO code").fill("1321");
  await page.getByLabel("Start of the employment").fill("2027-06-01");
}

async function submitAndReadReference(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page).toHaveURL(/\/en\/dossiers\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Submit application" }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^WIB-\d{4}-\d{6}$/);
  return (await heading.textContent())!;
}

async function queueOf(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

const regions = [
  { region: "Flemish Region", unit: "Antwerp head office — Meir 1, 2000 Antwerpen", caseworker: demo.caseworkerFlanders },
  { region: "Brussels-Capital Region", unit: "Brussels office — Rue de la Loi 50, 1040 Etterbeek", caseworker: demo.caseworkerBrussels },
  { region: "Walloon Region", unit: "Liège warehouse — Quai de Rome 12, 4000 Liège", caseworker: demo.caseworkerWallonia },
  { region: "German-speaking Community", unit: "Eupen branch — Gospertstraße 5, 4700 Eupen", caseworker: demo.caseworkerGermanSpeaking },
];

test.describe("[ROUTING] every application reaches the competent region's queue, and only that one", () => {
  test("one application per region, with the reason shown live while filing", async ({ page, browser }) => {
    test.setTimeout(180_000);
    const stem = Date.now().toString(36);
    const filed: { region: string; reference: string; caseworker: string }[] = [];
    await signIn(page, demo.employer);
    for (const { region, unit, caseworker } of regions) {
      await page.goto("/en/applications/new");
      await fillWorkerAndJob(page, `Chen-${stem}`);
      const preview = page.getByRole("region", { name: "Region that will handle the application" });
      await expect(preview).toContainText("Choose the workplaces");
      await page.getByLabel("Establishment unit 1").selectOption({ label: unit });
      await expect(preview).toContainText(region);
      await expect(preview).toContainText("100%");
      filed.push({ region, caseworker, reference: await submitAndReadReference(page) });
      await expect(page.getByRole("region", { name: "Competent region" })).toContainText(region);
    }

    for (const { caseworker } of regions) {
      const queue = await queueOf(browser, caseworker);
      for (const application of filed) {
        await expect(queue.getByRole("link", { name: application.reference })).toHaveCount(application.caseworker === caseworker ? 1 : 0);
      }
      await queue.context().close();
    }
  });

  test("the live reason follows the shares, and a changed draft is re-routed", async ({ page }) => {
    await signIn(page, demo.employer);
    await page.goto("/en/applications/new");
    await fillWorkerAndJob(page, `Wang-${Date.now().toString(36)}`);
    const preview = page.getByRole("region", { name: "Region that will handle the application" });
    await page.getByLabel("Establishment unit 1").selectOption({ label: regions[0]!.unit });
    await page.getByLabel("Share of working time (%)").first().fill("40");
    await page.getByRole("button", { name: "Add another establishment unit" }).click();
    await page.getByLabel("Establishment unit 2").selectOption({ label: regions[2]!.unit });
    await page.getByLabel("Share of working time (%)").nth(1).fill("60");
    await expect(preview).toContainText("Walloon Region");
    await expect(preview).toContainText("60%");
    await expect(preview).toContainText("40%");
    await expectAccessible(page);

    // A tie goes to the region of the registered office (Antwerpen).
    await page.getByLabel("Share of working time (%)").first().fill("50");
    await page.getByLabel("Share of working time (%)").nth(1).fill("50");
    await expect(preview.getByText("Flemish Region", { exact: true })).toBeVisible();
    await expect(preview).toContainText("registered office");

    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page).toHaveURL(/\/en\/dossiers\//);
    await expect(page.getByRole("region", { name: "Region that will handle the application" })).toContainText("Flemish Region");

    await page.getByRole("link", { name: "Change the draft" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change the draft application");
    await expectAccessible(page);
    await page.getByLabel("Share of working time (%)").first().fill("30");
    await page.getByLabel("Share of working time (%)").nth(1).fill("70");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\/en\/dossiers\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("region", { name: "Region that will handle the application" })).toContainText("Walloon Region");
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByRole("region", { name: "Competent region" })).toContainText("Walloon Region");
    await expect(page.getByRole("region", { name: "Status" })).toContainText("Draft application changed");
  });

  test("an employer with no office or unit in Belgium names places of work, and picks a region on a tie", async ({ page, browser }) => {
    await signIn(page, demo.foreignEmployer);
    await page.goto("/en/applications/new");
    await fillWorkerAndJob(page, `Jansen-${Date.now().toString(36)}`);
    await page.getByLabel("Postal code of place of work 1").fill("1000");
    await page.getByLabel("Share of working time (%)").first().fill("50");
    await page.getByRole("button", { name: "Add another place of work" }).click();
    await page.getByLabel("Postal code of place of work 2").fill("4700");
    await page.getByLabel("Share of working time (%)").nth(1).fill("50");
    await expect(page.getByRole("region", { name: "Region that will handle the application" })).toContainText("The rules cannot decide");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page).toHaveURL(/\/en\/dossiers\//);

    // Submitting without a pick names the missing choice; then the filer picks.
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByRole("link", { name: "Choose the region that will handle the application" })).toBeVisible();
    await page.getByLabel("German-speaking Community").check();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^WIB-/);
    const reference = (await page.getByRole("heading", { level: 1 }).textContent())!;
    await expect(page.getByText("The filer chose this region among the tied regions.")).toBeVisible();
    await expectAccessible(page);

    const dg = await queueOf(browser, demo.caseworkerGermanSpeaking);
    await dg.getByRole("link", { name: reference }).click();
    await expect(dg.getByText("The filer chose this region among the tied regions.")).toBeVisible();
    await expect(dg.getByRole("region", { name: "Competent region" })).toContainText("German-speaking Community");
    await dg.context().close();
    const brussels = await queueOf(browser, demo.caseworkerBrussels);
    await expect(brussels.getByRole("link", { name: reference })).toHaveCount(0);
    await brussels.context().close();
  });
});
