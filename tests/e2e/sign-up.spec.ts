import { expect } from "@playwright/test";
import { expectAccessible, expectAccessibleWithoutJavaScript, fillSignUp, fillUnit, freshKboNumber, joinByInvitation, mailedLink, signIn, test, uniqueStem as stem, watchFormSubmissions } from "./support";

const PASSWORD = "a long enough password 2026";

test.describe("[SIGN-UP] organisations sign up and manage their members", () => {
  test("an employer signs up, verifies its address, signs in and invites a colleague who joins", async ({ page, browser }) => {
    // Two people, two e-mails and four forms: 38 s alone, and past the default 60 s under the full suite in CI.
    test.setTimeout(120_000);
    const email = `admin-${stem()}@signup.example`;
    await page.goto("/en/sign-up");
    await expectAccessible(page);
    await fillSignUp(page, { enterpriseNumber: freshKboNumber("0"), name: `Kouter ${stem()} NV`, email, password: PASSWORD });
    // The registered office's region is shown as soon as its postal code is typed.
    await expect(page.getByText("Region: Flemish Region")).toBeVisible();
    await page.getByRole("button", { name: "Add an establishment unit" }).click();
    await fillUnit(page, 1, freshKboNumber("2"));
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
    const theirs = await joinByInvitation(browser, { email: colleague, name: "Colleague Janssens", password: PASSWORD, organisation: /^Join Kouter/ });
    await expect(theirs).toHaveURL("/en/employer");
    await theirs.context().close();

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
      await page.getByLabel("Enterprise number (KBO/BCE)").fill(freshKboNumber("0"));
      await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await forms.submit(submit);
      await expect(page.locator("#field-units-0-unitNumber-error")).toHaveText(
        "This is an enterprise number (it starts with 0 or 1): enter the establishment unit number, which starts with 2 to 8",
      );

      await page.getByLabel("Establishment unit 1: number").fill(freshKboNumber("2"));
      await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await forms.submit(submit);
      await expect(page.getByRole("heading", { name: "Check your mailbox" })).toBeVisible();
      forms.expectNoFieldsInUrls();
    });
  });
});
