import { expect, type Page } from "@playwright/test";
import { expectAccessible, expectAccessibleWithoutJavaScript, test, watchFormSubmissions } from "./support";

/** The public eligibility calculator for the combined permit of unlimited duration, and its endpoint: no sign-in anywhere. */

const check = (page: Page) => page.getByRole("button", { name: "Check eligibility" });
const answer = (page: Page, question: string, choice: "Yes" | "No") => page.getByRole("group", { name: question }).getByLabel(choice).check();

for (const javaScriptEnabled of [false, true]) {
  test.describe(`[ELIGIBILITY] eligibility calculator (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });
    const accessible = (page: Page) => (javaScriptEnabled ? expectAccessible(page) : expectAccessibleWithoutJavaScript(page, page.context().browser()!));

    test("counts two periods, leaves out an au pair period and an incapacity with the seed's reasons, and finds category 1 met", async ({ page }) => {
      const form = watchFormSubmissions(page);
      await page.goto("/en");
      await page.getByRole("link", { name: "Can I apply for a combined permit of unlimited duration?" }).click();
      await expect(page).toHaveURL("/en/eligibility");
      await expect(page).toHaveTitle(/^Can I apply for an unlimited-duration permit\?/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Can I apply for an unlimited-duration permit?");
      await accessible(page);

      await page.getByLabel("Day of the application").fill("2026-06-15");
      await answer(page, "Do you reside legally in Belgium?", "Yes");
      await answer(page, "Do you hold EU long-term resident status in another member state of the European Union?", "No");
      await page.getByLabel("First day of work period 1").fill("2021-06-16");
      await page.getByLabel("Last day of work period 1").fill("2026-06-15");
      await page.getByLabel("Basis of work period 1").selectOption("SINGLE_PERMIT");
      await page.getByRole("button", { name: "Add a period of incapacity to work period 1" }).click();
      await page.getByLabel("First day of incapacity 1 of work period 1").fill("2024-01-01");
      await page.getByLabel("Last day of incapacity 1 of work period 1").fill("2024-01-10");
      await page.getByLabel("Cause of incapacity 1 of work period 1").selectOption("ILLNESS");
      await answer(page, "Did incapacity 1 of work period 1 begin while you were regularly employed by an employer established in Belgium?", "No");
      await page.getByRole("button", { name: "Add a work period" }).click();
      await page.getByLabel("First day of work period 2").fill("2019-01-01");
      await page.getByLabel("Last day of work period 2").fill("2021-06-15");
      await page.getByLabel("Basis of work period 2").selectOption("AU_PAIR");
      // A third row added and removed again, to show rows go as they came.
      await page.getByRole("button", { name: "Add a work period" }).click();
      await page.getByRole("button", { name: "Remove work period 3" }).click();
      await expect(page.getByLabel("First day of work period 3")).toHaveCount(0);
      // What was entered before the rows changed is still there.
      await expect(page.getByLabel("Last day of incapacity 1 of work period 1")).toHaveValue("2024-01-10");
      await form.submit(check(page));

      const result = page.getByTestId("eligibility-result");
      await expect(result.getByTestId("eligibility-overall")).toHaveText("You can apply for the combined permit of unlimited duration: you meet category 1.");
      const category1 = result.getByTestId("eligibility-category-1");
      await expect(category1).toContainText(/(16 June 2021|June 16, 2021) to (15 June 2026|June 15, 2026)/);
      // The whole 5-year window (1826 days) less the 10 days of incapacity that do not count.
      await expect(category1).toContainText("1,816");
      await expect(category1).toContainText("1,461");
      await expect(category1).toContainText("Met");
      const category2 = result.getByTestId("eligibility-category-2");
      await expect(category2).toContainText("Not met");
      await expect(category2).toContainText("You do not hold EU long-term resident status in another member state.");
      const excluded = result.getByTestId("eligibility-excluded");
      await expect(excluded).toContainText(/Incapacity 1 of work period 1, (1 January 2024|January 1, 2024) to (10 January 2024|January 10, 2024)/);
      await expect(excluded).toContainText("it did not begin while you were regularly employed by an employer established in Belgium");
      await expect(excluded).toContainText("Work without an employment contract (as an au pair or a trainee, for example) does not count.");
      // The answers stay on the form.
      await expect(page.getByLabel("Basis of work period 2")).toHaveValue("AU_PAIR");
      if (javaScriptEnabled) await expect(result.getByRole("heading", { name: "The answer" })).toBeFocused();
      await accessible(page);
      form.expectNoFieldsInUrls();
    });

    test("names each problem at its field and in a summary linked to it", async ({ page }) => {
      const form = watchFormSubmissions(page);
      await page.goto("/en/eligibility");
      await page.getByLabel("Day of the application").fill("2026-06-15");
      await answer(page, "Do you reside legally in Belgium?", "Yes");
      await page.getByLabel("First day of work period 1").fill("2025-03-01");
      await page.getByLabel("Last day of work period 1").fill("2025-02-28");
      await page.getByLabel("Basis of work period 1").selectOption("WORK_CARD");
      await form.submit(check(page));

      await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Enter a last day that is not before the first day" })).toHaveAttribute("href", "#field-workPeriods-0-to");
      await expect(page.getByRole("link", { name: "Say whether you hold EU long-term resident status in another member state" })).toHaveAttribute(
        "href",
        "#field-euLongTermResidentInOtherMemberState",
      );
      await expect(page.getByLabel("Last day of work period 1")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByTestId("eligibility-result")).toHaveCount(0);
      if (javaScriptEnabled) await expect(page.getByRole("region", { name: "There is a problem" })).toBeFocused();
      await accessible(page);

      await answer(page, "Do you hold EU long-term resident status in another member state of the European Union?", "Yes");
      await page.getByLabel("Last day of work period 1").fill("2026-06-15");
      await check(page).click();
      const result = page.getByTestId("eligibility-result");
      await expect(result.getByTestId("eligibility-overall")).toHaveText("You can apply for the combined permit of unlimited duration: you meet category 2.");
      await expect(result.getByTestId("eligibility-category-1")).toContainText("Too few days of work that count in the window: 989 more are needed.");
      form.expectNoFieldsInUrls();
    });
  });
}

test("[ELIGIBILITY] in French: the page and its answer", async ({ page }) => {
  await page.goto("/fr/eligibility");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Puis-je demander un permis à durée illimitée ?");
  await page.getByLabel("Jour de la demande").fill("2026-06-15");
  await page.getByRole("group", { name: "Séjournez-vous légalement en Belgique ?" }).getByLabel("Non").check();
  await page.getByRole("group", { name: /^Avez-vous le statut de résident de longue durée UE/ }).getByLabel("Non").check();
  await page.getByLabel("Premier jour de la période de travail 1").fill("2020-01-01");
  await page.getByLabel("Dernier jour de la période de travail 1").fill("2026-06-15");
  await page.getByLabel("Base de la période de travail 1").selectOption("POSTING");
  await page.getByRole("button", { name: "Vérifier si je peux demander" }).click();
  const result = page.getByTestId("eligibility-result");
  await expect(result.getByTestId("eligibility-overall")).toHaveText(/^Vous ne pouvez pas encore demander/);
  await expect(result).toContainText("Vous ne séjournez pas légalement en Belgique.");
  await expect(result.getByTestId("eligibility-excluded")).toContainText("vous étiez encore lié à votre employeur étranger");
});

test("[ELIGIBILITY] the endpoint answers without sign-in, refuses bad input per field, and only POST", async ({ request }) => {
  const url = "/api/v1/eligibility/unlimited-duration";
  const question = {
    applicationDate: "2026-06-15",
    legalResidenceInBelgium: true,
    euLongTermResidentInOtherMemberState: false,
    workPeriods: [{ from: "2022-06-16", to: "2026-06-15", basis: "WORK_CARD", incapacityPeriods: [] }],
  };
  const response = await request.post(url, { headers: { "Accept-Language": "nl" }, data: question });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-language"]).toBe("nl");
  // The counting itself is the unit tests'; here: the served answer is the computed one.
  expect(await response.json()).toMatchObject({ eligible: true, categoriesMet: [1], category1: { countedDays: 1461, requiredDays: 1461, met: true }, excludedPeriods: [] });
  const refused = await request.post(url, { headers: { "Accept-Language": "nl" }, data: { ...question, workPeriods: [{ ...question.workPeriods[0], to: "2022-06-15" }] } });
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toEqual({ errors: [{ path: "workPeriods.0.to", message: "Vul een laatste dag in die niet vóór de eerste dag ligt" }] });
  for (const method of ["GET", "PUT"]) expect((await request.fetch(url, { method })).status(), method).toBe(405);
});
