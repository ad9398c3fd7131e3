import { readdir } from "node:fs/promises";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import { elfBinary, pdfOfSize, png1x1, windowsExecutable } from "@/tests/fixtures/files";
import { CHECKLIST_KINDS, declareAndSubmit, demo, expectAccessible, fileSteps, signIn, test, uploadByRequest } from "./support";

/** Where the e2e server stores uploads (playwright.config.ts). */
const UPLOADS = path.resolve(".data/uploads-e2e");
const MiB = 1024 * 1024;

/** A draft of the demo employer in Antwerp (so it goes to Flanders) through its steps, on its documents page. */
async function draftWithDocumentsPage(page: Page): Promise<string> {
  const id = await fileSteps(page, `Docs-${Date.now().toString(36)}`, { workplaces: [{ unit: "Antwerp head office — Meir 1, 2000 Antwerpen", share: 100 }] });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Documents");
  return id;
}

function item(page: Page, label: string) {
  return page.getByRole("region", { name: label, exact: true });
}

async function storedFiles(applicationId: string): Promise<string[]> {
  return readdir(path.join(UPLOADS, "dossiers", applicationId)).catch(() => []);
}

/** A context with the employer signed in (through the form, with JavaScript), then JavaScript off. */
async function employerWithoutJavaScript(browser: Browser): Promise<Page> {
  const signedIn = await browser.newContext();
  const page = await signedIn.newPage();
  await signIn(page, demo.employer);
  const state = await signedIn.storageState();
  await signedIn.close();
  return (await browser.newContext({ javaScriptEnabled: false, storageState: state })).newPage();
}

