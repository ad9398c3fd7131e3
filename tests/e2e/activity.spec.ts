import { expect, test } from "@playwright/test";
import { demo, expectAccessible, signIn, signedIn } from "./support";

test.describe("[ACTIVITY] an organisation's administrator follows who did what on its dossiers", () => {
  test("a caseworker's reading appears by office, not by name; the list is for administrators only", async ({ page, browser }) => {
    // The seeded dossier of Arjun Mehta, filed by Scheldt Logistics and handled by the Flemish Region.
    await signIn(page, demo.employerAdmin);
    await page.goto("/en/employer");
    const href = await page.getByRole("row").filter({ hasText: "Arjun Mehta" }).getByRole("link").first().getAttribute("href");
    expect(href).toMatch(/\/en\/dossiers\/[0-9a-f-]{36}$/);

    const caseworker = await signedIn(browser, demo.caseworkerFlanders);
    await caseworker.goto(href!);
    await expect(caseworker.getByRole("heading", { level: 1 })).toBeVisible();
    await caseworker.context().close();

    await page.getByRole("link", { name: "Activity", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/organisation\/activity$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Activity on .+'s dossiers$/);
    const reading = page.getByRole("row").filter({ hasText: "Caseworker (Flemish Region)" }).filter({ hasText: "Read the dossier" });
    await expect(reading.first()).toBeVisible();
    // The caseworker's name (seeded as Lotte Peeters) is a third party's: never shown here.
    await expect(page.getByText("Lotte Peeters")).toHaveCount(0);
    await expect(page.getByRole("row").filter({ hasText: "Submitted the application" }).first()).toBeVisible();
    await expectAccessible(page);

    // An employer's user is no administrator: the page is not there for them.
    const user = await signedIn(browser, demo.employer);
    await expect(user.getByRole("link", { name: "Activity", exact: true })).toHaveCount(0);
    const response = await user.goto("/en/organisation/activity");
    expect(response?.status()).toBe(404);
    await user.context().close();
  });
});
