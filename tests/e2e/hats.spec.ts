import { expect } from "@playwright/test";
import { demo, hatLabels, signIn, test, twoHatsAccount } from "./support";

test.describe("[HATS] one person, several hats", () => {
  test("signs in to the choice of hat, lands on that hat's home, switches to the other and comes back in it", async ({ page }) => {
    const email = twoHatsAccount();
    await signIn(page, email);
    await expect(page).toHaveURL("/en/hats");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose how you act");
    await page.getByLabel(hatLabels.bakery).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL("/en/employer");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your applications");

    await page.getByRole("link", { name: "Switch role" }).click();
    await expect(page).toHaveURL("/en/hats");
    await expect(page.getByLabel(hatLabels.bakery)).toBeChecked();
    await page.getByLabel(hatLabels.mandatary).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL("/en/mandatary");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Applications for your clients");
    // The other hat's home does not exist for this one.
    await page.goto("/en/employer");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");

    // Signing in again starts in the hat chosen last.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/en");
    await signIn(page, email);
    await expect(page).toHaveURL("/en/mandatary");
  });

  test("the two-hat demo account can choose either hat; a one-hat account is offered no switch", async ({ page, browser }) => {
    await signIn(page, demo.twoHats);
    await page.goto("/en/hats");
    await expect(page.getByLabel(hatLabels.bakery)).toBeVisible();
    await expect(page.getByLabel(hatLabels.mandatary)).toBeVisible();

    const single = await (await browser.newContext()).newPage();
    await signIn(single, demo.employer);
    await expect(single).toHaveURL("/en/employer");
    await expect(single.getByRole("link", { name: "Switch role" })).toHaveCount(0);
    await single.goto("/en/hats");
    await expect(single).toHaveURL("/en/employer");
  });
});
