import { execFileSync } from "node:child_process";
import { expect, type Locator, type Page } from "@playwright/test";
import { pdfOfSize } from "@/tests/fixtures/files";
import { dayInBelgium } from "@/lib/dates";
import { termsAfter } from "@/lib/terms/terms-after";
import { CHECKLIST_KINDS, answerWithSignedContract, askForSignedContract, panelOf, declareAndSubmit, demo, expectAccessible, fileSteps, grantResidence, signIn, signedIn, test, uploadByRequest, waitForMail } from "./support";

const pdf = pdfOfSize(10_000);
const ANTWERP = "Antwerp head office — Meir 1, 2000 Antwerpen";
const stem = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A dossier filed and submitted by the demo employer (Dutch account, English pages) to the Flemish Region. */
async function submitted(page: Page, familyName: string): Promise<{ id: string; reference: string }> {
  await signIn(page, demo.employer);
  const id = await fileSteps(page, familyName, { workplaces: [{ unit: ANTWERP, share: 100 }] });
  await uploadByRequest(page, id, CHECKLIST_KINDS, pdf);
  await page.goto(`/en/dossiers/${id}/check`);
  return { id, reference: await declareAndSubmit(page) };
}

/** The e-mail with this subject that reached this address. */
const mailTo = (to: string, subject: string) => waitForMail((mail) => mail.to === to && mail.subject === subject);

const progressOf = (page: Page) => page.getByRole("region", { name: "Where the application stands" });

