import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { addMonths, dayInBelgium } from "@/lib/dates";
import { pdfOfSize } from "@/tests/fixtures/files";
import {
  test,
  CHECKLIST_ITEMS,
  CHECKLIST_KINDS,
  demo,
  expectAccessible,
  expectAccessibleWithoutJavaScript,
  answerEmploymentQuestions,
  fillEmployment,
  fillResidence,
  fillWorker,
  hatLabels,
  payFee,
  signIn,
  twoHatsAccount,
  uploadByRequest,
  watchFormSubmissions,
} from "./support";

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

    test("choose-how-you-act explains a missing choice, then acts in the chosen hat", async ({ page, browser }) => {
      const forms = watchFormSubmissions(page);
      await signIn(page, twoHatsAccount());
      await expect(page).toHaveURL("/en/hats");
      await forms.submit(page.getByRole("button", { name: "Continue" }));
      await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Choose the role you act in" })).toHaveAttribute("href", "#field-hat");
      await accessible(page, browser);
      await page.getByLabel(hatLabels.mandatary).check();
      await forms.submit(page.getByRole("button", { name: "Continue" }));
      await expect(page).toHaveURL("/en/mandatary");
      await expect(page.getByRole("link", { name: "Switch role" })).toBeVisible();
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

    test("an employer files through every step, changes a step from the check page, submits and stops the application", async ({ page, browser }) => {
      test.setTimeout(150_000);
      const familyName = `Rao-${javaScriptEnabled ? "js" : "html"}-${Date.now().toString(36)}`;
      const forms = watchFormSubmissions(page);
      const save = page.getByRole("button", { name: "Save and continue" });
      await signIn(page, demo.employer);
      await page.goto("/en/applications/new");
      await forms.submit(page.getByRole("button", { name: "Start the application" }));
      await expect(page).toHaveURL(/\/en\/dossiers\/[0-9a-f-]{36}$/);
      const id = page.url().split("/").pop()!;
      await accessible(page, browser);

      // Where the worker lives: nothing answered is refused, and nothing is saved.
      await page.getByRole("link", { name: "Where the worker lives" }).click();
      await forms.submit(save);
      await expect(page.getByRole("link", { name: "Say whether the worker lives in Belgium" })).toHaveAttribute("href", "#field-residesInBelgium");
      await accessible(page, browser);
      await page.getByRole("group", { name: "Does the worker live in Belgium?" }).getByLabel("No").check();
      await page.getByLabel("Country where the worker lives").selectOption({ label: "India" });
      await page.getByLabel("Belgian embassy or consulate").selectOption({ label: "New Delhi (India)" });
      await forms.submit(save);

      // The worker: each field's first problem, as in the browser (an empty date is missing, not malformed).
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("The worker");
      await forms.submit(save);
      await expect(page.getByRole("link", { name: "Enter the worker's given names" })).toHaveAttribute("href", "#field-worker-givenNames");
      await expect(page.getByRole("link", { name: "Enter the worker's date of birth" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Choose the worker's nationality" })).toBeVisible();
      await accessible(page, browser);
      await page.getByLabel("Given names").fill("Ravi");
      await page.getByLabel("Family name").fill(familyName);
      await page.getByLabel("Date of birth").fill("1991-02-03");
      await page.getByLabel("Nationality").selectOption({ label: "India" });
      await page.getByLabel("Passport number").fill("K7654321");
      await page.getByLabel("Passport expiry date").fill("2033-06-30");
      await forms.submit(save);

      // The employment: a second unit added by the form's own button, shares that do not add up to 100.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("The employment");
      await answerEmploymentQuestions(page, {});
      await page.getByLabel("Establishment unit 1").selectOption({ label: units.antwerp });
      await page.getByLabel("Share of working time (%)").first().fill("50");
      await page.getByLabel(/^Gross (annual|monthly) salary/).fill("72000");
      await forms.submit(page.getByRole("button", { name: "Add another establishment unit" }));
      await expect(page.getByLabel("Job title")).toHaveValue("Data engineer");
      await expect(page.getByRole("group", { name: "Is the job a regulated profession?" }).getByLabel("No")).toBeChecked();
      await expect(page.getByLabel("Establishment unit 1")).toHaveValue(/.+/);
      await page.getByLabel("Establishment unit 2").selectOption({ label: units.brussels });
      await page.getByLabel("Share of working time (%)").nth(1).fill("30");
      // Enter in a field saves: it never "presses" a row's button.
      await page.getByLabel("Job title").press("Enter");
      await expect(page.getByRole("link", { name: "The shares of working time must add up to 100%" })).toBeVisible();
      await expect(page.getByLabel("Establishment unit 2")).toBeVisible();
      await expect(page.getByLabel("Share of working time (%)").nth(1)).toHaveValue("30");
      await page.getByLabel("Share of working time (%)").nth(0).fill("70");
      await forms.submit(save);

      await expect(page.getByRole("heading", { level: 1 })).toHaveText("The fee");
      await page.getByRole("group", { name: "The Immigration Office's administrative fee" }).getByLabel("The fee will be paid").check();
      await forms.submit(save);

      // The documents: each item's own plain upload form.
      await expect(page).toHaveURL(new RegExp(`/en/dossiers/${id}/documents$`));
      for (const label of CHECKLIST_ITEMS) {
        const section = page.getByRole("region", { name: label, exact: true });
        await section.getByLabel(`Add a file: ${label}`).setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: pdfOfSize(5_000) });
        await forms.submit(section.getByRole("button", { name: "Upload" }));
        await expect(section.getByRole("link", { name: "scan.pdf" })).toBeVisible();
      }
      await page.getByRole("link", { name: "Continue to check your answers" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers before submitting");
      await accessible(page, browser);

      // Change the employment from the check page: the step shows what was stored, a unit is removed by its button.
      await page.getByRole("region", { name: "The employment", exact: true }).getByRole("link", { name: "Change Job title" }).click();
      await expect(page.getByLabel("Job title")).toHaveValue("Data engineer");
      await expect(page.getByLabel("Share of working time (%)").nth(1)).toHaveValue("30");
      await page.getByLabel("Job title").fill("Lead data engineer");
      await forms.submit(page.getByRole("button", { name: "Remove establishment unit 1" }));
      await expect(page.getByLabel("Establishment unit 2")).toHaveCount(0);
      await expect(page.getByLabel("Job title")).toHaveValue("Lead data engineer");
      await page.getByLabel("Share of working time (%)").first().fill("100");
      // Brussels sets its thresholds per month: the salary is asked again in that unit.
      await page.getByLabel(/^Gross (annual|monthly) salary/).fill("6000");
      await forms.submit(save);
      await expect(page).toHaveURL(/\/steps\/fee(#.*)?$/);
      await page.goto(`/en/dossiers/${id}/check`);
      await expect(page.getByText("Lead data engineer")).toBeVisible();
      await expect(page.getByText("€6,000.00 per month")).toBeVisible();

      await page.getByLabel(/I declare that the information in this application is correct/).check();
      await forms.submit(page.getByRole("button", { name: "Submit application" }));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^WIB-\d{4}-\d{6}$/);
      await expect(page.getByRole("region", { name: "Competent region" })).toContainText("Brussels-Capital Region");

      // Stopping takes two steps; the first can be taken back.
      await forms.submit(page.getByRole("button", { name: "Stop the application" }));
      await expect(page.getByText("Ask the competent service to stop this application?")).toBeVisible();
      await accessible(page, browser);
      await forms.submit(page.getByRole("button", { name: "No, keep it" }));
      await expect(page.getByRole("button", { name: "Yes, stop the application" })).toHaveCount(0);
      await forms.submit(page.getByRole("button", { name: "Stop the application" }));
      await forms.submit(page.getByRole("button", { name: "Yes, stop the application" }));
      await expect(page.getByRole("region", { name: "Status" })).toContainText("Cancellation requested");
      forms.expectNoFieldsInUrls();
    });

    test("on a tie, the filer picks the region when submitting", async ({ page }) => {
      const forms = watchFormSubmissions(page);
      await signIn(page, demo.foreignEmployer);
      await page.goto("/en/applications/new");
      await forms.submit(page.getByRole("button", { name: "Start the application" }));
      await expect(page).toHaveURL(/\/en\/dossiers\/[0-9a-f-]{36}$/);
      const id = page.url().split("/").pop()!;
      await page.goto(`/en/dossiers/${id}/steps/residence`);
      await page.getByRole("group", { name: "Does the worker live in Belgium?" }).getByLabel("Yes").check();
      await page.getByRole("group", { name: /on what basis do they stay here/ }).getByLabel(/^Legal long stay/).check();
      await forms.submit(page.getByRole("button", { name: "Save and continue" }));
      await fillWorker(page, `Lin-${Date.now().toString(36)}`);
      await page.getByLabel("Postal code of place of work 1").fill("1000");
      await page.getByLabel("Share of working time (%)").first().fill("50");
      await forms.submit(page.getByRole("button", { name: "Add another place of work" }));
      await fillEmployment(page, { category: "Executive", workplaces: [{ postalCode: "1000", share: 50 }, { postalCode: "4700", share: 50 }], salary: "95000" });
      await payFee(page);
      await uploadByRequest(page, id, [...CHECKLIST_KINDS.filter((kind) => kind !== "DIPLOMA"), "LEGAL_STAY_PROOF"], pdfOfSize(5_000));
      await page.goto(`/en/dossiers/${id}/check`);

      await page.getByLabel(/I declare that the information in this application is correct/).check();
      await forms.submit(page.getByRole("button", { name: "Submit application" }));
      await expect(page.getByRole("link", { name: "Choose the region that will handle the application" })).toHaveAttribute("href", "#field-regionPick");
      await page.getByLabel("German-speaking Community").check();
      await page.getByLabel(/I declare that the information in this application is correct/).check();
      await forms.submit(page.getByRole("button", { name: "Submit application" }));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^WIB-/);
      await expect(page.getByText("The filer chose this region among the tied regions.")).toBeVisible();
      forms.expectNoFieldsInUrls();
    });

    test("a mandatary names the employer, then files for one of its units", async ({ page }) => {
      const forms = watchFormSubmissions(page);
      await signIn(page, demo.mandatary);
      await page.goto("/en/applications/new");
      await forms.submit(page.getByRole("button", { name: "Start the application" }));
      await expect(page.getByRole("link", { name: "Choose the employer you are filing for" })).toHaveAttribute("href", "#field-employerId");
      await page.getByLabel("Employer you are filing for").selectOption({ label: "Boulangerie du Namurois SA" });
      await forms.submit(page.getByRole("button", { name: "Start the application" }));
      await expect(page).toHaveURL(/\/en\/dossiers\/[0-9a-f-]{36}$/);
      await expect(page.getByText("Boulangerie du Namurois SA").first()).toBeVisible();
      const id = page.url().split("/").pop()!;
      await page.goto(`/en/dossiers/${id}/steps/residence`);
      await fillResidence(page);
      await fillWorker(page, `Diallo-${Date.now().toString(36)}`);
      await fillEmployment(page, { workplaces: [{ unit: units.namur, share: 100 }] });
      await expect(page).toHaveURL(/\/steps\/fee$/);
      await page.goto(`/en/dossiers/${id}`);
      await expect(page.getByRole("region", { name: "Region that will handle the application" })).toContainText("Walloon Region");
      forms.expectNoFieldsInUrls();
    });

    test("a worker files from the calculator's answer: the eligibility step keeps them, adds and removes rows, and the identity step explains its errors", async ({ page, browser }) => {
      test.setTimeout(150_000);
      const forms = watchFormSubmissions(page);
      const save = page.getByRole("button", { name: "Save and continue" });
      const yes = (question: string) => page.getByRole("group", { name: question }).getByLabel("Yes", { exact: true }).check();
      await signIn(page, demo.worker);
      await page.goto("/en/eligibility");
      await yes("Do you reside legally in Belgium?");
      await page.getByRole("group", { name: /EU long-term resident status/ }).getByLabel("No", { exact: true }).check();
      await page.getByLabel("First day of work period 1").fill("2019-03-01");
      await page.getByLabel("Last day of work period 1").fill(addMonths(dayInBelgium(), -1));
      await page.getByLabel("Basis of work period 1").selectOption("SINGLE_PERMIT");
      await forms.submit(page.getByRole("button", { name: "Check eligibility" }));
      await accessible(page, browser);
      // Signed in as a worker: the draft starts at once, with these answers.
      await forms.submit(page.getByRole("button", { name: "File this application" }));
      await expect(page).toHaveURL(/\/en\/dossiers\/[0-9a-f-]{36}$/);
      await accessible(page, browser);

      await page.getByRole("link", { name: "Your eligibility" }).click();
      await expect(page.getByLabel("First day of work period 1")).toHaveValue("2019-03-01");
      await forms.submit(page.getByRole("button", { name: "Add a work period" }));
      await page.getByLabel("First day of work period 2").fill("2018-01-01");
      await page.getByLabel("Last day of work period 2").fill("2018-06-30");
      await page.getByLabel("Basis of work period 2").selectOption("AU_PAIR");
      await forms.submit(save);
      await expect(page.getByRole("link", { name: "Say whether you have a current employment contract" })).toHaveAttribute("href", "#field-hasCurrentEmploymentContract");
      await expect(page.getByLabel("Basis of work period 2")).toHaveValue("AU_PAIR");
      await accessible(page, browser);
      await forms.submit(page.getByRole("button", { name: "Remove work period 2" }));
      await expect(page.getByLabel("First day of work period 2")).toHaveCount(0);
      await page.getByRole("group", { name: "Do you have a current employment contract?" }).getByLabel("No", { exact: true }).check();
      await forms.submit(save);

      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your identity and residence");
      await forms.submit(save);
      await expect(page.getByRole("link", { name: "Say whether you are in Belgium now" })).toHaveAttribute("href", "#field-residesInBelgium");
      await expect(page.locator("#field-residencePostalCode-error")).toBeVisible();
      await accessible(page, browser);
      await page.getByLabel("Given names").fill("Amina");
      await page.getByLabel("Family name").fill(`Forms-${Date.now().toString(36)}`);
      await page.getByLabel("Date of birth").fill("1990-04-12");
      await page.getByLabel("Nationality").selectOption({ label: "Morocco" });
      await page.getByLabel("Passport number").fill("MA7654321");
      await page.getByLabel("Passport expiry date").fill(addMonths(dayInBelgium(), 48));
      await yes("Are you in Belgium now?");
      await page.getByLabel("Postal code of the place where you live in Belgium").fill("1000");
      await forms.submit(save);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("The fee");
      await payFee(page);
      // Without a contract, the checklist asks for proof of sufficient means.
      await expect(page.getByRole("region", { name: "Proof of sufficient means of subsistence", exact: true })).toBeVisible();
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
