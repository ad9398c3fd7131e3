import { expect, type Page } from "@playwright/test";
import { demo, signIn, startApplication, test } from "./support";

/**
 * Every page hands its client components only the messages they need
 * (components/i18n/client-messages.ts). This walks every route as a visitor and as each demo role,
 * and submits the forms it can without changing shared data (empty, so that their errors are
 * translated in the browser too). Each test fails on a MISSING_MESSAGE in the browser's console:
 * `test` from ./support watches for it in every test of the suite.
 */

/** Loads a page and waits for its scripts: the client components render again on hydration, translating in the browser. */
async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
}

/** Presses a form's button with the form empty; the browser's check (or the action) answers with the form's errors. */
async function submitEmpty(page: Page, button: string | RegExp): Promise<void> {
  await page.getByRole("button", { name: button }).last().click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
}

/** The first dossier linked from the page, opened. */
async function openFirstDossier(page: Page): Promise<void> {
  const link = page.locator('main a[href*="/dossiers/"]').first();
  await expect(link).toBeVisible();
  await visit(page, (await link.getAttribute("href"))!);
}

test.describe("[MESSAGES] every page has the messages its client components ask for", () => {
  test("public pages without forms, and links with a token that is not (or no longer) valid, as a visitor", async ({ page }) => {
    for (const path of ["/en", "/en/processing-times", "/en/sign-up/sent", "/en/verify-email/done", "/en/reset-password/done", "/en/verify-email/not-a-token", "/en/invitation/not-a-token", "/en/no-such-page"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    await visit(page, "/en/reset-password?token=not-a-token");
    await visit(page, "/en/sign-in/link?token=not-a-token");
  });

  for (const [path, button] of [
    ["/en/sign-in", "Sign in"],
    ["/en/sign-in/worker", "Send me a sign-in link"],
    ["/en/forgot-password", "Send me a link"],
    ["/en/sign-up", "Sign up"],
    ["/en/which-region", "Show the competent region"],
    ["/en/what-to-upload", "Show the documents"],
    ["/en/deadlines", "Calculate the deadline"],
    ["/en/eligibility", "Check eligibility"],
  ] as const) {
    test(`the form at ${path} and its errors, as a visitor`, async ({ page }) => {
      await visit(page, path);
      await submitEmpty(page, button);
    });
  }

  test("an employer administrator: home, members, inbox, and a draft through every step", async ({ page }) => {
    await signIn(page, demo.employerAdmin);
    await visit(page, "/en/employer");
    await visit(page, "/en/inbox");
    await visit(page, "/en/organisation/members");
    await submitEmpty(page, "Send the invitation");
    await visit(page, "/en/employer");
    await openFirstDossier(page);

    const id = await startApplication(page);
    await visit(page, `/en/dossiers/${id}`);
    for (const step of ["residence", "worker", "employment", "fee"]) {
      await visit(page, `/en/dossiers/${id}/steps/${step}`);
    }
    await visit(page, `/en/dossiers/${id}/steps/residence`);
    await submitEmpty(page, "Save and continue");
    await visit(page, `/en/dossiers/${id}/documents`);
    await visit(page, `/en/dossiers/${id}/check`);
    // Nothing answered: the submission is refused with the list of what is missing.
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  });

  test("a mandatary: home, inbox and a new application", async ({ page }) => {
    await signIn(page, demo.mandatary);
    await visit(page, "/en/mandatary");
    await visit(page, "/en/inbox");
    await visit(page, "/en/applications/new");
    await submitEmpty(page, "Start the application");
  });

  test("a regional caseworker: the queue and a dossier with its back-office forms", async ({ page }) => {
    await signIn(page, demo.caseworkerFlanders);
    await visit(page, "/en/caseworker");
    await openFirstDossier(page);
    // The acts open to it on this dossier, each a client form.
    await expect(page.locator("main form button").first()).toBeVisible();
  });

  test("the Immigration Office: its queue", async ({ page }) => {
    // The demo data has no dossier at the Immigration Office: its forms are walked by the whole-life tests.
    await signIn(page, demo.immigrationOffice);
    await visit(page, "/en/immigration-office");
  });

  test("a worker: home, inbox, a dossier and the claim form", async ({ page }) => {
    await signIn(page, demo.worker);
    await visit(page, "/en/worker");
    await visit(page, "/en/inbox");
    await visit(page, "/en/worker");
    await openFirstDossier(page);
    await visit(page, "/en/worker/claim");
    await submitEmpty(page, "Add the application");
  });
});
