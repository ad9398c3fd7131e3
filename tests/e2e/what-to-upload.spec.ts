import { expect, type Page, type Request } from "@playwright/test";
import { expectAccessible, test } from "./support";

/** The public "What must I upload?" page and its endpoint: no sign-in anywhere. */

async function answerBlueCardFromAbroad(page: Page) {
  await page.getByLabel("Abroad", { exact: true }).check();
  await page.getByLabel("Worker's date of birth").fill("1990-03-15");
  await page.getByLabel("Category of the application").selectOption("EU_BLUE_CARD");
  await page.getByLabel("First application", { exact: true }).check();
  await page.getByLabel("The worker will be employed by the employer in Belgium").check();
  await page.getByRole("group", { name: "Is the job a regulated profession?" }).getByLabel("No", { exact: true }).check();
  await page.getByLabel("The fee will be paid").check();
}

/** Fails the test if any request carries a form field in its URL. */
function watchUrls(page: Page): string[] {
  const leaks: string[] = [];
  page.on("request", (request: Request) => {
    const query = new URL(request.url()).search;
    if (/workerBirthDate|workerLocation|category=/.test(query)) leaks.push(request.url());
  });
  return leaks;
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`[CHECKLIST] what must I upload (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });
    // axe runs as a script in the page, so it checks the same pages in the JavaScript-on run only.
    const accessible = (page: Page) => (javaScriptEnabled ? expectAccessible(page) : Promise.resolve());

    test("lists the documents with their reasons and sources", async ({ page }) => {
      const leaks = watchUrls(page);
      await page.goto("/en");
      await page.getByRole("link", { name: "What must I upload with an application?" }).click();
      await expect(page).toHaveURL("/en/what-to-upload");
      await expect(page).toHaveTitle(/^What must I upload\?/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("What must I upload?");
      await accessible(page);

      await answerBlueCardFromAbroad(page);
      await page.getByRole("button", { name: "Show the documents" }).click();

      const result = page.getByTestId("checklist-result");
      await expect(result.getByRole("heading", { name: "Documents to upload" })).toBeVisible();
      await expect(result).toContainText("The worker lives abroad: after the decision, they collect the type D visa");
      await expect(result).toContainText("9 documents");
      await expect(result.getByRole("heading", { level: 3 })).toHaveText([
        "Copy of a valid passport",
        "Proof of payment of the administrative fee",
        "Criminal record certificate",
        "Medical certificate",
        "Proof of health insurance",
        "Employer's commitment to register the worker with a health insurance fund",
        "Copy of the identity document of the employer or its proxy",
        "Employment contract",
        "Copy of the diploma",
      ]);
      await expect(result).toContainText("Accepted instead of: Proof of health insurance");
      await expect(result).toContainText("BE57 6792 0060 9235");
      await expect(result.getByRole("link", { name: "Immigration Office, administrative fee and its exemptions" })).toHaveAttribute(
        "href",
        "https://dofi.ibz.be/fr/themes/faq/redevance",
      );
      // The answers stay on the form, to change one and ask again.
      await expect(page.getByLabel("Worker's date of birth")).toHaveValue("1990-03-15");
      await expect(page.getByLabel("Category of the application")).toHaveValue("EU_BLUE_CARD");
      if (javaScriptEnabled) await expect(result.getByRole("heading", { name: "Documents to upload" })).toBeFocused();
      await accessible(page);

      await page.getByLabel("In Belgium", { exact: true }).check();
      await page.getByLabel("A procedure document (for example an annex 35 or an orange card)").check();
      await page.getByRole("button", { name: "Show the documents" }).click();
      await expect(result).toContainText("This application cannot be filed for a worker who lives in Belgium.");
      await expect(result).toContainText("A combined permit cannot be applied for with a procedure document");
      await expect(result.getByRole("heading", { level: 3 })).toHaveCount(0);
      expect(leaks).toEqual([]);
    });

    test("names each problem at its field and in a summary linked to it", async ({ page }) => {
      const leaks = watchUrls(page);
      await page.goto("/en/what-to-upload");
      await page.getByLabel("In Belgium", { exact: true }).check();
      await page.getByLabel("Worker's date of birth").fill("1990-03-15");
      await page.getByRole("button", { name: "Show the documents" }).click();

      await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
      const link = page.getByRole("link", { name: "Say on what basis the worker stays in Belgium" });
      await expect(link).toHaveAttribute("href", "#field-stayType");
      await expect(page.getByRole("link", { name: "Choose the category of the application" })).toHaveAttribute("href", "#field-category");
      await expect(page.locator("#field-category-error")).toHaveText("Choose the category of the application");
      await expect(page.getByLabel("Category of the application")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByTestId("checklist-result")).toHaveCount(0);
      // What was entered is kept.
      await expect(page.getByLabel("In Belgium", { exact: true })).toBeChecked();
      await expect(page.getByLabel("Worker's date of birth")).toHaveValue("1990-03-15");
      if (javaScriptEnabled) await expect(page.getByRole("region", { name: "There is a problem" })).toBeFocused();
      await accessible(page);
      expect(leaks).toEqual([]);
    });
  });
}

test("[CHECKLIST] in French, with a filing date of 2025: the 2025 fee", async ({ page }) => {
  await page.goto("/fr/what-to-upload");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Que dois-je télécharger ?");
  await page.getByLabel("À l'étranger").check();
  await page.getByLabel("Date de naissance du travailleur").fill("2010-06-01");
  await page.getByLabel("Catégorie de la demande").selectOption("RESEARCHER");
  await page.getByLabel("Renouvellement").check();
  await page.getByLabel("Le travailleur est détaché en Belgique par un employeur étranger").check();
  await page.getByRole("group", { name: "L'emploi est-il une profession réglementée ?" }).getByLabel("Oui").check();
  await page.getByLabel("La redevance sera payée").check();
  await page.getByLabel(/Date d'introduction/).fill("2025-03-01");
  await page.getByRole("button", { name: "Afficher les documents" }).click();
  const result = page.getByTestId("checklist-result");
  await expect(result).toContainText("Règles en vigueur le 1 mars 2025.");
  await expect(result).toContainText("une redevance de 148,00\u00a0€ par demande");
  await expect(result.getByRole("heading", { level: 3 })).toHaveText([
    "Copie du passeport en cours de validité",
    "Preuve du paiement de la redevance administrative",
    "Certificat médical",
    "Preuve d'une assurance maladie",
    "Copie de la pièce d'identité de l'employeur ou de son mandataire",
    "Convention d'accueil (chercheur)",
    "Certificat de détachement (sécurité sociale étrangère)",
    "Preuve que les conditions de la profession réglementée sont remplies",
  ]);
  await expectAccessible(page);
});

test("[CHECKLIST] POST /api/v1/checklist answers without a session, in the language asked for", async ({ request }) => {
  const response = await request.post("/api/v1/checklist", {
    headers: { "Accept-Language": "de" },
    data: {
      workerLocation: "BELGIUM",
      stayType: "LEGAL_LONG_STAY",
      workerBirthDate: "1990-03-15",
      category: "TRAINEE",
      applicationType: "FIRST",
      employmentType: "BELGIAN_EMPLOYMENT",
      regulatedProfession: false,
      feeExemptionClaimed: true,
    },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-language"]).toBe("de");
  const answer = await response.json();
  expect(answer).toMatchObject({ filingAllowed: true, diplomaticPostRequired: false, inCountryApplicationAllowed: true, inCountryReason: "EXEMPT_FROM_LABOUR_MARKET_TEST" });
  expect(answer.documents.map((d: { code: string }) => d.code)).toEqual([
    "PASSPORT",
    "CRIMINAL_RECORD",
    "MEDICAL_CERTIFICATE",
    "HEALTH_INSURANCE_PROOF",
    "EMPLOYER_AFFILIATION_COMMITMENT",
    "EMPLOYER_ID",
    "TRAINING_AGREEMENT",
    "LEGAL_STAY_PROOF",
  ]);
  expect(answer.documents[0].name).toBe("Kopie des gültigen Reisepasses");
  for (const method of ["GET", "PUT"]) expect((await request.fetch("/api/v1/checklist", { method })).status(), method).toBe(405);
});
