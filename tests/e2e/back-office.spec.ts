import { expect } from "@playwright/test";
import { pdfOfSize } from "@/tests/fixtures/files";
import { CHECKLIST_KINDS, declareAndSubmit, demo, expectAccessible, fileSteps, signIn, signedIn, test, uploadByRequest, watchFormSubmissions } from "./support";

const pdf = pdfOfSize(10_000);

test.describe("[BACK-OFFICE] the region and the Immigration Office decide an application", () => {
  test("taken into treatment, declared admissible, work part granted, residence granted", async ({ page, browser }) => {
    test.setTimeout(180_000);
    await signIn(page, demo.employer);
    const id = await fileSteps(page, `Okafor-${Date.now().toString(36)}`, { workplaces: [{ unit: "Antwerp head office — Meir 1, 2000 Antwerpen", share: 100 }] });
    await uploadByRequest(page, id, CHECKLIST_KINDS, pdf);
    await page.goto(`/en/dossiers/${id}/check`);
    const reference = await declareAndSubmit(page);

    // The Flemish caseworker finds it in the queue, filtered to submitted applications by a posted form.
    const region = await signedIn(browser, demo.caseworkerFlanders);
    const watch = watchFormSubmissions(region);
    await region.goto("/en/caseworker");
    await region.getByLabel("Status").selectOption({ label: "Submitted" });
    await watch.submit(region.getByRole("button", { name: "Apply the filters" }));
    await expect(region).toHaveURL(/\/en\/caseworker$/);
    await expect(region.getByLabel("Status")).toHaveValue("SUBMITTED");
    watch.expectNoFieldsInUrls();
    await expectAccessible(region);
    await region.getByRole("link", { name: reference }).click();

    const panel = region.getByRole("region", { name: "Handling the application" });
    await expect(panel.getByRole("listitem").filter({ hasText: "Decision on admissibility" })).toBeVisible();
    await expectAccessible(region);
    await panel.getByRole("button", { name: "Take into treatment" }).click();
    await expect(region.getByText("Admissibility being checked").first()).toBeVisible();

    // Inadmissible needs reasons: refused per field, then declared admissible instead.
    await panel.getByRole("button", { name: "Declare inadmissible" }).click();
    await expect(panel.getByRole("link", { name: "Give the reasons for the decision, in at least 20 characters" })).toBeVisible();
    await expectAccessible(region);
    await panel.getByRole("button", { name: "Declare admissible" }).click();
    await expect(region.getByText("Work part being decided").first()).toBeVisible();
    await expect(panel.getByRole("listitem").filter({ hasText: "Decision on the application" })).toBeVisible();
    await panel.getByRole("button", { name: "Grant the work part" }).click();
    await expect(region.getByText("Residence being decided").first()).toBeVisible();
    // With the Immigration Office now, the region can only still extend the decision term.
    await expect(panel.getByRole("button")).toHaveText(["Extend the term"]);
    await region.context().close();

    const immigration = await signedIn(browser, demo.immigrationOffice);
    await immigration.goto("/en/immigration-office");
    await immigration.getByRole("link", { name: reference }).click();
    await expectAccessible(immigration);
    await immigration.getByRole("region", { name: "Handling the application" }).getByRole("button", { name: "Grant residence (annex 46)" }).click();
    await expect(immigration.getByText("Combined permit granted").first()).toBeVisible();
    await immigration.context().close();

    await page.goto(`/en/dossiers/${id}`);
    await expect(page.getByText("Combined permit granted").first()).toBeVisible();
  });
});
