import { execFileSync } from "node:child_process";
import { expect } from "@playwright/test";
import { pdfOfSize } from "@/tests/fixtures/files";
import { CHECKLIST_KINDS, declareAndSubmit, demo, expectAccessible, expectAccessibleWithoutJavaScript, fileSteps, signIn, test, uploadByRequest } from "./support";

const pdf = pdfOfSize(10_000);

test.describe("[DOSSIER LIFE] the applicant answers an information request", () => {
  test("sees the request, uploads the document asked for, sends the answer (with and without JavaScript) and the dossier returns to review", async ({ page, browser }) => {
    test.setTimeout(120_000);
    await signIn(page, demo.employer);
    const id = await fileSteps(page, `Answer-${Date.now().toString(36)}`, { workplaces: [{ unit: "Antwerp head office — Meir 1, 2000 Antwerpen", share: 100 }] });
    await uploadByRequest(page, id, CHECKLIST_KINDS, pdf);
    await page.goto(`/en/dossiers/${id}/check`);
    await declareAndSubmit(page);

    // The Flemish caseworker takes it into treatment and asks for the signed contract (through the use cases).
    execFileSync("npx", ["tsx", "--conditions=react-server", "tests/e2e/prepare/request-information.ts", id], { env: process.env, stdio: "inherit" });

    await page.goto(`/en/dossiers/${id}`);
    const request = page.getByRole("region", { name: "Information requested" });
    await expect(request).toContainText("The employment contract is not signed by both parties.");
    await expect(request).toContainText("Employment contract");
    // The status tag under the reference.
    await expect(page.getByText("Additional information requested", { exact: true }).first()).toBeVisible();
    const progress = page.getByRole("region", { name: "Where the application stands" });
    await expect(progress.locator('[aria-current="step"]')).toContainText("Additional information requested: in progress");
    await expect(progress).toContainText("Your answer to the information request: by");
    await expect(progress).toContainText("Next: send the information asked for before the last day");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Answer the request" }).click();
    await expect(page).toHaveURL(new RegExp(`/dossiers/${id}/documents$`));

    // Sending without the document asked for names it, linked to its upload control.
    await page.getByRole("button", { name: "Send the answer" }).click();
    const summary = page.getByRole("region", { name: "There is a problem" });
    await expect(summary).toContainText("Upload at least one file for: Employment contract");

    const item = page.locator("#item-EMPLOYMENT_CONTRACT");
    await item.getByLabel("Add a file: Employment contract").setInputFiles({ name: "signed-contract.pdf", mimeType: "application/pdf", buffer: pdf });
    await item.getByRole("button", { name: "Upload" }).click();
    await expect(item.getByRole("row")).toHaveCount(2);
    await expect(item.getByRole("button", { name: /Delete/ })).toHaveCount(1);
    await expectAccessible(page);

    // The answer form, without JavaScript: a plain post and a redirect to the dossier.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await signIn(noScript, demo.employer);
    await noScript.goto(`/en/dossiers/${id}/documents`);
    await expectAccessibleWithoutJavaScript(noScript, browser);
    await noScript.getByLabel("Note for the competent service (optional)").fill("The contract, signed by both parties.");
    await noScript.getByRole("button", { name: "Send the answer" }).click();
    await noScript.waitForURL(new RegExp(`/en/dossiers/${id}$`));
    await expect(noScript.getByText("Admissibility being checked", { exact: true })).toBeVisible();
    await context.close();

    // The timeline moved back to the admissibility check; the request and its upload controls are gone.
    await page.goto(`/en/dossiers/${id}`);
    await expect(page.getByRole("region", { name: "Status" })).toContainText("Additional information provided");
    await expect(progress.locator('[aria-current="step"]')).toHaveText("Admissibility: in progress");
    await expect(progress).toContainText("Additional information requested: done — answered");
    await expect(progress).toContainText("Admissibility decision: by");
    await expect(page.getByRole("region", { name: "Information requested" })).toHaveCount(0);
    await page.goto(`/en/dossiers/${id}/documents`);
    await expect(page.getByRole("button", { name: "Send the answer" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Delete/ })).toHaveCount(0);
  });
});
