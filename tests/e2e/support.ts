import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { addMonths, dayInBelgium } from "@/lib/dates";
import { withKboCheckDigits } from "@/lib/identifiers/enterprise-number";
import { DEMO_PASSWORD, demoAccounts } from "@/prisma/demo-accounts";
import { readMailLog, type ReceivedMail } from "@/tests/support/smtp-sink";

export { demoAccounts as demo };

/**
 * Playwright's `test`, failing any test during which a page asked for a message its provider did
 * not hand it. Pages get only the messages their client components need
 * (components/i18n/client-messages.ts); a key left out of those lists shows as its bare key and
 * next-intl reports it on the browser's console as MISSING_MESSAGE. Watched in every browser context
 * of the test: the default one and those a test opens itself.
 */
export const test = base.extend<{ failOnMissingMessages: void }>({
  failOnMissingMessages: [
    async ({ context, browser }, use) => {
      const missing: string[] = [];
      const watch = (watched: BrowserContext) =>
        watched.on("console", (message) => {
          if (message.type() === "error" && message.text().includes("MISSING_MESSAGE")) missing.push(`${message.page()?.url() ?? ""}: ${message.text().split("\n")[0]}`);
        });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const opened = await newContext(...args);
        watch(opened);
        return opened;
      };
      await use();
      browser.newContext = newContext;
      expect(missing, "messages missing from the pages' providers").toEqual([]);
    },
    { auto: true },
  ],
});

/** Fails on any serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/**
 * The same check for a page shown with JavaScript off, where axe cannot run: the page's HTML as the
 * server rendered it, without its scripts, is served again at its own URL (so its styles load) in
 * a page where axe can run.
 */
