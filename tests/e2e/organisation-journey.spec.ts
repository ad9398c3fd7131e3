import { expect, type Page } from "@playwright/test";
import { formatKboNumber } from "@/lib/identifiers/enterprise-number";
import { pdfOfSize } from "@/tests/fixtures/files";
import {
  CHECKLIST_KINDS,
  FILLED_UNIT_LABEL,
  admitAndGrantWorkPart,
  answerWithSignedContract,
  askForSignedContract,
  declareAndSubmit,
  expectAccessible,
  fileSteps,
  fillSignUp,
  fillUnit,
  freshKboNumber,
  grantResidence,
  joinByInvitation,
  mailedLink,
  signIn,
  startApplication,
  test,
  uniqueStem,
  uploadByRequest,
  waitForMail,
  type SignUpValues,
} from "./support";

const PASSWORD = "a long enough password 2026";
const pdf = pdfOfSize(10_000);

/** Signs an organisation up through the form (with one establishment unit if given) and confirms its administrator's address by the mailed link. */
async function signUpAndVerify(page: Page, values: SignUpValues, unitNumber?: string): Promise<void> {
  await page.goto("/en/sign-up");
  await expectAccessible(page);
  await fillSignUp(page, values);
  if (unitNumber) {
    await page.getByRole("button", { name: "Add an establishment unit" }).click();
    await fillUnit(page, 1, unitNumber);
  }
  await page.getByRole("button", { name: "Sign up" }).last().click();
  await expect(page.getByRole("heading", { name: "Check your mailbox" })).toBeVisible();
  // Next streams a page's title after its body: axe looks once the title has come.
  await expect(page).toHaveTitle(/Check your mailbox/);
  await expectAccessible(page);
  await page.goto(await mailedLink(values.email, "/en/verify-email/"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("heading", { name: "Your e-mail address is confirmed" })).toBeVisible();
}

const table = (page: Page, caption: string) => page.getByRole("table", { name: caption });

test.describe("[JOURNEY] new organisations, from signing up to a mandate's end", () => {
  test("an employer and a mandatary sign up; under a mandate the mandatary files, answers an information request and receives the decision; once the mandate ends it loses the employer's dossiers", async ({ page, browser }) => {
    // Five people, three mailed links, a filing and a caseworker's request: several minutes on two loaded cores.
    test.setTimeout(600_000);
    const run = uniqueStem();
    const employer = { name: `Kouter ${run} NV`, enterpriseNumber: freshKboNumber("0"), email: `employer-${run}@journey.example`, person: "Ann Peeters" };
    const mandatary = { name: `Sociaal Secretariaat ${run}`, enterpriseNumber: freshKboNumber("0"), email: `mandatary-${run}@journey.example`, person: "Lien Maes" };
    const colleague = `colleague-${run}@journey.example`;
    const familyName = `Journey-${run}`;
    let agent: Page = page;
    let region: Page = page;
    let draftId = "";
    let id = "";
    let reference = "";
    let documentHref = "";

    await test.step("the employer signs up with a unit in Antwerp, verifies its address and signs in", async () => {
      await signUpAndVerify(page, { enterpriseNumber: employer.enterpriseNumber, name: employer.name, email: employer.email, password: PASSWORD, personName: employer.person }, freshKboNumber("2"));
      await signIn(page, employer.email, PASSWORD);
      await expect(page).toHaveURL("/en/employer");
      await expectAccessible(page);
    });

    await test.step("its administrator invites a colleague, who joins", async () => {
      await page.getByRole("link", { name: "Members" }).click();
      await expectAccessible(page);
      await page.getByLabel("Colleague's email address").fill(colleague);
      await page.getByRole("button", { name: "Send the invitation" }).click();
      await expect(page.getByText(`${colleague}, User, until`)).toBeVisible();
      const theirs = await joinByInvitation(browser, { email: colleague, name: "Joris Janssens", password: PASSWORD, organisation: new RegExp(`^Join ${employer.name}`) });
      await expect(theirs).toHaveURL("/en/employer");
      await theirs.context().close();
      await page.reload();
      await expect(page.getByRole("cell", { name: colleague })).toBeVisible();
    });

    await test.step("a mandatary signs up with its office in Brussels, verifies its address and signs in", async () => {
      agent = await (await browser.newContext()).newPage();
      await signUpAndVerify(agent, {
        kind: "Mandatary",
        enterpriseNumber: mandatary.enterpriseNumber,
        name: mandatary.name,
        email: mandatary.email,
        password: PASSWORD,
        personName: mandatary.person,
        office: { street: "Koningsstraat 10", postalCode: "1000", city: "Brussel" },
      });
      await signIn(agent, mandatary.email, PASSWORD);
      await expect(agent).toHaveURL("/en/mandatary");
      await expectAccessible(agent);
    });

    await test.step("the employer grants a mandate, which the mandatary accepts", async () => {
      await page.getByRole("link", { name: "Mandates", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Mandates of ${employer.name}` })).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel("Enterprise number of the mandatary (KBO/BCE)").fill(formatKboNumber(mandatary.enterpriseNumber));
      await page.getByRole("button", { name: "Propose the mandate" }).click();
      await expect(table(page, "Proposed, not yet accepted").getByRole("row", { name: new RegExp(mandatary.name) })).toContainText(`Granted by ${employer.person}`);
      await expectAccessible(page);

      await agent.goto("/en/organisation/mandates");
      await expectAccessible(agent);
      await agent.getByRole("button", { name: `Accept the mandate of ${employer.name}` }).click();
      const accepted = table(agent, "Accepted").getByRole("row", { name: new RegExp(employer.name) });
      await expect(accepted).toContainText("In force");
      await expect(accepted).toContainText(`Accepted by ${mandatary.person}`);
      await expectAccessible(agent);
    });

    await test.step("the mandatary files a complete application for the employer, under the mandate, and keeps a draft", async () => {
      draftId = await startApplication(agent, employer.name);
      id = await fileSteps(agent, familyName, { workplaces: [{ unit: FILLED_UNIT_LABEL, share: 100 }] }, employer.name);
      await uploadByRequest(agent, id, CHECKLIST_KINDS, pdf);
      await agent.goto(`/en/dossiers/${id}/check`);
      await expect(agent.getByRole("heading", { name: "What is still missing" })).toHaveCount(0);
      reference = await declareAndSubmit(agent);
      await expect(agent.getByText("Flemish Region").first()).toBeVisible();
      await expect(agent.getByText(new RegExp(`${mandatary.name}, under the mandate from`))).toBeVisible();
      await expectAccessible(agent);
      await agent.goto("/en/mandatary");
      await expect(agent.getByRole("cell", { name: `Ravi ${familyName}` })).toBeVisible();
      await expectAccessible(agent);
    });

    await test.step("the Flemish caseworker takes it into treatment and asks for the signed contract", async () => {
      region = await askForSignedContract(browser, id);
      // The mandatary, which filed it, is told (as the employer is).
      await waitForMail((mail) => mail.to === mandatary.email && mail.subject === `Application ${reference}: additional information requested`);
    });

    await test.step("the mandatary answers the request with the signed contract", async () => {
      await agent.goto(`/en/dossiers/${id}`);
      await answerWithSignedContract(agent, id, pdf);
      await expect(agent.getByRole("region", { name: "Where the application stands" })).toContainText("Additional information requested: done — answered");
      documentHref = (await agent.locator(`a[href^="/api/dossiers/${id}/documents/"]`).first().getAttribute("href")) ?? "";
      expect((await agent.request.get(documentHref)).status()).toBe(200);
    });

    await test.step("the region grants the work part and the Immigration Office residence: the decision reaches the mandatary's inbox", async () => {
      await region.reload();
      await admitAndGrantWorkPart(region);
      await region.context().close();
      await grantResidence(browser, id);

      await agent.goto("/en/inbox");
      await agent.getByRole("row").filter({ hasText: reference }).getByRole("link").click();
      await expect(agent.getByRole("heading", { level: 1 })).toHaveText(`Application ${reference}: residence granted (annex 46)`);
      await expect(agent.getByRole("link", { name: `Go to application ${reference}` })).toBeVisible();
    });

    await test.step("the employer ends the mandate", async () => {
      await page.goto("/en/organisation/mandates");
      await table(page, "Accepted").getByRole("button", { name: `End the mandate with ${mandatary.name}` }).click();
      await expect(table(page, "Ended").getByRole("row", { name: new RegExp(mandatary.name) })).toContainText(`Ended by ${employer.person}`);
      await expectAccessible(page);
    });

    await test.step("the mandatary no longer opens any of the employer's dossiers, by page or URL, nor sees them", async () => {
      for (const path of [`/en/dossiers/${id}`, `/en/dossiers/${id}/steps/worker`, `/en/dossiers/${id}/documents`, `/en/dossiers/${id}/check`, `/en/dossiers/${draftId}`]) {
        expect((await agent.goto(path))?.status(), path).toBe(404);
      }
      await expectAccessible(agent);
      expect((await agent.request.get(documentHref)).status()).toBe(404);
      await agent.goto("/en/mandatary");
      await expect(agent.getByText(familyName)).toHaveCount(0);
      await expect(agent.getByText(reference)).toHaveCount(0);
      // Nor can it start a new application for that employer.
      await agent.goto("/en/applications/new");
      await expect(agent.getByRole("option", { name: employer.name })).toHaveCount(0);
      // It keeps the decision's message, which no longer offers the way to the dossier or its letter.
      await agent.goto("/en/inbox");
      await agent.getByRole("row").filter({ hasText: reference }).getByRole("link").click();
      await expect(agent.getByRole("heading", { level: 1 })).toHaveText(`Application ${reference}: residence granted (annex 46)`);
      await expect(agent.getByText(`You can no longer open application ${reference}: no mandate of its employer to your organisation is in force any more.`)).toBeVisible();
      await expect(agent.getByRole("link", { name: `Go to application ${reference}` })).toHaveCount(0);
      await expect(agent.locator(`a[href*="/dossiers/${id}"]`)).toHaveCount(0);
      await expectAccessible(agent);
      await agent.goto("/en/organisation/mandates");
      await expect(table(agent, "Ended").getByRole("row", { name: new RegExp(employer.name) })).toContainText(`Ended by ${employer.person}`);
      await agent.context().close();

      // The employer keeps them all.
      await page.goto(`/en/dossiers/${id}`);
      await expect(page.getByText(familyName).first()).toBeVisible();
      expect((await page.goto(`/en/dossiers/${draftId}`))?.status()).toBe(200);
    });
  });
});
