import { expect, type Page } from "@playwright/test";
import { addMonths, dayInBelgium } from "@/lib/dates";
import { pdfOfSize } from "@/tests/fixtures/files";
import { admitAndGrantWorkPart, declareAndSubmit, demo, expectAccessible, grantResidence, linkIn, panelOf, payFee, signedIn, test, uniqueStem, uploadItems, waitForMail, watchFormSubmissions } from "./support";

/**
 * The worker's own application for the combined permit of unlimited duration (issue 12): from the
 * public calculator, through the sign-in by e-mailed link with the answers carried across it, the
 * person's own steps, documents and submission, to the region of their residence, the Immigration
 * Office, and the decision in the worker's inbox.
 */

const pdf = pdfOfSize(10_000);
const saveAndContinue = (page: Page) => page.getByRole("button", { name: "Save and continue" });
const answer = (page: Page, question: string | RegExp, choice: "Yes" | "No") => page.getByRole("group", { name: question }).getByLabel(choice, { exact: true }).check();

/** What the worker in Belgium with a contract and the fee paid uploads (seed 002, step 2). */
const DOCUMENTS = ["Proof of legal stay in Belgium", "Payslips", "Employment contract", "Proof of health insurance", "Proof of payment of the administrative fee"] as const;

test.describe("[WORKER FILES] the worker applies for the combined permit of unlimited duration", () => {
  test("checks eligibility, signs in by link with the answers carried over, files, and reads the region's and the Immigration Office's decision in their inbox", async ({ page, browser }) => {
    test.setTimeout(600_000);
    const email = `self-${uniqueStem()}@worker.test`;
    const familyName = `Haddad-${uniqueStem()}`;
    const from = `${Number(dayInBelgium().slice(0, 4)) - 6}-01-01`;
    const to = addMonths(dayInBelgium(), -1);
    const forms = watchFormSubmissions(page);

    // The public calculator, not signed in: five years and more on a combined permit.
    await page.goto("/en/eligibility");
    await answer(page, "Do you reside legally in Belgium?", "Yes");
    await answer(page, "Do you hold EU long-term resident status in another member state of the European Union?", "No");
    await page.getByLabel("First day of work period 1").fill(from);
    await page.getByLabel("Last day of work period 1").fill(to);
    await page.getByLabel("Basis of work period 1").selectOption("SINGLE_PERMIT");
    await forms.submit(page.getByRole("button", { name: "Check eligibility" }));
    await expect(page.getByTestId("eligibility-overall")).toHaveText("You can apply for the combined permit of unlimited duration: you meet category 1.");
    await expectAccessible(page);

    // "File this application": not signed in, so to the worker's sign-in by link first.
    await forms.submit(page.getByRole("button", { name: "File this application" }));
    await expect(page).toHaveURL("/en/sign-in/worker");
    const asked = Date.now();
    await page.getByLabel("Email address").fill(email);
    await forms.submit(page.getByRole("button", { name: "Send me a sign-in link" }));
    await expect(page.getByRole("status")).toContainText("a sign-in link is on its way");
    const mail = await waitForMail((received) => received.to === email && Date.parse(received.receivedAt) >= asked);
    await page.goto(linkIn(mail.text));
    await page.getByRole("button", { name: "Sign in" }).last().click();
    await expect(page).toHaveURL("/en/worker");

    // The answers came across the sign-in: the draft starts with them.
    await expect(page.getByText("Your answers from the eligibility check will be filled in.")).toBeVisible();
    await expectAccessible(page);
    await forms.submit(page.getByRole("button", { name: "Start my application" }));
    await page.waitForURL(/\/en\/dossiers\/[0-9a-f-]{36}$/);
    const id = page.url().split("/").pop()!;
    const tasks = page.getByRole("region", { name: "Your application", exact: true });
    await expect(tasks).toContainText("Your eligibility");
    await expect(tasks).toContainText("Your identity and residence");
    await expectAccessible(page);
    // The cookie has done its work: the home no longer offers the answers.
    await page.goto("/en/worker");
    await expect(page.getByText("Your answers from the eligibility check will be filled in.")).toHaveCount(0);

    // Eligibility: the calculator's answers are there; the worker adds whether they have a contract.
    await page.goto(`/en/dossiers/${id}/steps/eligibility`);
    await expect(page.getByLabel("First day of work period 1")).toHaveValue(from);
    await expect(page.getByLabel("Last day of work period 1")).toHaveValue(to);
    await expect(page.getByRole("group", { name: "Do you reside legally in Belgium?" }).getByLabel("Yes")).toBeChecked();
    await expectAccessible(page);
    await answer(page, "Do you have a current employment contract?", "Yes");
    await forms.submit(saveAndContinue(page));

    // Identity and residence: in Belgium, living in Liège (the Walloon Region).
    await expect(page).toHaveURL(`/en/dossiers/${id}/steps/identity`);
    await page.getByLabel("Given names").fill("Amina");
    await page.getByLabel("Family name").fill(familyName);
    await page.getByLabel("Date of birth").fill("1990-04-12");
    await page.getByLabel("Nationality").selectOption({ label: "Morocco" });
    await page.getByLabel("Passport number").fill("MA1234567");
    await page.getByLabel("Passport expiry date").fill(addMonths(dayInBelgium(), 60));
    await answer(page, "Are you in Belgium now?", "Yes");
    await page.getByLabel("Postal code of the place where you live in Belgium").fill("4000");
    await expectAccessible(page);
    await forms.submit(saveAndContinue(page));

    // The fee, then the documents of seed 002 for a worker in Belgium with a contract.
    await expect(page).toHaveURL(`/en/dossiers/${id}/steps/fee`);
    await payFee(page);
    for (const label of DOCUMENTS) await expect(page.getByRole("region", { name: label, exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "Proof of sufficient means of subsistence" })).toHaveCount(0);
    await expectAccessible(page);
    await uploadItems(page, DOCUMENTS, pdf);

    // Check the answers, then submit: to the Walloon Region, where the worker lives.
    await page.getByRole("link", { name: "Continue" }).click();
    await expect(page).toHaveURL(`/en/dossiers/${id}/check`);
    await expect(page.getByText("Eligible (category 1)")).toBeVisible();
    await expect(page.getByText("Walloon Region").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "What is still missing" })).toHaveCount(0);
    await expectAccessible(page);
    const reference = await declareAndSubmit(page);
    forms.expectNoFieldsInUrls();

    // The Walloon caseworker takes it, declares it admissible and grants the work part.
    const region = await signedIn(browser, demo.caseworkerWallonia);
    await region.goto(`/en/dossiers/${id}`);
    await panelOf(region).getByRole("button", { name: "Take into treatment" }).click();
    await expect(panelOf(region).getByRole("button", { name: "Declare admissible" })).toBeVisible();
    await admitAndGrantWorkPart(region);
    await region.context().close();

    // The Immigration Office grants residence.
    await grantResidence(browser, id);

    // The worker follows it on their own page and reads the decision in their inbox.
    await page.goto(`/en/dossiers/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(reference);
    await expect(page.getByText("Combined permit granted").first()).toBeVisible();
    await page.goto("/en/worker");
    await page.getByRole("link", { name: /^Inbox/ }).click();
    const row = page.getByRole("row").filter({ hasText: reference });
    await expect(row).toContainText(`Application ${reference}: residence granted (annex 46)`);
    await expect(row).toContainText("Unread");
    await row.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Application ${reference}: residence granted (annex 46)`);
    await expectAccessible(page);
  });
});