export async function expectAccessibleWithoutJavaScript(page: Page, browser: Browser): Promise<void> {
  // After a posted form the page may still be arriving: a copy taken then has no <title> or lang yet.
  await page.waitForLoadState("load");
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  // Contexts made in a test take the test's options: turn JavaScript back on for axe.
  const context = await browser.newContext({ javaScriptEnabled: true });
  const copy = await context.newPage();
  await copy.route(page.url(), (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
  await copy.goto(page.url());
  await expectAccessible(copy);
  await context.close();
}

/** A fresh browser (its own cookies) signed in as `email`: a second person in the same test. */
export async function signedIn(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

/** Signs in through the form, as a person would, in English. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).last().click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
}

/**
 * Watches a page's form submissions: `submit` notes the names of the fields of every form on the
 * page, then presses the button; `expectNoFieldsInUrls` fails if any request made since the watch
 * began (page loads, posts, redirects, the scripts' own fetches) carries one of those names in its
 * query string. A form that only works through onSubmit falls back to a native GET with its fields,
 * passwords included, in the URL.
 */
export function watchFormSubmissions(page: Page) {
  const urls: string[] = [];
  const names = new Set<string>();
  page.on("request", (request) => urls.push(request.url()));
  return {
    async submit(button: Locator): Promise<void> {
      const fields = await page.locator("form [name]").evaluateAll((elements) => elements.map((element) => element.getAttribute("name") ?? ""));
      for (const name of fields) names.add(name);
      await button.click();
    },
    expectNoFieldsInUrls(): void {
      expect(names.size, "field names seen").toBeGreaterThan(0);
      expect(urls.length, "requests seen").toBeGreaterThan(0);
      expect(urls.filter((url) => [...new URL(url).searchParams.keys()].some((key) => names.has(key)))).toEqual([]);
    },
  };
}

/** The labels of the items of the default filing's checklist (abroad, adult, highly skilled, first application, fee paid). */
export const CHECKLIST_ITEMS = [
  "Copy of a valid passport",
  "Proof of payment of the administrative fee",
  "Criminal record certificate",
  "Medical certificate",
  "Employer's commitment to register the worker with a health insurance fund",
  "Copy of the identity document of the employer or its proxy",
  "Employment contract",
  "Copy of the diploma",
] as const;

/** The same items by code, for uploads by request. */
export const CHECKLIST_KINDS = ["PASSPORT", "FEE_PAYMENT_PROOF", "CRIMINAL_RECORD", "MEDICAL_CERTIFICATE", "EMPLOYER_AFFILIATION_COMMITMENT", "EMPLOYER_ID", "EMPLOYMENT_CONTRACT", "DIPLOMA"] as const;

const saveAndContinue = (page: Page) => page.getByRole("button", { name: "Save and continue" });

/** Starts a new draft from the start page (a mandatary names the employer first); answers its id. */
export async function startApplication(page: Page, employer?: string): Promise<string> {
  await page.goto("/en/applications/new");
  if (employer) await page.getByLabel("Employer you are filing for").selectOption({ label: employer });
  await page.getByRole("button", { name: "Start the application" }).click();
  await page.waitForURL(/\/en\/dossiers\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

/** Where the worker lives: abroad (India, New Delhi) by default, or in Belgium on a given stay. */
export async function fillResidence(page: Page, where: { abroad: true } | { stay: string } = { abroad: true }) {
  const lives = page.getByRole("group", { name: "Does the worker live in Belgium?" });
  if ("abroad" in where) {
    await lives.getByLabel("No").check();
    await page.getByLabel("Country where the worker lives").selectOption({ label: "India" });
    await page.getByLabel("Belgian embassy or consulate").selectOption({ label: "New Delhi (India)" });
  } else {
    await lives.getByLabel("Yes").check();
    await page.getByRole("group", { name: /on what basis do they stay here/ }).getByLabel(where.stay).check();
  }
  await saveAndContinue(page).click();
}

/** The worker, an Indian national born on 3 February 1991, with an e-mail address if given; then on to the employment step. */
export async function fillWorker(page: Page, familyName: string, passportExpiresOn = "2033-06-30", email?: string) {
  await page.getByLabel("Given names").fill("Ravi");
  await page.getByLabel("Family name").fill(familyName);
  await page.getByLabel("Date of birth").fill("1991-02-03");
  await page.getByLabel("Nationality").selectOption({ label: "India" });
  await page.getByLabel("Passport number").fill("K7654321");
  await page.getByLabel("Passport expiry date").fill(passportExpiresOn);
  if (email) await page.getByLabel("Worker's email address").fill(email);
  await saveAndContinue(page).click();
  await expect(page).toHaveURL(/\/steps\/employment(#.*)?$/);
}

export interface Employment {
  category?: string;
  /** Establishment units by their label, or places of work by postal code (an employer without units). */
  workplaces: ({ unit: string; share: number } | { postalCode: string; share: number })[];
  salary?: string;
  end?: string;
}

/** The employment's questions before the workplaces: a first application, employed in Belgium, not a regulated profession. */
export async function answerEmploymentQuestions(page: Page, { category = "Highly skilled worker", end }: Pick<Employment, "category" | "end">) {
  await page.getByLabel("Category").selectOption({ label: category });
  await page.getByRole("group", { name: "First application or renewal?" }).getByLabel("First application").check();
  await page.getByRole("group", { name: "Employment in Belgium or posting?" }).getByLabel("The worker will be employed by the employer in Belgium").check();
  await page.getByLabel("Job title").fill("Data engineer");
  await page.getByLabel("ISCO code").fill("2521");
  await page.getByRole("group", { name: "Is the job a regulated profession?" }).getByLabel("No").check();
  // Three months ahead: within every region's window (Flanders takes a file at most 4.5 months before the start).
  await page.getByLabel("Start of the employment").fill(addMonths(dayInBelgium(), 3));
  if (end) await page.getByLabel("End of the employment").fill(end);
}

/** The employment: its questions, the workplaces and the salary; then on to the fee. */
export async function fillEmployment(page: Page, { category, workplaces, salary = "72000", end }: Employment) {
  await answerEmploymentQuestions(page, { category, end });
  for (const [index, workplace] of workplaces.entries()) {
    // A row the page already has (entered before, or stored) is filled in again, not added.
    const field = "unit" in workplace ? page.getByLabel(`Establishment unit ${index + 1}`) : page.getByLabel(`Postal code of place of work ${index + 1}`);
    if ((await field.count()) === 0) await page.getByRole("button", { name: "unit" in workplace ? "Add another establishment unit" : "Add another place of work" }).click();
    if ("unit" in workplace) await field.selectOption({ label: workplace.unit });
    else await field.fill(workplace.postalCode);
    await page.getByLabel("Share of working time (%)").nth(index).fill(String(workplace.share));
  }
  await page.getByLabel(/^Gross (annual|monthly) salary/).fill(salary);
  await saveAndContinue(page).click();
  await expect(page).toHaveURL(/\/steps\/fee(#.*)?$/);
}

/** The fee: paid; then on to the documents. */
export async function payFee(page: Page) {
  await page.getByRole("group", { name: "The Immigration Office's administrative fee" }).getByLabel("The fee will be paid").check();
  await saveAndContinue(page).click();
  await expect(page).toHaveURL(/\/documents(#.*)?$/);
}

/** Uploads a small PDF to each of the given items on the documents page, as a person would. */
export async function uploadItems(page: Page, items: readonly string[], pdf: Buffer) {
  for (const label of items) {
    const section = page.getByRole("region", { name: label, exact: true });
    await section.getByLabel(`Add a file: ${label}`).setInputFiles({ name: `${label.slice(0, 20)}.pdf`, mimeType: "application/pdf", buffer: pdf });
    await section.getByRole("button", { name: "Upload" }).click();
    await expect(section.getByRole("row")).toHaveCount(2);
  }
}

/** The same files sent straight to the upload route with the page's session: for tests about something else. */
export async function uploadByRequest(page: Page, applicationId: string, kinds: readonly string[], pdf: Buffer) {
  for (const kind of kinds) {
    const response = await page.request.post(`/api/dossiers/${applicationId}/documents`, {
      headers: { Origin: new URL(page.url()).origin, Accept: "application/json" },
      multipart: { kind, file: { name: `${kind.toLowerCase()}.pdf`, mimeType: "application/pdf", buffer: pdf } },
    });
    expect(response.status(), kind).toBe(200);
  }
}

/**
 * A draft through its four form steps (worker abroad, fee paid), left on the documents page;
 * answers its id.
 */
export async function fileSteps(page: Page, familyName: string, employment: Employment, employer?: string, workerEmail?: string): Promise<string> {
  const id = await startApplication(page, employer);
  await page.goto(`/en/dossiers/${id}/steps/residence`);
  await fillResidence(page);
  await expect(page).toHaveURL(new RegExp(`/steps/worker$`));
  await fillWorker(page, familyName, undefined, workerEmail);
  await expect(page).toHaveURL(new RegExp(`/steps/employment$`));
  await fillEmployment(page, employment);
  await expect(page).toHaveURL(new RegExp(`/steps/fee$`));
  await payFee(page);
  await expect(page).toHaveURL(new RegExp(`/dossiers/${id}/documents$`));
  return id;
}

/** On the check page: the declaration, then the submission; answers the reference number. */
export async function declareAndSubmit(page: Page): Promise<string> {
  await page.getByLabel(/I declare that the information in this application is correct/).check();
  await page.getByRole("button", { name: "Submit application" }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^WIB-\d{4}-\d{6}$/);
  return (await heading.textContent())!;
}

/** The first e-mail that reached the e2e SMTP server (tests/e2e/mail-sink.setup.ts) and fits. */
export async function waitForMail(fits: (mail: ReceivedMail) => boolean, timeout = 20_000): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(async () => (found = (await readMailLog(process.env.E2E_MAIL_LOG!)).find(fits)), { timeout, message: "the e-mail did not arrive" })
    .toBeDefined();
  return found!;
}

/** The one-time link in a mail, opened on the English page (the token is what counts). */
export function linkIn(text: string): string {
  const link = /https?:\/\/\S+\?token=[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(link, "a one-time link in the mail").toBeDefined();
  const url = new URL(link!);
  return `${url.pathname.replace(/^\/(nl|fr|de)\//, "/en/")}${url.search}`;
}

// --- One person, several hats -----------------------------------------------------------------

/**
 * A fresh person with two hats — the demo bakery's user and the demo mandatary's — signing in with
 * the demo password (tests/e2e/prepare/two-hats-account.ts). Fresh for each test: the hat chosen
 * last is remembered on the account, and tests run in parallel.
 */
export function twoHatsAccount(): string {
  return execFileSync("npx", ["tsx", "--conditions=react-server", "tests/e2e/prepare/two-hats-account.ts", uniqueStem()], { env: process.env }).toString().trim();
}

export const hatLabels = {
  bakery: "Employer — Boulangerie du Namurois SA",
  mandatary: "Mandatary — Sociaal Secretariaat Demo vzw",
};

// --- Organisations signing up -----------------------------------------------------------------

/** Letters and digits unique to this run and call: for names, addresses and numbers of new data. */
export function uniqueStem(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** A fresh enterprise number (first digit 0) or establishment unit number (2), with its mod-97 check. */
export function freshKboNumber(firstDigit: "0" | "2"): string {
  return withKboCheckDigits(firstDigit + String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0"));
}

export interface SignUpValues {
  kind?: "Employer" | "Mandatary";
  enterpriseNumber: string;
  name: string;
  email: string;
  password: string;
  personName?: string;
  office?: { street: string; postalCode: string; city: string };
}

/** Fills the sign-up form: the organisation (an employer unless told), its office in Gent unless told, and its administrator; units are added by the caller. */
export async function fillSignUp(page: Page, { kind = "Employer", enterpriseNumber, name, email, password, personName = "Ann Peeters", office = { street: "Kouter 1", postalCode: "9000", city: "Gent" } }: SignUpValues) {
  await page.getByRole("radio", kind === "Employer" ? { name: "Employer", exact: true } : { name: /^Mandatary acting for employers/ }).check();
  await page.getByLabel("Enterprise number (KBO/BCE)").fill(enterpriseNumber);
  await page.getByLabel("Name of the organisation").fill(name);
  await page.getByLabel("Street and number", { exact: true }).fill(office.street);
  await page.getByLabel("Postal code", { exact: true }).fill(office.postalCode);
  await page.getByLabel("Municipality", { exact: true }).fill(office.city);
  await page.getByLabel("Full name").fill(personName);
  await page.getByLabel("Email address", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Language of the portal's e-mails").selectOption("en");
}

/** Fills establishment unit row `number` (from 1): a depot at Haven 2, 2030 Antwerpen (Flemish Region). */
export async function fillUnit(page: Page, number: number, unitNumber: string) {
  await page.getByLabel(`Establishment unit ${number}: number`).fill(unitNumber);
  await page.getByLabel(`Establishment unit ${number}: name`).fill("Depot");
  await page.getByLabel(`Establishment unit ${number}: street and number`).fill("Haven 2");
  await page.getByLabel(`Establishment unit ${number}: postal code`).fill("2030");
  await page.getByLabel(`Establishment unit ${number}: municipality`).fill("Antwerpen");
}

/** How the filing's employment step names the unit `fillUnit` signs up. */
export const FILLED_UNIT_LABEL = "Depot — Haven 2, 2030 Antwerpen";

/** The link of the first mail to `to` that holds a link whose path starts with `path`. */
export async function mailedLink(to: string, path: string): Promise<string> {
  const mail = await waitForMail((received) => received.to === to && received.text.includes(path));
  const link = mail.text.match(new RegExp(`https?://\\S+${path}[A-Za-z0-9_-]+`))?.[0];
  expect(link, "the mail's link").toBeDefined();
  return link!;
}

/**
 * A colleague opens their mailed invitation in their own browser, creates their account (English
 * e-mails) and signs in: answers their page, on their organisation's home. Checks each page with axe.
 */
export async function joinByInvitation(browser: Browser, { email, name, password, organisation }: { email: string; name: string; password: string; organisation: RegExp }): Promise<Page> {
  const theirs = await (await browser.newContext()).newPage();
  await theirs.goto(await mailedLink(email, "/en/invitation/"));
  await expect(theirs.getByRole("heading", { name: organisation })).toBeVisible();
  await expectAccessible(theirs);
  await theirs.getByLabel("Full name").fill(name);
  await theirs.getByLabel("Password", { exact: true }).fill(password);
  await theirs.getByLabel("Language of the portal's e-mails").selectOption("en");
  await theirs.getByRole("button", { name: "Create my account and join" }).click();
  await expect(theirs.getByRole("heading", { name: "You have joined the organisation" })).toBeVisible();
  await signIn(theirs, email, password);
  return theirs;
}

/** On a dossier asked for its employment contract: answers the request with a signed one, back on the dossier's page. */
export async function answerWithSignedContract(page: Page, applicationId: string, pdf: Buffer): Promise<void> {
  await page.getByRole("link", { name: "Answer the request" }).click();
  const item = page.locator("#item-EMPLOYMENT_CONTRACT");
  await item.getByLabel("Add a file: Employment contract").setInputFiles({ name: "signed-contract.pdf", mimeType: "application/pdf", buffer: pdf });
  await item.getByRole("button", { name: "Upload" }).click();
  await expect(item.getByRole("row")).toHaveCount(2);
  await page.getByRole("button", { name: "Send the answer" }).click();
  await page.waitForURL(new RegExp(`/en/dossiers/${applicationId}$`));
}

/** A caseworker's panel on a dossier's page, where they act on it. */
export const panelOf = (page: Page) => page.getByRole("region", { name: "Handling the application" });

/**
 * The Flemish demo caseworker takes a submitted dossier into treatment and asks for the signed
 * employment contract, in the panel; answers their page, still on the dossier.
 */
export async function askForSignedContract(browser: Browser, applicationId: string): Promise<Page> {
  const region = await signedIn(browser, demoAccounts.caseworkerFlanders);
  await region.goto(`/en/dossiers/${applicationId}`);
  await panelOf(region).getByRole("button", { name: "Take into treatment" }).click();
  await expect(region.getByText("Admissibility being checked").first()).toBeVisible();
  const ask = panelOf(region).getByRole("form", { name: "Ask for additional information" });
  await ask.getByLabel("Employment contract", { exact: true }).check();
  await ask.getByLabel("Message to the applicant").fill("The employment contract is not signed by both parties. Please send the signed contract.");
  await ask.getByRole("button", { name: "Send the request" }).click();
  await expect(region.getByText("Additional information requested").first()).toBeVisible();
  return region;
}

/** A regional caseworker, on a dossier taken into treatment: declares it admissible and grants the work part, in the panel. */
export async function admitAndGrantWorkPart(region: Page): Promise<void> {
  await panelOf(region).getByRole("button", { name: "Declare admissible" }).click();
  await expect(region.getByText("Work part being decided").first()).toBeVisible();
  await panelOf(region).getByRole("button", { name: "Grant the work part" }).click();
  await expect(region.getByText("Residence being decided").first()).toBeVisible();
}

/** The demo Immigration Office caseworker grants residence (annex 46) on a dossier whose work part was granted. */
export async function grantResidence(browser: Browser, applicationId: string): Promise<void> {
  const immigration = await signedIn(browser, demoAccounts.immigrationOffice);
  await immigration.goto(`/en/dossiers/${applicationId}`);
  await panelOf(immigration).getByRole("button", { name: "Grant residence (annex 46)" }).click();
  await expect(immigration.getByText("Combined permit granted").first()).toBeVisible();
  await immigration.context().close();
}
