import { expect } from "@playwright/test";
import { demo, expectAccessible, signIn, test } from "./support";

const homes: { email: string; path: string; heading: string }[] = [
  { email: demo.employer, path: "/en/employer", heading: "Your applications" },
  { email: demo.employerAdmin, path: "/en/employer", heading: "Your applications" },
  { email: demo.mandatary, path: "/en/mandatary", heading: "Applications for your clients" },
  { email: demo.caseworkerFlanders, path: "/en/caseworker", heading: "Applications to handle" },
  { email: demo.caseworkerBrussels, path: "/en/caseworker", heading: "Applications to handle" },
  { email: demo.caseworkerWallonia, path: "/en/caseworker", heading: "Applications to handle" },
  { email: demo.caseworkerGermanSpeaking, path: "/en/caseworker", heading: "Applications to handle" },
  { email: demo.immigrationOffice, path: "/en/immigration-office", heading: "Applications for a residence decision" },
  { email: demo.worker, path: "/en/worker", heading: "Your applications" },
];

test.describe("[SIGN-IN]", () => {
  for (const home of homes) {
    test(`${home.email} lands on their own home page`, async ({ page }) => {
      await signIn(page, home.email);
      await expect(page).toHaveURL(home.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.heading);
      await expectAccessible(page);
    });
  }

  test("the start page and the sign-in page are accessible in every language", async ({ page }) => {
    for (const locale of ["nl", "fr", "de", "en"]) {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectAccessible(page);
    }
    await page.goto("/en/sign-in");
    await expectAccessible(page);
  });

  test("switches language and keeps the page", async ({ page }) => {
    await page.goto("/en/sign-in");
    await page.getByRole("link", { name: "Nederlands" }).click();
    await expect(page).toHaveURL("/nl/sign-in");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aanmelden");
  });

  test("explains empty fields and a wrong password, field by field", async ({ page }) => {
    await page.goto("/en/sign-in");
    await page.getByRole("button", { name: "Sign in" }).last().click();
    const summary = page.getByRole("heading", { name: "There is a problem" });
    await expect(summary).toBeVisible();
    await expect(page.getByRole("link", { name: "Enter your email address" })).toHaveAttribute("href", "#field-email");
    await expect(page.getByRole("link", { name: "Enter your password" })).toHaveAttribute("href", "#field-password");
    await expectAccessible(page);

    await page.getByLabel("Email address").fill(demo.employer);
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).last().click();
    await expect(page.getByText("The email address or password is not correct")).toBeVisible();
    await expect(page).toHaveURL("/en/sign-in");
  });

  test("slows down a stranger guessing a password, and lets the owner in meanwhile", async ({ page, browser }) => {
    // The stranger comes from an address of their own (as seen through the proxy's X-Forwarded-For).
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${Date.now() % 250}` });
    await page.goto("/en/sign-in");
    await page.getByLabel("Email address").fill(demo.employerAdmin);
    for (let attempt = 0; attempt <= 5; attempt++) {
      await page.getByLabel("Password").fill(`guess ${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).last().click();
      await expect(page.getByText(attempt < 5 ? "The email address or password is not correct" : "Too many failed attempts to sign in. Wait 1 minute and try again.")).toBeVisible();
    }
    const owner = await browser.newPage();
    await signIn(owner, demo.employerAdmin);
    await expect(owner).toHaveURL("/en/employer");
    await owner.close();
  });

  test("a role's pages do not exist for the other roles", async ({ page }) => {
    await signIn(page, demo.employer);
    for (const path of ["/en/caseworker", "/en/immigration-office", "/en/worker", "/en/mandatary"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
    await signIn(page, demo.worker);
    for (const path of ["/en/employer", "/en/applications/new", "/en/caseworker"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
    await signIn(page, demo.caseworkerFlanders);
    expect((await page.goto("/en/applications/new"))?.status()).toBe(404);
  });

  test("signs out", async ({ page }) => {
    await signIn(page, demo.employer);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/en");
    await page.goto("/en/employer");
    await expect(page).toHaveURL("/en/sign-in");
  });
});
