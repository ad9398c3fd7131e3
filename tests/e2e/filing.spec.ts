import { expect, test } from "@playwright/test";
import { demo, expectAccessible, fillApplication, signIn } from "./support";

test.describe("[FILING] the first vertical slice", () => {
  test("an employer files an application that lands in the competent region's queue only", async ({ page, browser }) => {
    const familyName = `Iyer-${Date.now().toString(36)}`;
    await signIn(page, demo.employer);
    await page.getByRole("link", { name: "Start a new application" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("New application");
    await expectAccessible(page);

    // Nothing filled in: every problem is listed, linked to its field, and nothing is saved.
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Enter the worker's given names" })).toHaveAttribute("href", "#field-worker-givenNames");
    await expect(page.getByRole("link", { name: "Say whether the worker lives in Belgium" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Enter the worker's given names" }).click();
    await expect(page.getByLabel("Given names")).toBeFocused();

    // Shares that do not add up to 100 are refused.
    await fillApplication(page, familyName, [
      { unit: "Antwerp head office — Meir 1, 2000 Antwerpen", share: 50 },
      { unit: "Brussels office — Rue de la Loi 50, 1040 Etterbeek", share: 30 },
    ]);
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("link", { name: "The shares of working time must add up to 100%" })).toBeVisible();
    await expect(page.getByText("Total: 80%")).toBeVisible();
    await expect(page).toHaveURL(/\/en\/applications\/new(#.*)?$/);

    await page.getByLabel("Share of working time (%)").nth(0).fill("70");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page).toHaveURL(/\/en\/dossiers\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Draft application");
    await expect(page.getByText("Region that will handle the application")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Submit application" }).click();
    const reference = page.getByRole("heading", { level: 1 });
    await expect(reference).toHaveText(/^WIB-\d{4}-\d{6}$/);
    const referenceNumber = (await reference.textContent())!;
    const dossierUrl = page.url();
    const timeline = page.getByRole("region", { name: "Status" });
    await expect(timeline.getByText(`Application submitted (reference ${referenceNumber})`)).toBeVisible();
    const today = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "Europe/Brussels" }).format(new Date());
    await expect(timeline.getByText(today).first()).toBeVisible();
    await expect(page.getByText("Competent region")).toBeVisible();
    await expect(page.getByText("Flemish Region").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Submit application" })).toHaveCount(0);
    await expectAccessible(page);

    // The Flemish caseworker finds it in the queue and can open it.
    const flemish = await (await browser.newContext()).newPage();
    await signIn(flemish, demo.caseworkerFlanders);
    await flemish.getByRole("link", { name: referenceNumber }).click();
    await expect(flemish.getByRole("heading", { level: 1 })).toHaveText(referenceNumber);
    await expectAccessible(flemish);

    // Another worker's account cannot open it by URL either.
    const otherWorker = await (await browser.newContext()).newPage();
    await signIn(otherWorker, demo.worker);
    expect((await otherWorker.goto(dossierUrl))?.status()).toBe(404);
    await otherWorker.context().close();

    // Caseworkers of the other regions see no trace of it, in the queue or by URL.
    for (const email of [demo.caseworkerBrussels, demo.caseworkerWallonia, demo.caseworkerGermanSpeaking]) {
      const other = await (await browser.newContext()).newPage();
      await signIn(other, email);
      await expect(other.getByRole("link", { name: referenceNumber })).toHaveCount(0);
      const response = await other.goto(dossierUrl);
      expect(response?.status()).toBe(404);
      await expect(other.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(other.getByText(familyName)).toHaveCount(0);
      await expectAccessible(other);
      await other.context().close();
    }
  });

  test("a mandatary files for a client employer", async ({ page }) => {
    const familyName = `Okafor-${Date.now().toString(36)}`;
    await signIn(page, demo.mandatary);
    await page.getByRole("link", { name: "Start a new application" }).click();
    await page.getByLabel("Employer you are filing for").selectOption({ label: "Boulangerie du Namurois SA" });
    await fillApplication(page, familyName, [{ unit: "Atelier de Namur — Rue de Fer 20, 5000 Namur", share: 100 }]);
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page).toHaveURL(/\/en\/dossiers\//);
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^WIB-/);
    await expect(page.getByText("Walloon Region").first()).toBeVisible();
    await page.goto("/en/mandatary");
    await expect(page.getByRole("row").filter({ hasText: familyName })).toContainText("Boulangerie du Namurois SA");
  });

  test("an applicant stops a submitted application, after confirming", async ({ page }) => {
    await signIn(page, demo.employer);
    await page.goto("/en/applications/new");
    await fillApplication(page, `Okoro-${Date.now().toString(36)}`, [{ unit: "Ghent depot — Kortrijksesteenweg 100, 9000 Gent", share: 100 }]);
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page).toHaveURL(/\/en\/dossiers\//);
    // A draft cannot be stopped: it is not submitted yet.
    await expect(page.getByRole("button", { name: "Stop the application" })).toHaveCount(0);
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^WIB-/);

    await page.getByRole("button", { name: "Stop the application" }).click();
    await expect(page.getByRole("button", { name: "Yes, stop the application" })).toBeFocused();
    await expectAccessible(page);
    await page.getByRole("button", { name: "No, keep it" }).click();
    await page.getByRole("button", { name: "Stop the application" }).click();
    await page.getByRole("button", { name: "Yes, stop the application" }).click();
    await expect(page.getByText("Stopped", { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "Status" })).toContainText("Application stopped");
    await expect(page.getByRole("button", { name: "Stop the application" })).toHaveCount(0);
  });

  test("the worker follows the dossier filed for them, but cannot open another", async ({ page }) => {
    await signIn(page, demo.worker);
    const row = page.getByRole("row").filter({ hasText: "Arjun Mehta" });
    await expect(row).toContainText("Submitted");
    await row.getByRole("link").click();
    await expect(page.getByRole("region", { name: "Status" }).getByText(/Application submitted/)).toBeVisible();
    await expectAccessible(page);
    const response = await page.goto("/en/dossiers/00000000-0000-4000-8000-00000000dead");
    expect(response?.status()).toBe(404);
  });
});