test.describe("[DOCUMENTS] uploading per checklist item", () => {
  test("a PDF and a PNG go up and come back with the right headers; a renamed executable and an oversize file are refused", async ({ page }) => {
    await signIn(page, demo.employer);
    const id = await draftWithDocumentsPage(page);
    await expect(page.getByText("If a file is too large, reduce it first")).toBeVisible();
    await expectAccessible(page);

    const passport = item(page, "Copy of a valid passport");
    const pdf = pdfOfSize(300_000);
    await passport.getByLabel("Add a file: Copy of a valid passport").setInputFiles({ name: "paspoort.pdf", mimeType: "application/pdf", buffer: pdf });
    await passport.getByRole("button", { name: "Upload" }).click();
    await expect(passport.getByRole("status")).toHaveText("paspoort.pdf was added.");
    await expect(passport.getByRole("link", { name: "paspoort.pdf" })).toBeVisible();
    // Several files per item.
    await passport.getByLabel("Add a file: Copy of a valid passport").setInputFiles({ name: "pagina 2.png", mimeType: "image/png", buffer: png1x1 });
    await passport.getByRole("button", { name: "Upload" }).click();
    await expect(passport.getByRole("link", { name: "pagina 2.png" })).toBeVisible();
    await expect(passport.getByRole("row")).toHaveCount(3);
    await expect(passport.getByRole("row").filter({ hasText: "pagina 2.png" })).toContainText("PNG");

    // Download: the stored type, as an attachment, never sniffed, never cached.
    const href = (await passport.getByRole("link", { name: "paspoort.pdf" }).getAttribute("href"))!;
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="paspoort.pdf"; filename*=UTF-8''paspoort.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(Buffer.from(await response.body()).equals(pdf)).toBe(true);
    const [download] = await Promise.all([page.waitForEvent("download"), passport.getByRole("link", { name: "pagina 2.png" }).click()]);
    expect(download.suggestedFilename()).toBe("pagina 2.png");

    // A Windows executable named like a PDF, an ELF binary named like a photo: refused by content.
    const contract = item(page, "Employment contract");
    for (const [name, buffer] of [["contract.pdf", windowsExecutable], ["contract.png", elfBinary]] as const) {
      await contract.getByLabel("Add a file: Employment contract").setInputFiles({ name, mimeType: "application/pdf", buffer });
      await contract.getByRole("button", { name: "Upload" }).click();
      await expect(contract.getByText("The file must be a PDF, JPEG or PNG. Its content is none of these, whatever its name says")).toBeVisible();
    }
    await expect(contract.getByRole("table")).toHaveCount(0);
    await expectAccessible(page);

    // Over the 10 MB limit: refused before sending, with the instruction to reduce the file first.
    await contract.getByLabel("Add a file: Employment contract").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: pdfOfSize(10 * MiB + 1) });
    await contract.getByRole("button", { name: "Upload" }).click();
    await expect(contract.getByText(/The file is larger than 10 MB\. Reduce the file first/)).toBeVisible();
    await expect(contract.getByLabel("Add a file: Employment contract")).toHaveAttribute("aria-invalid", "true");

    expect(await storedFiles(id)).toHaveLength(2);
    expect(page.url()).not.toContain("?");

    // The draft's page links here, and asks before deleting the draft with its files.
    await page.getByRole("link", { name: "Back to the application" }).click();
    await page.getByText("Delete this draft", { exact: true }).click();
    await expect(page.getByRole("button", { name: "Yes, delete the draft" })).toBeVisible();
    await expectAccessible(page);
  });

  test("an upload in progress shows its progress and can be cancelled, leaving nothing behind", async ({ page, context }) => {
    await signIn(page, demo.employer);
    const id = await draftWithDocumentsPage(page);
    // A slow line, so that the upload is still running when Cancel is pressed.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 256 * 1024 });

    const medical = item(page, "Medical certificate");
    await medical.getByLabel("Add a file: Medical certificate").setInputFiles({ name: "attest.pdf", mimeType: "application/pdf", buffer: pdfOfSize(8 * MiB) });
    await medical.getByRole("button", { name: "Upload" }).click();
    const progress = medical.getByRole("progressbar", { name: "Uploading attest.pdf" });
    await expect(progress).toBeVisible();
    await expect.poll(async () => Number(await progress.getAttribute("value")), { timeout: 20_000 }).toBeGreaterThan(0);
    await expectAccessible(page);
    await medical.getByRole("button", { name: "Cancel the upload" }).click();
    await expect(medical.getByRole("status")).toHaveText("The upload of attest.pdf was cancelled.");
    await expect(progress).toHaveCount(0);

    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await page.reload();
    await expect(item(page, "Medical certificate").getByText("No file yet.")).toBeVisible();
    // The server noticed the broken-off body and deleted what it had written.
    await expect.poll(() => storedFiles(id), { timeout: 15_000 }).toEqual([]);
  });

  test("without JavaScript: upload, an oversize refusal, deleting a file and deleting the draft with its files", async ({ browser }) => {
    const page = await employerWithoutJavaScript(browser);
    const requests: string[] = [];
    // Every page load and every post (the static icon's cache-busting query is no form field).
    page.on("request", (request) => {
      if (request.isNavigationRequest() || request.method() === "POST") requests.push(request.url());
    });
    // The steps are filed with JavaScript here (forms-without-javascript.spec.ts files them without); the rest without.
    const helper = await (await browser.newContext({ storageState: await page.context().storageState() })).newPage();
    const id = await draftWithDocumentsPage(helper);
    await helper.context().close();

    await page.goto(`/en/dossiers/${id}/documents`);
    const fee = item(page, "Proof of payment of the administrative fee");
    await fee.getByLabel("Add a file: Proof of payment of the administrative fee").setInputFiles({ name: "betaling.pdf", mimeType: "application/pdf", buffer: pdfOfSize(50_000) });
    await fee.getByRole("button", { name: "Upload" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/dossiers/${id}/documents#item-FEE_PAYMENT_PROOF$`));
    await expect(page.getByText("betaling.pdf was added.")).toBeVisible();
    await expect(fee.getByRole("link", { name: "betaling.pdf" })).toBeVisible();

    // Too large: the server refuses it while it streams in, and says to reduce it first.
    await fee.getByLabel("Add a file: Proof of payment of the administrative fee").setInputFiles({ name: "groot.pdf", mimeType: "application/pdf", buffer: pdfOfSize(11 * MiB) });
    await fee.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByRole("link", { name: /The file is larger than 10 MB\. Reduce the file first/ })).toHaveAttribute("href", "#field-file-FEE_PAYMENT_PROOF");
    await expect(fee.getByText(/The file is larger than 10 MB\. Reduce the file first/)).toBeVisible();
    expect(await storedFiles(id)).toHaveLength(1);

    await fee.getByRole("button", { name: "Delete betaling.pdf" }).click();
    await expect(page.getByText("The file was deleted.")).toBeVisible();
    await expect(fee.getByText("No file yet.")).toBeVisible();
    expect(await storedFiles(id)).toEqual([]);

    // Upload two more, then delete the whole draft: a disclosure, then the confirming button.
    for (const name of ["a.png", "b.png"]) {
      await fee.getByLabel("Add a file: Proof of payment of the administrative fee").setInputFiles({ name, mimeType: "image/png", buffer: png1x1 });
      await fee.getByRole("button", { name: "Upload" }).click();
      await expect(page.getByText(`${name} was added.`)).toBeVisible();
    }
    expect(await storedFiles(id)).toHaveLength(2);
    await page.getByRole("link", { name: "Back to the application" }).click();
    await page.getByText("Delete this draft", { exact: true }).click();
    await expect(page.getByText("Delete this draft application for good, with its documents (files uploaded: 2)?")).toBeVisible();
    await page.getByRole("button", { name: "Yes, delete the draft" }).click();
    await expect(page).toHaveURL(/\/en\/employer$/);
    expect(await storedFiles(id)).toEqual([]);
    expect((await page.goto(`/en/dossiers/${id}`))?.status()).toBe(404);

    // No form's fields ever travelled in a URL.
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => new URL(url).search !== "")).toEqual([]);
    await page.context().close();
  });
});