/** Opens a dossier and waits until the `letters.write` job, in the web server, has written its letters. */
async function lettersOf(page: Page, id: string): Promise<Locator> {
  const letters = page.getByRole("region", { name: "Letters" });
  await expect(async () => {
    await page.goto(`/en/dossiers/${id}`);
    await expect(letters).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  return letters;
}

/** Fetches a letter link with the page's session: a PDF, shown inline under its safe name. */
async function expectPdf(page: Page, link: Locator, fileName: string): Promise<void> {
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/api\/dossiers\/[0-9a-f-]{36}\/letters\/[0-9a-f-]{36}$/);
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toContain(`inline; filename="${fileName}"`);
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
}

test.describe("[DOSSIER LIFE] a dossier's whole life, as its people see it", () => {
  test("from submission through an information request, admissibility and the work decision to residence granted: the timeline, the e-mails and both inboxes with the annex 46", async ({ page, browser }) => {
    // Five people, eleven e-mails and two letters: on two loaded cores this journey took 5 minutes,
    // the old limit, which ended it at its last step in CI.
    test.setTimeout(600_000);
    const familyName = `Life-${stem()}`;
    const { id, reference } = await submitted(page, familyName);
    // The demo worker follows this dossier (and is written to) from now on.
    execFileSync("npx", ["tsx", "--conditions=react-server", "tests/e2e/prepare/link-demo-worker.ts", id], { env: process.env, stdio: "inherit" });
    const progress = progressOf(page);
    await expect(progress).toContainText("Application: done — submitted");
    await mailTo(demo.employer, `Aanvraag ${reference} ingediend`);

    // The Flemish caseworker takes it into treatment and asks for the signed contract, in the panel.
    const region = await askForSignedContract(browser, id);

    // The employer's users and the worker are told at once, each in their language.
    await mailTo(demo.employer, `Aanvraag ${reference}: bijkomende informatie gevraagd`);
    await mailTo(demo.worker, `Application ${reference}: additional information requested`);
    await page.goto(`/en/dossiers/${id}`);
    await expect(progress.locator('[aria-current="step"]')).toContainText("Additional information requested: in progress");
    await expect(progress).toContainText("Your answer to the information request: by");

    // The employer uploads the signed contract and answers.
    await answerWithSignedContract(page, id, pdf);
    await expect(progress).toContainText("Additional information requested: done — answered");
    await expect(progress.locator('[aria-current="step"]')).toHaveText("Admissibility: in progress");

    // Admissible, then the work part granted: the dossier goes to the Immigration Office by itself.
    await region.reload();
    await panelOf(region).getByRole("button", { name: "Declare admissible" }).click();
    await expect(region.getByText("Work part being decided").first()).toBeVisible();
    await mailTo(demo.employer, `Aanvraag ${reference} ontvankelijk`);
    await page.reload();
    await expect(progress).toContainText("Admissibility: done — admissible");
    await expect(progress.locator('[aria-current="step"]')).toHaveText("Decision of the region on the work part: in progress");
    await expect(progress).toContainText("Decision on the application: by");

    await panelOf(region).getByRole("button", { name: "Grant the work part" }).click();
    await expect(region.getByText("Residence being decided").first()).toBeVisible();
    await region.context().close();
    await mailTo(demo.employer, `Aanvraag ${reference}: arbeidskaart toegekend`);
    await page.reload();
    await expect(progress).toContainText("Decision of the region on the work part: done — granted");
    await expect(progress.locator('[aria-current="step"]')).toHaveText("Decision of the Immigration Office on residence: in progress");

    // The Immigration Office grants residence: the combined permit.
    await grantResidence(browser, id);
    await mailTo(demo.employer, `Aanvraag ${reference}: verblijf toegestaan (bijlage 46)`);
    await mailTo(demo.worker, `Application ${reference}: residence granted (annex 46)`);

    // The employer's page: the whole timeline, and the annex 46 once the job has written it (Dutch for the employer, English for the worker).
    const letters = await lettersOf(page, id);
    await expect(page.getByText("Combined permit granted").first()).toBeVisible();
    await expect(progress).toContainText("Decision of the Immigration Office on residence: done — granted");
    await expect(progress).toContainText("Final decision on the combined permit: done — granted");
    await expect(progress).toContainText("The Immigration Office sends the final decision to your eBox.");
    const status = page.getByRole("region", { name: "Status" });
    for (const entry of ["Taken into treatment", "Additional information provided", "Declared admissible", "Work part granted", "Residence granted (annex 46)"]) await expect(status).toContainText(entry);
    await expectPdf(page, letters.getByRole("link", { name: "Open Annex 46: combined permit granted (Dutch, PDF)" }), `${reference}-annex-46.pdf`);
    await expectAccessible(page);

    // The employer's inbox, from the home page: the message, unread, then opened with its letter.
    await page.goto("/en/employer");
    await page.getByRole("link", { name: /^Inbox \(\d+ unread\)$/ }).click();
    await expect(page).toHaveURL(/\/en\/inbox$/);
    const row = page.getByRole("row").filter({ hasText: reference });
    await expect(row).toContainText(`Application ${reference}: residence granted (annex 46)`);
    await expect(row).toContainText("Unread");
    await expectAccessible(page);
    await row.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Application ${reference}: residence granted (annex 46)`);
    await expect(page.getByText(`The Immigration Office has granted residence to Ravi ${familyName} (annex 46).`)).toBeVisible();
    await expectPdf(page, page.getByRole("link", { name: "Letter: Annex 46: combined permit granted (PDF)" }), `${reference}-annex-46.pdf`);
    await expectAccessible(page);
    await page.getByRole("link", { name: `Go to application ${reference}` }).click();
    await expect(page).toHaveURL(new RegExp(`/en/dossiers/${id}$`));
    await page.goto("/en/inbox");
    await expect(page.getByRole("row").filter({ hasText: reference })).toContainText("Read");

    // The worker's inbox: the same decision, with the annex in their language.
    const worker = await signedIn(browser, demo.worker);
    await expect(worker).toHaveURL(/\/en\/worker$/);
    await worker.getByRole("link", { name: /^Inbox/ }).click();
    const workerRow = worker.getByRole("row").filter({ hasText: reference });
    await expect(workerRow).toContainText("Unread");
    await workerRow.getByRole("link").click();
    await expect(worker.getByRole("heading", { level: 1 })).toHaveText(`Application ${reference}: residence granted (annex 46)`);
    await expectPdf(worker, worker.getByRole("link", { name: "Letter: Annex 46: combined permit granted (PDF)" }), `${reference}-annex-46-en.pdf`);
    await expectAccessible(worker);
    await worker.context().close();
  });

  test("the work part refused: the registered letter as PDF and the appeal's last day on the employer's page", async ({ page, browser }) => {
    test.setTimeout(180_000);
    const { id, reference } = await submitted(page, `Refused-${stem()}`);

    const region = await signedIn(browser, demo.caseworkerFlanders);
    await region.goto(`/en/dossiers/${id}`);
    await panelOf(region).getByRole("button", { name: "Take into treatment" }).click();
    await expect(region.getByText("Admissibility being checked").first()).toBeVisible();
    await panelOf(region).getByRole("button", { name: "Declare admissible" }).click();
    await expect(region.getByText("Work part being decided").first()).toBeVisible();
    const work = panelOf(region).getByRole("form", { name: "Decision on the work part" });
    await work.getByLabel("Reasons for the decision").fill("The salary is below the threshold the Flemish Region sets for highly skilled workers.");
    await work.getByRole("button", { name: "Refuse the work part" }).click();
    await expect(region.getByText("Work part refused").first()).toBeVisible();
    await region.context().close();

    await mailTo(demo.employer, `Aanvraag ${reference}: arbeidskaart geweigerd`);
    const letters = await lettersOf(page, id);
    await expect(page.getByText("Work part refused").first()).toBeVisible();
    const progress = progressOf(page);
    await expect(progress).toContainText("Decision of the region on the work part: done — refused");
    await expect(progress).toContainText("Final decision on the combined permit: done — refused");
    // The appeal's last day, counted by the same rules the portal applied to the decision of today.
    const appeal = termsAfter({ event: "WORK_PART_REFUSAL_NOTIFIED", eventDate: dayInBelgium(), region: "FLEMISH_REGION" }).terms.find((term) => term.term === "APPEAL");
    const lastDay = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${appeal!.lastDay}T00:00:00Z`));
    await expect(progress).toContainText(`An appeal goes to the regional minister of employment, by ${lastDay} at the latest.`);
    await expect(progress).toContainText("Send it by registered letter, with your reasons, in a national language.");
    await expectPdf(page, letters.getByRole("link", { name: "Open Refusal of the work part (registered letter) (Dutch, PDF)" }), `${reference}-work-part-refusal.pdf`);
    await expectAccessible(page);
  });

  test("stopped before treatment: the employer asks, the region processes, both see it stopped", async ({ page, browser }) => {
    test.setTimeout(180_000);
    const { id, reference } = await submitted(page, `Stopped-${stem()}`);
    await page.getByRole("button", { name: "Stop the application" }).click();
    await page.getByRole("button", { name: "Yes, stop the application" }).click();
    await expect(page.getByText("Cancellation requested", { exact: true }).first()).toBeVisible();
    await expect(progressOf(page)).toContainText("Next: the competent service processes your cancellation request.");

    const region = await signedIn(browser, demo.caseworkerFlanders);
    await region.goto(`/en/dossiers/${id}`);
    // Before treatment the only act is the cancellation the employer asked for.
    await expect(panelOf(region).getByRole("button")).toHaveText(["Stop the application as requested"]);
    await panelOf(region).getByRole("button", { name: "Stop the application as requested" }).click();
    await expect(region.getByText("Stopped", { exact: true }).first()).toBeVisible();
    await expect(region.getByRole("region", { name: "Status" })).toContainText("Application stopped (cancelled before treatment)");
    await expect(panelOf(region)).toContainText("There is nothing for you to do on this application now.");
    await region.context().close();

    await mailTo(demo.employer, `Aanvraag ${reference} stopgezet`);
    await page.reload();
    await expect(page.getByText("Stopped", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Status" })).toContainText("Application stopped (cancelled before treatment)");
    await expect(progressOf(page)).toContainText("Final decision on the combined permit: done — stopped");
    await expect(page.getByRole("button", { name: "Stop the application" })).toHaveCount(0);
    await expectAccessible(page);
  });
});
