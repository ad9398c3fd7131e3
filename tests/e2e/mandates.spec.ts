import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { formatKboNumber } from "@/lib/identifiers/enterprise-number";
import { demo, expectAccessible, fillResidence, fillWorker, signIn, signedIn, startApplication, watchFormSubmissions } from "./support";

const EMPLOYER = "Scheldt Logistics NV";

/** A fresh mandatary organisation and its administrator (tests/e2e/prepare/mandatary-organisation.ts). */
function freshMandatary(): { name: string; enterpriseNumber: string; adminEmail: string } {
  const stem = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "tests/e2e/prepare/mandatary-organisation.ts", stem], { env: process.env });
  return JSON.parse(out.toString().trim().split("\n").pop()!) as { name: string; enterpriseNumber: string; adminEmail: string };
}

const table = (page: Page, caption: string) => page.getByRole("table", { name: caption });

test.describe("[MANDATES] an employer grants a mandate, the mandatary accepts and files, the employer ends it", () => {
  test("granted, accepted, filed under it, ended: the mandatary then loses the employer's dossier", async ({ page, browser }) => {
    test.setTimeout(180_000);
    const mandatary = freshMandatary();

    // The employer's administrator grants the mandate from the organisation's navigation.
    await signIn(page, demo.employerAdmin);
    await page.getByRole("link", { name: "Mandates", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Mandates of ${EMPLOYER}` })).toBeVisible();
    await expectAccessible(page);
    const watch = watchFormSubmissions(page);
    // A wrong number says which rule it breaks, and nothing is proposed.
    await page.getByLabel("Enterprise number of the mandatary (KBO/BCE)").fill("0412.345.615");
    await watch.submit(page.getByRole("button", { name: "Propose the mandate" }));
    await expect(page.locator("#field-enterpriseNumber-error")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Enterprise number of the mandatary (KBO/BCE)").fill(formatKboNumber(mandatary.enterpriseNumber));
    await watch.submit(page.getByRole("button", { name: "Propose the mandate" }));
    const proposed = table(page, "Proposed, not yet accepted").getByRole("row", { name: new RegExp(mandatary.name) });
    await expect(proposed).toContainText("Granted by Pieter De Smet");
    await expect(proposed.getByRole("button", { name: `Withdraw the proposal to ${mandatary.name}` })).toBeVisible();
    watch.expectNoFieldsInUrls();

    // The mandatary's administrator accepts it.
    const agent = await signedIn(browser, mandatary.adminEmail);
    await agent.goto("/en/organisation/mandates");
    await expectAccessible(agent);
    await agent.getByRole("button", { name: `Accept the mandate of ${EMPLOYER}` }).click();
    const accepted = table(agent, "Accepted").getByRole("row", { name: new RegExp(EMPLOYER) });
    await expect(accepted).toContainText("In force");
    await expect(accepted).toContainText("Accepted by Lien Maes");
    await expectAccessible(agent);

    // It files for the employer, under that mandate, and sees the dossier.
    const familyName = `Mandate-${Date.now().toString(36)}`;
    const id = await startApplication(agent, EMPLOYER);
    await agent.goto(`/en/dossiers/${id}/steps/residence`);
    await fillResidence(agent);
    await fillWorker(agent, familyName);
    await agent.goto(`/en/dossiers/${id}`);
    await expect(agent.getByText(new RegExp(`${mandatary.name}, under the mandate from`))).toBeVisible();
    await agent.goto("/en/mandatary");
    // In the workspace's list of dossiers (a draft is also under "needs action").
    await expect(agent.getByRole("cell", { name: `Ravi ${familyName}` })).toBeVisible();

    // The employer ends the mandate: it is listed as ended, with who and when.
    await page.goto("/en/organisation/mandates");
    await table(page, "Accepted").getByRole("button", { name: `End the mandate with ${mandatary.name}` }).click();
    await expect(table(page, "Ended").getByRole("row", { name: new RegExp(mandatary.name) })).toContainText("Ended by Pieter De Smet");
    await expectAccessible(page);

    // The mandatary no longer opens the dossier by its URL, nor lists it; the employer keeps it.
    expect((await agent.goto(`/en/dossiers/${id}`))?.status()).toBe(404);
    expect((await agent.goto(`/en/dossiers/${id}/steps/employment`))?.status()).toBe(404);
    await agent.goto("/en/mandatary");
    await expect(agent.getByText(familyName)).toHaveCount(0);
    await agent.goto("/en/organisation/mandates");
    await expect(table(agent, "Ended").getByRole("row", { name: new RegExp(EMPLOYER) })).toContainText("Ended by Pieter De Smet");
    await page.goto(`/en/dossiers/${id}`);
    await expect(page.getByText(familyName).first()).toBeVisible();
  });
});
