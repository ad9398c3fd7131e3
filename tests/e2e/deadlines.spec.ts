import { expect, type Page } from "@playwright/test";
import { expectAccessible, expectAccessibleWithoutJavaScript, test, watchFormSubmissions } from "./support";

/** The public deadline calculator and its endpoint: no sign-in anywhere. */

const calculate = (page: Page) => page.getByRole("button", { name: "Calculate the deadline" });

for (const javaScriptEnabled of [false, true]) {
  test.describe(`[DEADLINES] deadline calculator (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });
    const accessible = (page: Page) => (javaScriptEnabled ? expectAccessible(page) : expectAccessibleWithoutJavaScript(page, page.context().browser()!));

    test("shows an appeal whose last day moved past the National Day, with its addressee and form", async ({ page }) => {
      const form = watchFormSubmissions(page);
      await page.goto("/en");
      await page.getByRole("link", { name: "Which deadline runs now, and until when?" }).click();
      await expect(page).toHaveURL("/en/deadlines");
      await expect(page).toHaveTitle(/^Deadline calculator/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deadline calculator");
      await accessible(page);

      await page.getByLabel("A refusal of the work authorisation was notified").check();
      await page.getByLabel("On which day?").fill("2026-06-21");
      await page.getByLabel("Region or community handling the application").selectOption("FLEMISH_REGION");
      await form.submit(calculate(page));

      const result = page.getByTestId("deadline-result");
      await expect(result.getByRole("heading", { name: "Appeal" })).toBeVisible();
      await expect(result).toContainText("1 month");
      await expect(result).toContainText(/Wednesday,? (22 July|July 22),? 2026/);
      await expect(result).toContainText(/The count ends on Tuesday,? (21 July|July 21),? 2026, a legal holiday \(National Day\): the last day moves to the next working day\./);
      await expect(result).toContainText("the minister of employment of the region or community");
      await expect(result).toContainText("by registered letter");
      await expect(result).toContainText("in Dutch, French or German");
      await expect(result).toContainText("the worker, if legally resident in Belgium");
      await expect(result.getByTestId("appeal-addressee")).toContainText("Koning Albert II-laan 35 bus 21");
      // The answers stay on the form.
      await expect(page.getByLabel("On which day?")).toHaveValue("2026-06-21");
      await expect(page.getByLabel("Region or community handling the application")).toHaveValue("FLEMISH_REGION");
      if (javaScriptEnabled) await expect(result.getByRole("heading", { name: "The deadline" })).toBeFocused();
      await accessible(page);
      form.expectNoFieldsInUrls();
    });

    test("says that no admissibility term is known in the Walloon Region", async ({ page }) => {
      await page.goto("/en/deadlines");
      await page.getByLabel("The application was received by the region or community").check();
      await page.getByLabel("On which day?").fill("2026-03-02");
      await page.getByLabel("Region or community handling the application").selectOption("WALLOON_REGION");
      await calculate(page).click();
      const result = page.getByTestId("deadline-result");
      await expect(result.getByRole("heading", { name: "Decision on whether the application is complete and admissible" })).toBeVisible();
      await expect(result.getByTestId("unknown-term")).toHaveText(/^No term is known for this region or community/);
    });

    test("names each problem at its field and in a summary linked to it", async ({ page }) => {
      const form = watchFormSubmissions(page);
      await page.goto("/en/deadlines");
      await page.getByLabel("The application was declared complete and admissible").check();
      await page.getByLabel("On which day?").fill("2026-03-16");
      await form.submit(calculate(page));

      await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Choose the category of the application" })).toHaveAttribute("href", "#field-category");
      await expect(page.getByRole("link", { name: "Enter the day the application was submitted, as a real date" })).toHaveAttribute("href", "#field-submissionDate");
      await expect(page.locator("#field-category-error")).toHaveText("Choose the category of the application");
      await expect(page.getByLabel("Category of the application")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByTestId("deadline-result")).toHaveCount(0);
      await expect(page.getByLabel("On which day?")).toHaveValue("2026-03-16");
      if (javaScriptEnabled) await expect(page.getByRole("region", { name: "There is a problem" })).toBeFocused();
      await accessible(page);

      await page.getByLabel("Category of the application").selectOption("EU_BLUE_CARD");
      await page.getByLabel("Day the application was submitted").fill("2026-02-27");
      await calculate(page).click();
      const result = page.getByTestId("deadline-result");
      await expect(result).toContainText("90 calendar days");
      await expect(result).toContainText("the permit is not deemed granted for this category");
      await expect(result).toContainText("The Single Permit Directive counts the same term from submission");
      form.expectNoFieldsInUrls();
    });
  });
}

test("[DEADLINES] in German: the decision term of a highly skilled worker, deemed granted when it passes", async ({ page }) => {
  await page.goto("/de/deadlines");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fristenrechner");
  await page.getByLabel("Der Antrag wurde für vollständig und zulässig erklärt").check();
  await page.getByLabel("An welchem Tag?").fill("2026-03-16");
  await page.getByLabel("Kategorie des Antrags").selectOption("HIGHLY_SKILLED");
  await page.getByLabel("Tag der Einreichung des Antrags").fill("2026-02-27");
  await page.getByRole("button", { name: "Frist berechnen" }).click();
  const result = page.getByTestId("deadline-result");
  await expect(result).toContainText("4 Monate");
  await expect(result).toContainText("16. Juli 2026");
  await expect(result).toContainText("Anlage 47");
});

test("[DEADLINES] the endpoint answers without sign-in, refuses bad input per field, and only POST", async ({ request }) => {
  const response = await request.post("/api/v1/deadlines", {
    headers: { "Accept-Language": "fr" },
    data: { event: "ADDITIONAL_INFORMATION_REQUEST_NOTIFIED", eventDate: "2026-03-06" },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-language"]).toBe("fr");
  // The counting itself is the unit tests'; here: the served answer is the computed one.
  expect(await response.json()).toMatchObject({ terms: [{ term: "ANSWER_ADDITIONAL_INFORMATION_REQUEST", lastDay: "2026-03-23", lastDayMovedToNextWorkingDay: { reason: "SATURDAY" } }] });
  const refused = await request.post("/api/v1/deadlines", { headers: { "Accept-Language": "fr" }, data: { event: "APPLICATION_RECEIVED", eventDate: "2026-03-02" } });
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toEqual({ errors: [{ path: "region", message: "Choisissez la région ou la communauté qui traite la demande" }] });
  for (const method of ["GET", "PUT"]) expect((await request.fetch("/api/v1/deadlines", { method })).status(), method).toBe(405);
});
