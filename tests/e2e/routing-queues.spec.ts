import { expect, type Browser, type Page } from "@playwright/test";
import { pdfOfSize } from "@/tests/fixtures/files";
import { CHECKLIST_KINDS, declareAndSubmit, demo, expectAccessible, fillEmployment, fillResidence, fillWorker, payFee, signIn, startApplication, test, uploadByRequest } from "./support";

const pdf = pdfOfSize(10_000);

/** A new draft through where the worker lives and the worker, left on the employment step; answers its id. */
async function upToEmployment(page: Page, familyName: string): Promise<string> {
  const id = await startApplication(page);
  await page.goto(`/en/dossiers/${id}/steps/residence`);
  await fillResidence(page);
  await fillWorker(page, familyName);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The employment");
  return id;
}

/** From the fee step: the fee, the documents (by request) and the submission; answers the reference. */
async function payUploadAndSubmit(page: Page, id: string): Promise<string> {
  await payFee(page);
  await uploadByRequest(page, id, CHECKLIST_KINDS, pdf);
  await page.goto(`/en/dossiers/${id}/check`);
  return declareAndSubmit(page);
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
      const id = await upToEmployment(page, `Chen-${stem}`);
      const preview = page.getByRole("region", { name: "Region that will handle the application" });
      await expect(preview).toContainText("Choose the workplaces");
      await page.getByLabel("Establishment unit 1").selectOption({ label: unit });
      await expect(preview).toContainText(region);
      await expect(preview).toContainText("100%");
      await fillEmployment(page, { workplaces: [{ unit, share: 100 }] });
      filed.push({ region, caseworker, reference: await payUploadAndSubmit(page, id) });
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

  test("the live reason follows the shares, and a changed employment step re-routes the draft", async ({ page }) => {
    await signIn(page, demo.employer);
    const id = await upToEmployment(page, `Wang-${Date.now().toString(36)}`);
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
    await fillEmployment(page, { workplaces: [{ unit: regions[0]!.unit, share: 50 }, { unit: regions[2]!.unit, share: 50 }] });
    await page.goto(`/en/dossiers/${id}`);
    await expect(page.getByRole("region", { name: "Region that will handle the application" })).toContainText("Flemish Region");

    await page.getByRole("link", { name: "The employment" }).click();
    await expect(page.getByLabel("Establishment unit 2")).toHaveValue(/.+/);
    await page.getByLabel("Share of working time (%)").first().fill("30");
    await page.getByLabel("Share of working time (%)").nth(1).fill("70");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(/\/steps\/fee$/);
    const reference = await payUploadAndSubmit(page, id);
    expect(reference).toMatch(/^WIB-/);
    await expect(page.getByRole("region", { name: "Competent region" })).toContainText("Walloon Region");
    await expect(page.getByRole("region", { name: "Status" })).toContainText("Draft application changed");
  });

  test("an employer with no office or unit in Belgium names places of work, and picks a region on a tie", async ({ page, browser }) => {
    await signIn(page, demo.foreignEmployer);
    const id = await upToEmployment(page, `Jansen-${Date.now().toString(36)}`);
    await page.getByLabel("Postal code of place of work 1").fill("1000");
    await page.getByLabel("Share of working time (%)").first().fill("50");
    await page.getByRole("button", { name: "Add another place of work" }).click();
    await page.getByLabel("Postal code of place of work 2").fill("4700");
    await page.getByLabel("Share of working time (%)").nth(1).fill("50");
    await expect(page.getByRole("region", { name: "Region that will handle the application" })).toContainText("The rules cannot decide");
    await fillEmployment(page, { workplaces: [{ postalCode: "1000", share: 50 }, { postalCode: "4700", share: 50 }] });
    await payFee(page);
    await uploadByRequest(page, id, CHECKLIST_KINDS, pdf);
    await page.goto(`/en/dossiers/${id}/check`);

    // Submitting without a pick names the missing choice; then the filer picks.
    await page.getByLabel(/I declare that the information in this application is correct/).check();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByRole("link", { name: "Choose the region that will handle the application" })).toHaveAttribute("href", "#field-regionPick");
    await page.getByLabel("German-speaking Community").check();
    const reference = await declareAndSubmit(page);
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
