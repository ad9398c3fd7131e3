import { expect, type Page } from "@playwright/test";
import { pdfOfSize } from "@/tests/fixtures/files";
import {
  test,
  CHECKLIST_ITEMS,
  CHECKLIST_KINDS,
  declareAndSubmit,
  demo,
  expectAccessible,
  fileSteps,
  fillEmployment,
  fillResidence,
  fillWorker,
  payFee,
  signIn,
  startApplication,
  uploadByRequest,
  uploadItems,
} from "./support";

const units = {
  antwerp: "Antwerp head office — Meir 1, 2000 Antwerpen",
  brussels: "Brussels office — Rue de la Loi 50, 1040 Etterbeek",
  ghent: "Ghent depot — Kortrijksesteenweg 100, 9000 Gent",
  namur: "Atelier de Namur — Rue de Fer 20, 5000 Namur",
};
const pdf = pdfOfSize(20_000);
const stem = () => Date.now().toString(36);

function task(page: Page, name: string) {
  return page.getByRole("listitem").filter({ hasText: name });
}

test.describe("[FILING] the guided filing, through every step", () => {
  test("an employer files with real files, checks the answers and submits; only the competent region sees it, with the rules applied", async ({ page, browser }) => {
    test.setTimeout(150_000);
    const suffix = stem();
    const familyName = `Iyer-${suffix}`;
    await signIn(page, demo.employer);
    await page.getByRole("link", { name: "Start a new application" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("New application");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Start the application" }).click();
    await expect(page).toHaveURL(/\/en\/dossiers\/[0-9a-f-]{36}$/);
    const id = page.url().split("/").pop()!;

    // The task list: two steps can start, the others wait for them.
    await expect(task(page, "Where the worker lives")).toContainText("Not started");
    await expect(task(page, "The employment")).toContainText("Cannot start yet");
    await expect(page.getByRole("link", { name: "The employment" })).toHaveCount(0);
    await expect(page.getByText("0 of 5 steps completed")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Where the worker lives" }).click();
    await expectAccessible(page);
    await fillResidence(page);
    // Save and continue is strict: nothing is saved while a field is wrong.
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByRole("link", { name: "Enter the worker's given names" })).toHaveAttribute("href", "#field-worker-givenNames");
    await expect(page.getByRole("link", { name: "Enter the expiry date of the worker's passport" })).toBeVisible();
    await expectAccessible(page);
    // The passport expires before the contract ends: a warning on the check page, never a block.
    await fillWorker(page, familyName, "2029-01-31");

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The employment");
    await expectAccessible(page);
    const preview = page.getByRole("region", { name: "Region that will handle the application" });
    await page.getByLabel("Establishment unit 1").selectOption({ label: units.brussels });
    await expect(preview).toContainText("Brussels-Capital Region");
    // The salary is asked in the unit of the region the workplaces route to.
    await expect(page.getByLabel("Gross monthly salary (€)")).toBeVisible();
    await page.getByLabel("Establishment unit 1").selectOption({ label: units.antwerp });
    await expect(preview).toContainText("Flemish Region");
    await expect(page.getByLabel("Gross annual salary (€)")).toBeVisible();
    await fillEmployment(page, { workplaces: [{ unit: units.antwerp, share: 100 }], end: "2029-12-31" });

    // The fee: the amount, the account and the payment message made from the worker's data.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The fee");
    await expect(page.getByText("BE57 6792 0060 9235")).toBeVisible();
    await expect(page.locator("#payment-message")).toHaveText(`Iyer${suffix.charAt(0).toUpperCase()}${suffix.slice(1)}RaviIN03021991`);
    await expect(page.getByText(/€/).first()).toBeVisible();
    await expectAccessible(page);
    await payFee(page);

    // Documents: exactly the checklist, each item with its reason; a dated certificate asks its date of issue.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText([...CHECKLIST_ITEMS.slice(0, 4), "Proof of health insurance", ...CHECKLIST_ITEMS.slice(4)]);
    await expect(page.getByText("Every application needs a copy of the worker's valid passport")).toBeVisible();
    const criminal = page.getByRole("region", { name: "Criminal record certificate" });
    await criminal.getByLabel("Date of issue").fill("2025-01-15");
    await uploadItems(page, CHECKLIST_ITEMS, pdf);
    await expectAccessible(page);

    await page.goto(`/en/dossiers/${id}`);
    await expect(page.getByText("5 of 5 steps completed")).toBeVisible();
    await page.getByRole("link", { name: "Check your answers and submit" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers before submitting");
    await expect(page.getByRole("heading", { name: "What is still missing" })).toHaveCount(0);
    const warnings = page.getByRole("region", { name: "Check these points" });
    await expect(warnings).toContainText("The worker's passport expires on January 31, 2029, before the employment ends on December 31, 2029");
    await expect(warnings).toContainText("was issued on January 15, 2025, more than six months ago");
    const worker = page.getByRole("region", { name: "The worker", exact: true });
    await expect(worker).toContainText(familyName);
    await expect(page.getByRole("region", { name: "Documents" })).toContainText("Copy of a valid passport");
    await expectAccessible(page);

    // "Change" goes to the answer's field in its step.
    await worker.getByRole("link", { name: "Change Passport expiry date" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/dossiers/${id}/steps/worker#field-worker-passportExpiresOn$`));
    await expect(page.getByLabel("Passport expiry date")).toHaveValue("2029-01-31");
    await page.goto(`/en/dossiers/${id}/check`);

    // The declaration is required.
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByRole("link", { name: "Confirm the declaration to submit the application" })).toHaveAttribute("href", "#field-declaration");
    const referenceNumber = await declareAndSubmit(page);
    const dossierUrl = page.url();
    await expect(page.getByRole("region", { name: "Status" }).getByText(`Application submitted (reference ${referenceNumber})`)).toBeVisible();
    await expect(page.getByText("Flemish Region").first()).toBeVisible();
    await expectAccessible(page);

    // The Flemish caseworker finds it in the queue, with the dated rules that judged it.
    const flemish = await (await browser.newContext()).newPage();
    await signIn(flemish, demo.caseworkerFlanders);
    await flemish.getByRole("link", { name: referenceNumber }).click();
    await expect(flemish.getByRole("heading", { level: 1 })).toHaveText(referenceNumber);
    const rules = flemish.getByRole("region", { name: "Rules applied" });
    await expect(rules).toContainText("checklist.passport.2019");
    await expect(rules).toContainText("diplomatic-post.NEW_DELHI");
    await expectAccessible(flemish);
    await flemish.context().close();

    // Caseworkers of the other regions see no trace of it.
    for (const email of [demo.caseworkerBrussels, demo.caseworkerWallonia]) {
      const other = await (await browser.newContext()).newPage();
      await signIn(other, email);
      await expect(other.getByRole("link", { name: referenceNumber })).toHaveCount(0);
      expect((await other.goto(dossierUrl))?.status()).toBe(404);
      await other.context().close();
    }
  });

  test("a mandatary names the client employer first, then files through every step", async ({ page }) => {
    const familyName = `Okafor-${stem()}`;
    await signIn(page, demo.mandatary);
    await page.goto("/en/applications/new");
    await page.getByRole("button", { name: "Start the application" }).click();
    await expect(page.getByRole("link", { name: "Choose the employer you are filing for" })).toBeVisible();
    await fileSteps(page, familyName, { workplaces: [{ unit: units.namur, share: 100 }] }, "Boulangerie du Namurois SA");
    await uploadItems(page, CHECKLIST_ITEMS, pdf);
    await page.getByRole("link", { name: "Continue to check your answers" }).click();
    await declareAndSubmit(page);
    await expect(page.getByText("Walloon Region").first()).toBeVisible();
    await page.goto("/en/mandatary");
    await expect(page.getByRole("row").filter({ hasText: familyName })).toContainText("Boulangerie du Namurois SA");
  });

  test("a missing required document blocks the submission, which says which one and links to it", async ({ page }) => {
    await signIn(page, demo.employer);
    const id = await fileSteps(page, `Nair-${stem()}`, { workplaces: [{ unit: units.ghent, share: 100 }] });
    await uploadByRequest(page, id, CHECKLIST_KINDS.filter((kind) => kind !== "MEDICAL_CERTIFICATE"), pdf);
    await page.goto(`/en/dossiers/${id}`);
    await expect(task(page, "Documents")).toContainText("In progress");
    await expect(task(page, "Check your answers and submit")).toContainText("Cannot start yet");

    await page.goto(`/en/dossiers/${id}/check`);
    const missing = page.getByRole("region", { name: "What is still missing" });
    await expect(missing.getByRole("link")).toHaveText(["Upload the medical certificate"]);
    await page.getByLabel(/I declare that the information in this application is correct/).check();
    await page.getByRole("button", { name: "Submit application" }).click();
    const refusal = page.getByRole("region", { name: "There is a problem" }).getByRole("link", { name: "Upload the medical certificate" });
    await expect(refusal).toHaveAttribute("href", `/en/dossiers/${id}/documents#item-MEDICAL_CERTIFICATE`);
    await expectAccessible(page);
    await refusal.click();
    await expect(page).toHaveURL(new RegExp(`/en/dossiers/${id}/documents#item-MEDICAL_CERTIFICATE$`));
    await expect(page.getByRole("region", { name: "Medical certificate", exact: true }).getByText("No file yet.")).toBeVisible();
  });

  test("a worker abroad without a diplomatic post cannot go on", async ({ page }) => {
    await signIn(page, demo.employer);
    const id = await startApplication(page);
    await page.getByRole("link", { name: "Where the worker lives" }).click();
    await page.getByRole("group", { name: "Does the worker live in Belgium?" }).getByLabel("No").check();
    await page.getByLabel("Country where the worker lives").selectOption({ label: "India" });
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByRole("link", { name: "Choose the Belgian embassy or consulate that will issue the worker's visa" })).toHaveAttribute("href", "#field-diplomaticPostCode");
    await expect(page).toHaveURL(new RegExp(`/steps/residence(#.*)?$`));
    await page.goto(`/en/dossiers/${id}`);
    await expect(task(page, "Where the worker lives")).toContainText("Not started");
    await expect(task(page, "The employment")).toContainText("Cannot start yet");
    // Its page says why it cannot start, and offers no form.
    await page.goto(`/en/dossiers/${id}/steps/employment`);
    await expect(page.getByText("You cannot start this step yet. First complete: Where the worker lives.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save and continue" })).toHaveCount(0);
  });

  test("from Belgium, an illegal stay is refused at once and a category that is not exempt is refused with the reason", async ({ page }) => {
    await signIn(page, demo.employer);
    const id = await startApplication(page);
    await page.goto(`/en/dossiers/${id}/steps/residence`);
    await fillResidence(page, { stay: "No legal stay" });
    await expect(page.getByRole("link", { name: "A combined permit cannot be applied for from an illegal stay in Belgium" })).toHaveAttribute("href", "#field-stayType");
    await page.getByRole("group", { name: /on what basis do they stay here/ }).getByLabel(/^Legal short stay/).check();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await fillWorker(page, `Haddad-${stem()}`);
    await page.getByLabel("Category").selectOption({ label: "Other" });
    await page.getByRole("button", { name: "Save and continue" }).click();
    const reason = "This category is not exempt from the labour-market test, so it cannot be applied for from Belgium: the worker applies from abroad";
    await expect(page.getByRole("link", { name: reason })).toHaveAttribute("href", "#field-category");
    await expect(page.locator("#field-category-error")).toHaveText(reason);
    await expectAccessible(page);
  });

  test("an EU Blue Card with a salary below the competent region's threshold is refused on submission", async ({ page }) => {
    await signIn(page, demo.employer);
    const id = await fileSteps(page, `Kumar-${stem()}`, { category: "EU Blue Card", workplaces: [{ unit: units.brussels, share: 100 }], salary: "4000" });
    await uploadByRequest(page, id, CHECKLIST_KINDS, pdf);
    await page.goto(`/en/dossiers/${id}/check`);
    await expect(page.getByRole("region", { name: "The employment" })).toContainText("€4,000.00 per month");
    await page.getByLabel(/I declare that the information in this application is correct/).check();
    await page.getByRole("button", { name: "Submit application" }).click();
    const refusal = page.getByRole("region", { name: "There is a problem" }).getByRole("link", { name: /The gross salary is below the \d{4} threshold of the competent region for this category: at least €4,748.00 per month/ });
    await expect(refusal).toHaveAttribute("href", `/en/dossiers/${id}/steps/employment#field-grossSalary`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers before submitting");
    await refusal.click();
    await expect(page.getByLabel("Gross monthly salary (€)")).toHaveValue("4000");
  });

  test("an applicant stops a submitted application, after confirming", async ({ page }) => {
    await signIn(page, demo.employer);
    const id = await fileSteps(page, `Okoro-${stem()}`, { workplaces: [{ unit: units.ghent, share: 100 }] });
    // A draft cannot be stopped: it is not submitted yet.
    await page.goto(`/en/dossiers/${id}`);
    await expect(page.getByRole("button", { name: "Stop the application" })).toHaveCount(0);
    await uploadByRequest(page, id, CHECKLIST_KINDS, pdf);
    await page.goto(`/en/dossiers/${id}/check`);
    await declareAndSubmit(page);

    await page.getByRole("button", { name: "Stop the application" }).click();
    await expect(page.getByRole("button", { name: "Yes, stop the application" })).toBeFocused();
    await expectAccessible(page);
    await page.getByRole("button", { name: "No, keep it" }).click();
    await page.getByRole("button", { name: "Stop the application" }).click();
    await page.getByRole("button", { name: "Yes, stop the application" }).click();
    // Before treatment, "stop" is a cancellation request that the regional service processes (seed 000).
    await expect(page.getByText("Cancellation requested", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Status" })).toContainText("Cancellation requested");
    await expect(page.getByRole("button", { name: "Stop the application" })).toHaveCount(0);
  });

  test("the worker follows the dossier filed for them, but cannot open another", async ({ page }) => {
    await signIn(page, demo.worker);
    const row = page.getByRole("row").filter({ hasText: "Arjun Mehta" });
    await expect(row).toContainText("Submitted");
    await row.getByRole("link").click();
    await expect(page.getByRole("region", { name: "Status" }).getByText(/Application submitted/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Documents" }).getByRole("link", { name: "passport.pdf" })).toBeVisible();
    await expectAccessible(page);
    const response = await page.goto("/en/dossiers/00000000-0000-4000-8000-00000000dead");
    expect(response?.status()).toBe(404);
  });
});
