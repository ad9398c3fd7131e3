import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { demo, expectAccessible, expectAccessibleWithoutJavaScript, fillApplication, signIn, watchFormSubmissions } from "./support";

const units = {
  antwerp: "Antwerp head office — Meir 1, 2000 Antwerpen",
  brussels: "Brussels office — Rue de la Loi 50, 1040 Etterbeek",
  namur: "Atelier de Namur — Rue de Fer 20, 5000 Namur",
};

/**
 * Every form is used as a person would, once with JavaScript off (nothing but the browser's own
 * form submission and the page the server renders in reply) and once with it on (the enhanced
 * form), and no request made meanwhile may carry a form's fields in its URL.
 */
for (const javaScriptEnabled of [false, true]) {
  test.describe(`[FORMS] JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    const accessible = (page: Page, browser: Browser) => (javaScriptEnabled ? expectAccessible(page) : expectAccessibleWithoutJavaScript(page, browser));

    test("sign-in explains empty fields and a wrong password on the page, then signs in", async ({ page, browser }) => {
      const forms = watchFormSubmissions(page);
      const signInButton = page.getByRole("button", { name: "Sign in" }).last();
      await page.goto("/en/sign-in");
      await forms.submit(signInButton);
      await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Enter your email address" })).toHaveAttribute("href", "#field-email");
      await expect(page.locator("#field-password-error")).toHaveText("Enter your password");
      await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
      await accessible(page, browser);

      await page.getByLabel("Email address").fill(demo.employer);
      await page.getByLabel("Password").fill("wrong password");
      await forms.submit(signInButton);
      await expect(page.getByText("The email address or password is not correct")).toBeVisible();
      // The address is kept; the password is never sent back.
      await expect(page.getByLabel("Email address")).toHaveValue(demo.employer);
      if (!javaScriptEnabled) {
        await expect(page.getByLabel("Password")).toHaveValue("");
        expect(await page.content()).not.toContain("wrong password");
      }
      await expect(page).toHaveURL("/en/sign-in");

      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await forms.submit(signInButton);
      await expect(page).toHaveURL("/en/employer");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your applications");
      forms.expectNoFieldsInUrls();
    });

    test("which-region answers with the region and the reason, adds and removes rows, and explains errors", async ({ page, browser }) => {
      const forms = watchFormSubmissions(page);
      const result = page.getByTestId("which-region-result");
      const show = page.getByRole("button", { name: "Show the competent region" });
      await page.goto("/en/which-region");
      await page.getByLabel("Yes, in Belgium").check();
      await page.getByLabel("Postal code of the registered office").fill("1000");
      await page.getByLabel("Postal code of unit 1", { exact: true }).fill("9999");
      await page.getByLabel("Share of working time in unit 1 (%)", { exact: true }).fill("60");
      await forms.submit(page.getByRole("button", { name: "Add an establishment unit" }));
      // What was entered is kept across the round trip.
      await expect(page.getByLabel("Postal code of the registered office")).toHaveValue("1000");
      await expect(page.getByLabel("Yes, in Belgium")).toBeChecked();
      await page.getByLabel("Postal code of unit 2", { exact: true }).fill("1000");
      await page.getByLabel("Share of working time in unit 2 (%)", { exact: true }).fill("40");
      await forms.submit(show);
      const link = page.getByRole("link", { name: "Enter a postal code that exists in Belgium." });
      await expect(link).toHaveAttribute("href", "#field-establishments-0-postalCode");
      await expect(page.locator("#field-establishments-0-postalCode-error")).toHaveText("Enter a postal code that exists in Belgium.");
      await accessible(page, browser);

      await page.getByLabel("Postal code of unit 1", { exact: true }).fill("2000");
      await forms.submit(show);
      await expect(result).toHaveAttribute("data-source", "server");
      await expect(result).toContainText("The portal's answer for the details you entered.");
      await expect(result.getByText("Flemish Region", { exact: true })).toBeVisible();
      await expect(result).toContainText("Rule applied: main place of employment (establishment units)");
      await expect(result).toContainText("The worker is mainly employed in the Flemish Region");
      await expect(page.getByRole("heading", { name: "There is a problem" })).toHaveCount(0);
      await accessible(page, browser);

      // No office and no unit: the places of work decide.
      await page.getByLabel("No, the employer has no registered office in Belgium").check();
      await forms.submit(page.getByRole("button", { name: "Remove unit 1" }));
      await forms.submit(page.getByRole("button", { name: "Remove unit 1" }));
      await page.getByLabel("Postal code of place of work 1", { exact: true }).fill("4700");
      await forms.submit(show);
      await expect(result.getByText("German-speaking Community", { exact: true })).toBeVisible();
      await expect(result).toContainText("The portal's answer for the details you entered.");
      forms.expectNoFieldsInUrls();
    });

    test("an employer files, changes, submits and stops an application", async ({ page, browser }) => {
      test.setTimeout(120_000);
      const familyName = `Rao-${javaScriptEnabled ? "js" : "html"}-${Date.now().toString(36)}`;
      const forms = watchFormSubmissions(page);
      const save = page.getByRole("button", { name: "Save as draft" });
      await signIn(page, demo.employer);
      await page.goto("/en/applications/new");
      await forms.submit(save);
      await expect(page.getByRole("link", { name: "Enter the worker's given names" })).toHaveAttribute("href", "#field-worker-givenNames");
      await expect(page.getByRole("link", { name: "Say whether the worker lives in Belgium" })).toBeVisible();
      // Each field's first problem, as in the browser: an empty date is missing, not malformed.
      await expect(page.getByRole("link", { name: "Enter the worker's date of birth" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Choose the worker's nationality" })).toBeVisible();
      await accessible(page, browser);

      // Two units (the second added by the form's own button), shares that do not add up to 100.
      await fillApplication(page, familyName, [{ unit: units.antwerp, share: 50 }]);
      await forms.submit(page.getByRole("button", { name: "Add another establishment unit" }));
      await expect(page.getByLabel("Given names")).toHaveValue("Ravi");
      await expect(page.getByRole("group", { name: "Does the worker live in Belgium?" }).getByLabel("No")).toBeChecked();
      await expect(page.getByLabel("Establishment unit 1")).toHaveValue(/.+/);
      await page.getByLabel("Establishment unit 2").selectOption({ label: units.brussels });
      await page.getByLabel("Share of working time (%)").nth(1).fill("30");
      // Enter in a field saves: it never "presses" a row's button.
      await page.getByLabel("Job title").press("Enter");
      await expect(page.getByRole("link", { name: "The shares of working time must add up to 100%" })).toBeVisible();
      await expect(page.getByLabel("Establishment unit 2")).toBeVisible();
      await expect(page.getByLabel("Share of working time (%)").nth(1)).toHaveValue("30");
      await expect(page).toHaveURL(/\/en\/applications\/new(#.*)?$/);

      await page.getByLabel("Share of working time (%)").nth(0).fill("70");
      await forms.submit(save);
      await expect(page).toHaveURL(/\/en\/dossiers\/[0-9a-f-]{36}$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Draft application");
      await expect(page.getByRole("region", { name: "Region that will handle the application" })).toContainText("Flemish Region");

      // The draft's page for changes shows what was stored, and a unit is removed by its button.
      await page.getByRole("link", { name: "Change the draft" }).click();
      await expect(page.getByLabel("Family name")).toHaveValue(familyName);
      await expect(page.getByLabel("Country where the worker lives")).toHaveValue("IN");
      await expect(page.getByLabel("Share of working time (%)").nth(1)).toHaveValue("30");
      await accessible(page, browser);
      await page.getByLabel("Job title").fill("Lead data engineer");
      await forms.submit(page.getByRole("button", { name: "Remove establishment unit 1" }));
      await expect(page.getByLabel("Establishment unit 2")).toHaveCount(0);
      await expect(page.getByLabel("Job title")).toHaveValue("Lead data engineer");
      await page.getByLabel("Share of working time (%)").first().fill("100");
      await forms.submit(page.getByRole("button", { name: "Save changes" }));
      await expect(page).toHaveURL(/\/en\/dossiers\/[0-9a-f-]{36}$/);
      await expect(page.getByText("Lead data engineer")).toBeVisible();
      await expect(page.getByRole("region", { name: "Region that will handle the application" })).toContainText("Brussels-Capital Region");

      await forms.submit(page.getByRole("button", { name: "Submit application" }));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^WIB-\d{4}-\d{6}$/);
      await expect(page.getByRole("region", { name: "Competent region" })).toContainText("Brussels-Capital Region");

      // Stopping takes two steps; the first can be taken back.
      await forms.submit(page.getByRole("button", { name: "Stop the application" }));
      await expect(page.getByText("Stop this application for good?")).toBeVisible();
      await accessible(page, browser);
      await forms.submit(page.getByRole("button", { name: "No, keep it" }));
      await expect(page.getByRole("button", { name: "Yes, stop the application" })).toHaveCount(0);
      await forms.submit(page.getByRole("button", { name: "Stop the application" }));
      await forms.submit(page.getByRole("button", { name: "Yes, stop the application" }));
      await expect(page.getByText("Stopped", { exact: true })).toBeVisible();
      await expect(page.getByRole("region", { name: "Status" })).toContainText("Application stopped");
      forms.expectNoFieldsInUrls();
    });

    test("on a tie, the filer picks the region when submitting", async ({ page }) => {
      const forms = watchFormSubmissions(page);
      await signIn(page, demo.foreignEmployer);
      await page.goto("/en/applications/new");
      await page.getByRole("group", { name: "Does the worker live in Belgium?" }).getByLabel("Yes").check();
      await page.getByLabel(/The worker stays legally in Belgium/).check();
      await page.getByLabel("Given names").fill("Mei");
      await page.getByLabel("Family name").fill(`Lin-${Date.now().toString(36)}`);
      await page.getByLabel("Date of birth").fill("1988-09-30");
      await page.getByLabel("Nationality").selectOption({ label: "China" });
      await page.getByLabel("Passport number").fill("E12345678");
      await page.getByLabel("Category").selectOption({ label: "Executive" });
      await page.getByLabel("Job title").fill("Plant manager");
      await page.getByLabel("ISCO code").fill("1321");
      await page.getByLabel("Start of the employment").fill("2027-06-01");
      await page.getByLabel("Postal code of place of work 1").fill("1000");
      await page.getByLabel("Share of working time (%)").first().fill("50");
      await forms.submit(page.getByRole("button", { name: "Add another place of work" }));
      await page.getByLabel("Postal code of place of work 2").fill("4700");
      await page.getByLabel("Share of working time (%)").nth(1).fill("50");
      await forms.submit(page.getByRole("button", { name: "Save as draft" }));
      await expect(page).toHaveURL(/\/en\/dossiers\//);

      await forms.submit(page.getByRole("button", { name: "Submit application" }));
      await expect(page.getByRole("link", { name: "Choose the region that will handle the application" })).toHaveAttribute("href", "#field-regionPick");
      await page.getByLabel("German-speaking Community").check();
      await forms.submit(page.getByRole("button", { name: "Submit application" }));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^WIB-/);
      await expect(page.getByText("The filer chose this region among the tied regions.")).toBeVisible();
      forms.expectNoFieldsInUrls();
    });

    test("a mandatary picks the employer, then one of its units", async ({ page }) => {
      const forms = watchFormSubmissions(page);
      await signIn(page, demo.mandatary);
      await page.goto("/en/applications/new");
      await page.getByLabel("Employer you are filing for").selectOption({ label: "Boulangerie du Namurois SA" });
      // Without JavaScript the server shows the employer's units; with it, they follow the choice at once.
      const showUnits = page.getByRole("button", { name: "Show this employer's establishment units" });
      if (javaScriptEnabled) await expect(showUnits).toHaveCount(0);
      else await forms.submit(showUnits);
      await expect(page.getByLabel("Employer you are filing for")).toHaveValue(/.+/);
      await fillApplication(page, `Diallo-${Date.now().toString(36)}`, [{ unit: units.namur, share: 100 }]);
      await forms.submit(page.getByRole("button", { name: "Save as draft" }));
      await expect(page).toHaveURL(/\/en\/dossiers\//);
      await expect(page.getByText("Boulangerie du Namurois SA")).toBeVisible();
      forms.expectNoFieldsInUrls();
    });
  });
}

test.describe("[FORMS] submitted before the page's JavaScript has loaded", () => {
  test("sign-in posts, answers on the page, and the page then hydrates cleanly with what was entered", async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(String(error)));
    // The scripts are held back until the refusal is on the page: until then only HTML is at work.
    const held: (() => Promise<void>)[] = [];
    let holding = true;
    await page.route(
      (url) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js"),
      (route) => (holding ? void held.push(() => route.continue()) : route.continue()),
    );
    const forms = watchFormSubmissions(page);
    await page.goto("/en/sign-in", { waitUntil: "commit" });
    await page.getByLabel("Email address").fill(demo.employer);
    await page.getByLabel("Password").fill("wrong password");
    const posted = page.waitForRequest((request) => request.method() === "POST" && new URL(request.url()).pathname === "/en/sign-in");
    await forms.submit(page.getByRole("button", { name: "Sign in" }).last());
    expect(new URL((await posted).url()).search).toBe("");
    await expect(page.getByText("The email address or password is not correct")).toBeVisible();
    expect(held.length).toBeGreaterThan(0);

    holding = false;
    await Promise.all(held.map((release) => release()));
    // Hydrated: the summary takes focus, and the address is still there.
    await expect(page.getByRole("region", { name: "There is a problem" })).toBeFocused();
    await expect(page.getByLabel("Email address")).toHaveValue(demo.employer);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await forms.submit(page.getByRole("button", { name: "Sign in" }).last());
    await expect(page).toHaveURL("/en/employer");
    expect(problems).toEqual([]);
    forms.expectNoFieldsInUrls();
  });
});