test.describe("[DOCUMENTS] a submitted dossier's documents are read-only, for those who may read it", () => {
  test("the filer and the competent caseworker download them; another region's caseworker gets 404", async ({ page, browser }) => {
    await signIn(page, demo.employer);
    const id = await draftWithDocumentsPage(page);
    const passport = item(page, "Copy of a valid passport");
    await passport.getByLabel("Add a file: Copy of a valid passport").setInputFiles({ name: "Überweisung März.pdf", mimeType: "application/pdf", buffer: pdfOfSize(20_000) });
    await passport.getByRole("button", { name: "Upload" }).click();
    await expect(passport.getByRole("link", { name: "Überweisung März.pdf" })).toBeVisible();
    const href = (await passport.getByRole("link", { name: "Überweisung März.pdf" }).getAttribute("href"))!;

    await uploadByRequest(page, id, CHECKLIST_KINDS.filter((kind) => kind !== "PASSPORT"), pdfOfSize(10_000));
    await page.getByRole("link", { name: "Continue to check your answers" }).click();
    await declareAndSubmit(page);
    const documents = page.getByRole("region", { name: "Documents" });
    await expect(documents.getByRole("link", { name: "Überweisung März.pdf" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Add or change documents" })).toHaveCount(0);
    await page.goto(`/en/dossiers/${id}/documents`);
    await expect(page.getByText("The application was submitted: its documents can no longer be changed.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Upload" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
    await expectAccessible(page);

    const flemish = await (await browser.newContext()).newPage();
    await signIn(flemish, demo.caseworkerFlanders);
    await flemish.goto(`/en/dossiers/${id}`);
    await expect(flemish.getByRole("region", { name: "Documents" }).getByRole("link", { name: "Überweisung März.pdf" })).toBeVisible();
    await expectAccessible(flemish);
    const download = await flemish.request.get(href);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toBe(`attachment; filename="_berweisung M_rz.pdf"; filename*=UTF-8''%C3%9Cberweisung%20M%C3%A4rz.pdf`);
    await flemish.context().close();

    const walloon = await (await browser.newContext()).newPage();
    await signIn(walloon, demo.caseworkerWallonia);
    expect((await walloon.request.get(href)).status()).toBe(404);
    expect((await walloon.goto(`/en/dossiers/${id}/documents`))?.status()).toBe(404);
    await walloon.context().close();

    // A post from another site is refused, even with the session cookie.
    const forged = await page.request.post(`/api/dossiers/${id}/documents`, {
      headers: { Origin: "https://evil.example", Accept: "application/json" },
      multipart: { kind: "PASSPORT", file: { name: "x.png", mimeType: "image/png", buffer: png1x1 } },
    });
    expect(forged.status()).toBe(403);
  });
});
