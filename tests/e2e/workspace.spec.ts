import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { demo, expectAccessible, fillResidence, fillWorker, signIn, startApplication, watchFormSubmissions } from "./support";

const stem = () => Math.random().toString(36).slice(2, 8);

test.describe("[WORKSPACE] the mandatary's workspace across clients", () => {
  test("a draft needs action, the search finds it by the worker's name, the CSV holds what is shown, and the client's home shows it too", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const familyName = `Workspace-${stem()}`;
    await signIn(page, demo.mandatary);
    await expect(page.getByRole("heading", { level: 2, name: "Needs your action" })).toBeVisible();

    // A draft for a client, with its worker named.
    const id = await startApplication(page, "Boulangerie du Namurois SA");
    await page.goto(`/en/dossiers/${id}/steps/residence`);
    await fillResidence(page);
    await fillWorker(page, familyName);

    // The search is posted and kept in a cookie: no field in any address.
    await page.goto("/en/mandatary");
    const watch = watchFormSubmissions(page);
    await page.getByLabel("Reference number or worker's name").fill(familyName.toLowerCase());
    await watch.submit(page.getByRole("button", { name: "Search", exact: true }));
    await expect(page).toHaveURL(/\/en\/mandatary$/);
    await expect(page.getByText("Only the applications matching the search and filters are shown.")).toBeVisible();
    await expect(page.getByLabel("Reference number or worker's name")).toHaveValue(familyName.toLowerCase());

    // Needs action: the draft, under its heading; then the list by client.
    const drafts = page.getByRole("region", { name: /^Drafts not submitted/ });
    await expect(drafts.getByRole("listitem")).toHaveCount(1);
    await expect(drafts.getByRole("listitem")).toContainText(`Ravi ${familyName}`);
    await expect(drafts.getByRole("listitem")).toContainText("Boulangerie du Namurois SA");
    const table = page.getByRole("table", { name: /^Boulangerie du Namurois SA — enterprise number 0876543270$/ });
    await expect(table.getByRole("row").filter({ hasText: familyName })).toContainText("Draft");
    await expect(page.getByRole("table")).toHaveCount(1);
    await expectAccessible(page);

    // Filtered by status and region as well: a draft has no region yet, so nothing is left.
    await page.getByLabel("Region").selectOption({ label: "Walloon Region" });
    await watch.submit(page.getByRole("button", { name: "Search", exact: true }));
    await expect(page.getByText("No application matches the search and filters.")).toBeVisible();
    await expect(page.getByText("Nothing needs your action.")).toBeVisible();
    await page.getByLabel("Region").selectOption({ label: "All" });
    await page.getByLabel("Status").selectOption({ label: "Draft" });
    await page.getByLabel("Client (name or enterprise number)").fill("0876.543.270");
    await watch.submit(page.getByRole("button", { name: "Search", exact: true }));
    await expect(page.getByRole("table")).toHaveCount(1);
    await expect(page.getByRole("row").filter({ hasText: familyName })).toBeVisible();
    watch.expectNoFieldsInUrls();

    // The export holds what is shown, in the page's language.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the list as a spreadsheet (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^applications-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Client,Enterprise number,Reference,Worker,Type,Status,Region,Submitted on,Next deadline,Employment ends on");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(new RegExp(`^Boulangerie du Namurois SA,0876543270,Draft,Ravi ${familyName},(?:"[^"]*"|[^,]*),Draft,,,,$`));

    // Cleared: the whole list again.
    await page.getByRole("button", { name: "Clear the search and filters" }).click();
    await expect(page.getByLabel("Reference number or worker's name")).toHaveValue("");
    await expect(page.getByText("Only the applications matching the search and filters are shown.")).toHaveCount(0);

    // The client's home is the same list, limited to its organisation: the client finds the draft, another employer does not.
    const bakery = await (await browser.newContext()).newPage();
    await signIn(bakery, demo.bakeryAdmin);
    // The home loaded anew, as above: a search typed while the sign-in's redirect still lands is lost.
    await bakery.goto("/en/employer");
    await bakery.getByLabel("Reference number or worker's name").fill(familyName);
    await bakery.getByRole("button", { name: "Search", exact: true }).click();
    await expect(bakery.getByText("Only the applications matching the search and filters are shown.")).toBeVisible();
    await expect(bakery.getByRole("region", { name: /^Drafts not submitted/ }).getByRole("listitem")).toContainText(familyName);
    await expect(bakery.getByLabel("Client (name or enterprise number)")).toHaveCount(0);
    await expectAccessible(bakery);
    await bakery.context().close();

    const scheldt = await (await browser.newContext()).newPage();
    await signIn(scheldt, demo.employer);
    await scheldt.goto("/en/employer");
    await scheldt.getByLabel("Reference number or worker's name").fill(familyName);
    await scheldt.getByRole("button", { name: "Search", exact: true }).click();
    await expect(scheldt.getByText("No application matches the search and filters.")).toBeVisible();
    await expect(scheldt.getByText("Nothing needs your action.")).toBeVisible();
    await scheldt.context().close();
  });
});
