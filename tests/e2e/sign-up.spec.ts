import { expect, type Page } from "@playwright/test";
import { withKboCheckDigits } from "@/lib/identifiers/enterprise-number";
import { expectAccessible, expectAccessibleWithoutJavaScript, signIn, test, waitForMail, watchFormSubmissions } from "./support";

const PASSWORD = "a long enough password 2026";

/** A fresh enterprise or establishment unit number (first digit 0 or 2), with its mod-97 check. */
function kboNumber(firstDigit: "0" | "2"): string {
  return withKboCheckDigits(firstDigit + String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0"));
}

function stem(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** Fills the organisation and its administrator; units are added by the caller. */
async function fillSignUp(page: Page, values: { enterpriseNumber: string; name: string; email: string; password: string }) {
  await page.getByRole("radio", { name: "Employer", exact: true }).check();
  await page.getByLabel("Enterprise number (KBO/BCE)").fill(values.enterpriseNumber);
  await page.getByLabel("Name of the organisation").fill(values.name);
  await page.getByLabel("Street and number", { exact: true }).fill("Kouter 1");
  await page.getByLabel("Postal code", { exact: true }).fill("9000");
  await page.getByLabel("Municipality", { exact: true }).fill("Gent");
  await page.getByLabel("Full name").fill("Ann Peeters");
  await page.getByLabel("Email address", { exact: true }).fill(values.email);
  await page.getByLabel("Password", { exact: true }).fill(values.password);
  await page.getByLabel("Language of the portal's e-mails").selectOption("en");
}

async function fillUnit(page: Page, number: number, unitNumber: string) {
  await page.getByLabel(`Establishment unit ${number}: number`).fill(unitNumber);
  await page.getByLabel(`Establishment unit ${number}: name`).fill("Depot");
  await page.getByLabel(`Establishment unit ${number}: street and number`).fill("Haven 2");
  await page.getByLabel(`Establishment unit ${number}: postal code`).fill("2030");
  await page.getByLabel(`Establishment unit ${number}: municipality`).fill("Antwerpen");
}

/** The link of the last mail to `to` whose path starts with `path`. */
async function mailedLink(to: string, path: string): Promise<string> {
  const mail = await waitForMail((received) => received.to === to && received.text.includes(path));
  const link = mail.text.match(new RegExp(`https?://\\S+${path}[A-Za-z0-9_-]+`))?.[0];
  expect(link, "the mail's link").toBeDefined();
  return link!;
}

test.describe("[SIGN-UP] organisations sign up and manage their members", () => {
  test("an employer signs up, verifies its address, signs in and invites a colleague who joins", async ({ page, browser }) => {
    // Two people, two e-mails and four forms: 38 s alone, and past the default 60 s under the full suite in CI.
    test.setTimeout(120_000);
    const email = `admin-${stem()}@signup.example`;
    await page.goto("/en/sign-up");
    await expectAccessible(page);
    await fillSignUp(page, { enterpriseNumber: kboNumber("0"), name: `Kouter ${stem()} NV`, email, password: PASSWORD });
    // The registered office's region is shown as soon as its postal code is typed.
    await expect(page.getByText("Region: Flemish Region")).toBeVisible();
    await page.getByRole("button", { name: "Add an establishment unit" }).click();
    await fillUnit(page, 1, kboNumber("2"));
    await page.getByRole("button", { name: "Sign up" }).last().click();
    await expect(page.getByRole("heading", { name: "Check your mailbox" })).toBeVisible();

    // Until the address is verified, the account does not sign in.
    await page.goto("/en/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).last().click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByText("Your e-mail address is not verified yet.").first()).toBeVisible();
    await expect(page).toHaveURL("/en/sign-in");

    const verifyLink = await mailedLink(email, "/en/verify-email/");
    await page.goto(verifyLink);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Confirm my address" }).click();
    await expect(page.getByRole("heading", { name: "Your e-mail address is confirmed" })).toBeVisible();

    await signIn(page, email, PASSWORD);
    await expect(page).toHaveURL("/en/employer");
    await page.getByRole("link", { name: "Members" }).click();
    await expect(page.getByRole("cell", { name: email })).toBeVisible();
    await expectAccessible(page);

    const colleague = `colleague-${stem()}@signup.example`;
    await page.getByLabel("Colleague's email address").fill(colleague);
    await page.getByRole("button", { name: "Send the invitation" }).click();
    await expect(page.getByText(`${colleague}, User, until`)).toBeVisible();

    // The colleague opens the mailed link in their own browser.
    const invitationLink = await mailedLink(colleague, "/en/invitation/");
    const context = await browser.newContext();
    const theirs = await context.newPage();
    await theirs.goto(invitationLink);
    await expect(theirs.getByRole("heading", { name: /^Join Kouter/ })).toBeVisible();
    await expectAccessible(theirs);
    await theirs.getByLabel("Full name").fill("Colleague Janssens");
    await theirs.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await theirs.getByLabel("Language of the portal's e-mails").selectOption("en");
    await theirs.getByRole("button", { name: "Create my account and join" }).click();
    await expect(theirs.getByRole("heading", { name: "You have joined the organisation" })).toBeVisible();
    await signIn(theirs, colleague, PASSWORD);
    await expect(theirs).toHaveURL("/en/employer");
    await context.close();

    await page.reload();
    await expect(page.getByRole("cell", { name: colleague })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("bad input is explained field by field, the password never comes back, then the sign-up goes through", async ({ page, browser }) => {
      const forms = watchFormSubmissions(page);
      const submit = page.getByRole("button", { name: "Sign up" }).last();
      await page.goto("/en/sign-up");
      await fillSignUp(page, { enterpriseNumber: "2.147.812.897", name: `Namur ${stem()} SA`, email: `nojs-${stem()}@signup.example`, password: "Brief-Pw-7" });
      await forms.submit(submit);
      await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
      await expect(page.locator("#field-enterpriseNumber-error")).toHaveText(
        "This is an establishment unit number (it starts with 2 to 8): enter the enterprise number, which starts with 0 or 1",
      );
      await expect(page.locator("#field-administrator-password-error")).toHaveText("The password must have at least 12 characters");
      await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
      // The password typed is never sent back (one that no message of the catalogs contains).
      expect(await page.content()).not.toContain("Brief-Pw-7");
      await expectAccessibleWithoutJavaScript(page, browser);

      // A unit row is added by the server, keeping what was typed.
      await page.getByRole("button", { name: "Add an establishment unit" }).click();
      await expect(page.getByLabel("Name of the organisation")).toHaveValue(/^Namur /);
      await fillUnit(page, 1, "0403.170.701");
      await page.getByLabel("Enterprise number (KBO/BCE)").fill(kboNumber("0"));
      await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await forms.submit(submit);
      await expect(page.locator("#field-units-0-unitNumber-error")).toHaveText(
        "This is an enterprise number (it starts with 0 or 1): enter the establishment unit number, which starts with 2 to 8",
      );

      await page.getByLabel("Establishment unit 1: number").fill(kboNumber("2"));
      await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await forms.submit(submit);
      await expect(page.getByRole("heading", { name: "Check your mailbox" })).toBeVisible();
      forms.expectNoFieldsInUrls();
    });
  });
});
