import { execFileSync } from "node:child_process";
import { expect, type Page } from "@playwright/test";
import { expectAccessible, test } from "./support";

/** The public processing-times page: figures from decided dossiers, as tables and charts, no sign-in. */

/**
 * Decided dossiers written into the e2e database by the factories (tests/support/add-decided-dossiers.ts,
 * in a process of its own). Without DATABASE_URL it attaches to the embedded server that
 * playwright.config.ts starts the portal on.
 */
function addDecidedDossiers(request: { region: string; category: string; days: number[] }) {
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "tests/support/add-decided-dossiers.ts", JSON.stringify(request)], {
    env: { ...process.env, EMBEDDED_POSTGRES_DIR: ".data/postgres-e2e", EMBEDDED_POSTGRES_PORT: "54331" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

const workDecisions = (page: Page) => page.getByRole("region", { name: "From submission to the decision on the work part" });
const finalDecisions = (page: Page) => page.getByRole("region", { name: "From submission to the final decision on the combined permit" });

test.describe("[PROCESSING TIMES] public processing times", () => {
  test("shows the median and 90th percentile of decided dossiers as a table and a chart, and withholds thin figures", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("link", { name: "How long does an application take?" }).click();
    await expect(page).toHaveURL("/en/processing-times");
    await expect(page).toHaveTitle(/^Processing times/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Processing times");
    await expect(page.getByText(/^Decisions taken from .+ \d{4} to .+ \d{4} \(the last 90 days\)\.$/)).toBeVisible();

    // The German-speaking Community's "other" categories: a group no other spec decides dossiers in.
    const row = (section: ReturnType<typeof workDecisions>) => section.getByRole("row", { name: /^German-speaking Community Other categories/ });
    const dossiersIn = async (section: ReturnType<typeof workDecisions>) => Number(await row(section).getByRole("cell").last().textContent());
    const before = await dossiersIn(workDecisions(page));

    addDecidedDossiers({ region: "GERMAN_SPEAKING_COMMUNITY", category: "SEASONAL_WORKER", days: [10, 12, 14, 16, 40] });
    await page.reload();

    const work = workDecisions(page);
    await expect(row(work).getByRole("cell").last()).toHaveText(String(before + 5));
    await expect(row(work)).toContainText(/\d+ days\s*\d+ days/);
    await expect(row(work)).not.toContainText("Not shown");
    // The same figures drawn, with a text alternative that names them.
    const chart = work.getByRole("img", { name: /Chart: median and 90th percentile in days/ });
    await expect(chart).toBeVisible();
    const median = (await row(work).getByRole("cell").nth(1).textContent())!.replace(" days", "");
    await expect(chart.locator("desc")).toContainText(`German-speaking Community, Other categories: median ${median} days`);

    // The work decisions only: the final-decision table has nothing for this group, and says why.
    await expect(row(finalDecisions(page))).toContainText("Not shown: fewer than 5 dossiers");
    await expect(page.getByRole("region", { name: "How the figures are computed" })).toContainText(
      "A figure resting on fewer than 5 dossiers is not shown",
    );
    await expectAccessible(page);
  });

  for (const [locale, title] of [["nl", "Doorlooptijden"], ["fr", "Délais de traitement"], ["de", "Bearbeitungszeiten"]] as const) {
    test(`in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/processing-times`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectAccessible(page);
    });
  }
});
