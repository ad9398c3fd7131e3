import { expect, type Page } from "@playwright/test";
import { expectAccessible, test } from "./support";

/** The public "Which region handles my application?" page and its endpoint: no sign-in anywhere. */

async function fillUnit(page: Page, number: number, postalCode: string, share: string) {
  await page.getByLabel(`Postal code of unit ${number}`, { exact: true }).fill(postalCode);
  await page.getByLabel(`Share of working time in unit ${number} (%)`, { exact: true }).fill(share);
}

test.describe("[ROUTING] which region handles my application", () => {
  test("shows the region and the reason live as units are entered, and follows a change of share", async ({ page }) => {
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    await page.goto("/en");
    await page.getByRole("link", { name: "Which region handles my application?" }).click();
    await expect(page).toHaveURL("/en/which-region");
    await expect(page).toHaveTitle(/^Which region handles my application\?/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which region handles my application?");
    const result = page.getByTestId("which-region-result");
    await expect(result).toContainText("Complete the form to see which region handles the application.");

    await fillUnit(page, 1, "2000", "60");
    await expect(page.getByText("Antwerpen, Flemish Region")).toBeVisible();
    await expect(page.getByText("Total so far: 60% of working time")).toBeVisible();
    await page.getByRole("button", { name: "Add an establishment unit" }).click();
    // The new row takes focus, so keyboard users carry on where they are.
    await expect(page.getByLabel("Postal code of unit 2", { exact: true })).toBeFocused();
    await page.keyboard.type("1000");
    await page.keyboard.press("Tab");
    await page.keyboard.type("40");

    await expect(result).toContainText("Flemish Region");
    await expect(result).toContainText("Rule applied: main place of employment (establishment units)");
    await expect(result).toContainText(
      "The worker is mainly employed in the Flemish Region: 60% of working time in the Flemish Region (Antwerpen 60%) against 40% in the Brussels-Capital Region (Bruxelles 40%).",
    );
    await expectAccessible(page);

    await fillUnit(page, 1, "2000", "30");
    await page.getByLabel("Share of working time in unit 2 (%)", { exact: true }).fill("70");
    await expect(result.getByText("Brussels-Capital Region", { exact: true })).toBeVisible();
    await expect(result).toContainText("The worker is mainly employed in the Brussels-Capital Region: 70% of working time in the Brussels-Capital Region (Bruxelles 70%) against 30% in the Flemish Region (Antwerpen 30%).");

    await page.getByRole("button", { name: "Remove unit 2" }).click();
    await expect(page.getByRole("button", { name: "Add an establishment unit" })).toBeFocused();
    await page.getByRole("button", { name: "Remove unit 1" }).click();
    await expect(page.getByText("No establishment unit in Belgium.")).toBeVisible();
    // No hydration mismatch or missing message on the way.
    expect(consoleErrors).toEqual([]);
  });

  test("a tie goes to the registered office once the visitor says where it is", async ({ page }) => {
    await page.goto("/en/which-region");
    const result = page.getByTestId("which-region-result");
    await fillUnit(page, 1, "2000", "50");
    await page.getByRole("button", { name: "Add an establishment unit" }).click();
    await fillUnit(page, 2, "1000", "50");
    await expect(result).toContainText("Say whether the employer has its registered office in Belgium");

    await page.getByLabel("Yes, in Belgium").check();
    await page.getByLabel("Postal code of the registered office").fill("4000");
    await expect(page.getByText("Liège, Walloon Region")).toBeVisible();
    await expect(result.getByText("Walloon Region", { exact: true })).toBeVisible();
    await expect(result).toContainText("Rule applied: location of the registered office");
    await expect(result).toContainText(
      "No main place of employment can be determined: 50% in the Flemish Region (Antwerpen 50%) and 50% in the Brussels-Capital Region (Bruxelles 50%). The location of the registered office (4000 Liège) therefore decides: Walloon Region.",
    );

    await page.getByLabel("No, the employer has no registered office in Belgium").check();
    await expect(result).toContainText("Not determined");
    await expect(result.getByRole("listitem")).toHaveText(["Flemish Region", "Brussels-Capital Region"]);
    await expectAccessible(page);
  });

  test("explains an unknown postal code at the field and in a summary linked to it", async ({ page }) => {
    await page.goto("/en/which-region");
    await page.getByLabel("No, the employer has no registered office in Belgium").check();
    const postalCode = page.getByLabel("Postal code of unit 1", { exact: true });
    await postalCode.fill("9999");
    await postalCode.blur();
    await expect(page.locator("#field-establishments-0-postalCode-error")).toHaveText("Enter a postal code that exists in Belgium.");
    await expect(postalCode).toHaveAttribute("aria-invalid", "true");

    await page.getByRole("button", { name: "Show the competent region" }).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    const link = page.getByRole("link", { name: "Enter a postal code that exists in Belgium." });
    await expect(link).toHaveAttribute("href", "#field-establishments-0-postalCode");
    await expectAccessible(page);
    await link.click();
    await expect(postalCode).toBeFocused();

    await postalCode.fill("4700");
    await expect(page.getByTestId("which-region-result")).toContainText("German-speaking Community");
    await page.getByRole("button", { name: "Show the competent region" }).click();
    await expect(page.getByRole("heading", { name: "Competent region" })).toBeFocused();
  });

  test("on submission, asks the endpoint and shows its answer in place of the preview until the next edit", async ({ page }) => {
    await page.goto("/en/which-region");
    const result = page.getByTestId("which-region-result");
    await page.getByLabel("Yes, in Belgium").check();
    await page.getByLabel("Postal code of the registered office").fill("1000");
    await fillUnit(page, 1, "2000", "60");
    await page.getByRole("button", { name: "Add an establishment unit" }).click();
    await fillUnit(page, 2, "1000", "40");
    await expect(result).toContainText("Preview, updated as you type. Press “Show the competent region” to have the portal confirm it.");
    await expect(result).toHaveAttribute("data-source", "preview");

    const replied = page.waitForResponse((r) => r.url().endsWith("/api/v1/routing/competent-region") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Show the competent region" }).click();
    const response = await replied;
    expect(response.status()).toBe(200);
    expect(response.request().headers()["accept-language"]).toBe("en");
    expect(response.request().postDataJSON()).toEqual({
      registeredOffice: { postalCode: "1000" },
      establishments: [
        { postalCode: "2000", share: 60 },
        { postalCode: "1000", share: 40 },
      ],
      placesOfWork: [],
    });
    const answer = (await response.json()) as { reason: string };
    await expect(result).toHaveAttribute("data-source", "server");
    await expect(result).toContainText("The portal's answer for the details you entered.");
    await expect(result.getByText("Flemish Region", { exact: true })).toBeVisible();
    await expect(result).toContainText("Rule applied: main place of employment (establishment units)");
    await expect(result).toContainText(answer.reason);
    await expect(result).not.toContainText("Preview");
    await expect(page.getByRole("heading", { name: "Competent region" })).toBeFocused();
    await expectAccessible(page);

    // Leaving a field changes nothing the answer depends on; a new share brings the preview back.
    await page.getByLabel("Share of working time in unit 2 (%)", { exact: true }).focus();
    await page.getByLabel("Share of working time in unit 1 (%)", { exact: true }).focus();
    await expect(result).toHaveAttribute("data-source", "server");
    await fillUnit(page, 1, "2000", "30");
    await page.getByLabel("Share of working time in unit 2 (%)", { exact: true }).fill("70");
    await expect(result).toHaveAttribute("data-source", "preview");
    await expect(result.getByText("Brussels-Capital Region", { exact: true })).toBeVisible();
    await expect(result).toContainText("Preview, updated as you type.");
    await expect(result).not.toContainText("The portal's answer");
  });

  test("puts the endpoint's refusal on the fields and in the summary", async ({ page }) => {
    // The page checks with the endpoint's own schema first, so only a page out of date with the
    // endpoint (a newer postal-code table, say) meets a refusal: the endpoint's reply is faked.
    await page.route("**/api/v1/routing/competent-region", (route) =>
      route.fulfill({
        status: 400,
        contentType: "application/json",
        body: JSON.stringify({
          errors: [
            { path: "establishments.1.postalCode", message: "This postal code no longer exists." },
            { path: "", message: "Something about the whole request." },
          ],
        }),
      }),
    );
    await page.goto("/en/which-region");
    const result = page.getByTestId("which-region-result");
    await page.getByLabel("No, the employer has no registered office in Belgium").check();
    await fillUnit(page, 1, "2000", "60");
    await page.getByRole("button", { name: "Add an establishment unit" }).click();
    await fillUnit(page, 2, "1000", "40");
    await expect(result).toContainText("Flemish Region");
    await page.getByRole("button", { name: "Show the competent region" }).click();

    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByRole("region", { name: "There is a problem" })).toBeFocused();
    const link = page.getByRole("link", { name: "This postal code no longer exists." });
    await expect(link).toHaveAttribute("href", "#field-establishments-1-postalCode");
    await expect(page.locator("#field-establishments-1-postalCode-error")).toHaveText("This postal code no longer exists.");
    await expect(page.getByLabel("Postal code of unit 2", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Something about the whole request.")).toHaveCount(2);
    // No region beside the refusal: the preview does not contradict the endpoint.
    await expect(result).toContainText("The portal cannot work out the region from these details");
    await expect(result).not.toContainText("Flemish Region");
    await expectAccessible(page);

    await link.click();
    await expect(page.getByLabel("Postal code of unit 2", { exact: true })).toBeFocused();
    await page.keyboard.press("End");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("30");
    // Schaerbeek (1030) instead of Bruxelles: the refusal was for other details, and the preview is back.
    await expect(page.locator("#field-establishments-1-postalCode-error")).toHaveCount(0);
    await expect(page.getByText("Something about the whole request.")).toHaveCount(1);
    await expect(result).toContainText("Flemish Region");
  });

  test("says so when the endpoint cannot be reached, keeping what was entered", async ({ page }) => {
    let fail = true;
    await page.route("**/api/v1/routing/competent-region", (route) => (fail ? route.abort("connectionfailed") : route.fallback()));
    await page.goto("/en/which-region");
    const result = page.getByTestId("which-region-result");
    await page.getByLabel("Yes, in Belgium").check();
    await page.getByLabel("Postal code of the registered office").fill("4000");
    await page.getByRole("button", { name: "Remove unit 1" }).click();
    await page.getByRole("button", { name: "Show the competent region" }).click();

    const alert = page.getByRole("alert").filter({ hasText: "could not be checked" });
    await expect(alert).toHaveText("The competent region could not be checked just now: the connection failed or the portal had a problem. What you entered is kept; try again in a moment.");
    await expect(page.getByLabel("Postal code of the registered office")).toHaveValue("4000");
    await expect(result).toHaveAttribute("data-source", "preview");
    await expect(result).toContainText("Walloon Region");
    await expectAccessible(page);

    fail = false;
    const replied = page.waitForResponse((r) => r.url().endsWith("/api/v1/routing/competent-region"));
    await page.getByRole("button", { name: "Show the competent region" }).click();
    expect((await replied).status()).toBe(200);
    await expect(alert).toHaveCount(0);
    await expect(result).toHaveAttribute("data-source", "server");
    await expect(result).toContainText("The employer has no establishment unit in Belgium. The location of the registered office (4000 Liège) therefore decides: Walloon Region.");
  });

  test("says so when the endpoint fails with a 500", async ({ page }) => {
    await page.route("**/api/v1/routing/competent-region", (route) =>
      route.fulfill({ status: 500, contentType: "application/json", body: JSON.stringify({ error: "UNEXPECTED" }) }),
    );
    await page.goto("/en/which-region");
    await page.getByLabel("No, the employer has no registered office in Belgium").check();
    await fillUnit(page, 1, "2000", "");
    await page.getByRole("button", { name: "Show the competent region" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "could not be checked" })).toBeVisible();
    await expect(page.getByLabel("Postal code of unit 1", { exact: true })).toHaveValue("2000");
    await expect(page.getByTestId("which-region-result")).toContainText("Flemish Region");
  });

  test("in German: no office and no unit, the places of work decide", async ({ page }) => {
    await page.goto("/de/which-region");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welche Region bearbeitet meinen Antrag?");
    await expect(page.getByText("Orte, an denen der Arbeitnehmer arbeiten wird")).toHaveCount(0);
    await page.getByLabel("Nein, der Arbeitgeber hat keinen Gesellschaftssitz in Belgien").check();
    await page.getByRole("button", { name: "Einheit 1 entfernen" }).click();
    await page.getByLabel("Postleitzahl des Arbeitsorts 1", { exact: true }).fill("4700");
    await expect(page.getByText("Eupen, Deutschsprachige Gemeinschaft")).toBeVisible();
    const result = page.getByTestId("which-region-result");
    await expect(result.getByText("Deutschsprachige Gemeinschaft", { exact: true })).toBeVisible();
    await expect(result).toContainText("Der Arbeitnehmer wird ausschließlich in der Deutschsprachigen Gemeinschaft arbeiten (Eupen 100\u00a0%).");
    await expectAccessible(page);

    // Submitted, the endpoint answers in the page's language.
    const replied = page.waitForResponse((r) => r.url().endsWith("/api/v1/routing/competent-region") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Zuständige Region anzeigen" }).click();
    const response = await replied;
    expect(response.request().headers()["accept-language"]).toBe("de");
    expect(response.headers()["content-language"]).toBe("de");
    expect(await response.json()).toMatchObject({ region: "GERMAN_SPEAKING_COMMUNITY", rule: "PLACE_OF_ACTIVITY", candidates: [] });
    await expect(result).toContainText("Antwort des Portals für die von Ihnen eingegebenen Angaben.");
    await expect(result).toContainText("Der Arbeitnehmer wird ausschließlich in der Deutschsprachigen Gemeinschaft arbeiten (Eupen 100\u00a0%).");
  });
});

test.describe("[ROUTING] POST /api/v1/routing/competent-region", () => {
  const url = "/api/v1/routing/competent-region";

  test("answers without a session, in the language asked for", async ({ request }) => {
    const response = await request.post(url, {
      headers: { "Accept-Language": "nl-BE,nl;q=0.9" },
      data: { registeredOffice: null, establishments: [{ postalCode: "2000", share: 60 }, { postalCode: "1000", share: 40 }], placesOfWork: [] },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-language"]).toBe("nl");
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(await response.json()).toEqual({
      region: "FLEMISH_REGION",
      rule: "ESTABLISHMENT_UNIT",
      candidates: [],
      reason:
        "De werknemer wordt hoofdzakelijk tewerkgesteld in het Vlaams Gewest: 60% van de arbeidstijd in het Vlaams Gewest (Antwerpen 60%), tegenover 40% in het Brussels Hoofdstedelijk Gewest (Brussel 40%).",
    });
  });

  test("refuses a body over 64 KiB with 413", async ({ request }) => {
    const response = await request.post(url, { headers: { "Content-Type": "application/json" }, data: Buffer.from(`{"establishments":[]${" ".repeat(70 * 1024)}}`) });
    expect(response.status()).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ path: "", message: "The request is too large: send at most 64 KiB of routing details." }] });
  });

  test("answers a body that is not JSON with 400, and other methods with 405", async ({ request }) => {
    const bad = await request.post(url, { headers: { "Content-Type": "application/json" }, data: Buffer.from("{ not json") });
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({ errors: [{ path: "", message: "Send the routing details as JSON." }] });
    for (const method of ["GET", "PUT", "DELETE", "PATCH"]) {
      const response = await request.fetch(url, { method });
      expect(response.status(), method).toBe(405);
    }
  });
});
