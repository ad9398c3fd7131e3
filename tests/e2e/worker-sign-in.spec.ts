import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { pdfOfSize } from "@/tests/fixtures/files";
import { CHECKLIST_KINDS, declareAndSubmit, demo, expectAccessibleWithoutJavaScript, fileSteps, linkIn, signIn, test, uploadByRequest, waitForMail, watchFormSubmissions } from "./support";

/** Asks for a reset link on the forgotten-password page and sets `password` with it. */
async function resetPassword(page: Page, email: string, password: string, after: number) {
  const forms = watchFormSubmissions(page);
  await page.goto("/en/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await page.getByLabel("Email address").fill(email);
  await forms.submit(page.getByRole("button", { name: "Send me a link" }));
  await expect(page.getByRole("status")).toContainText("If an account with a password has this address");
  forms.expectNoFieldsInUrls();
  const mail = await waitForMail((received) => received.to === email && Date.parse(received.receivedAt) >= after && received.text.includes("reset-password?token="));
  // The link itself carries the token in its URL (it came by mail); the form posts, and no URL ever carries the password.
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  await page.goto(linkIn(mail.text));
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("New password again").fill(password);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your password has been changed");
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.filter((url) => url.includes(encodeURIComponent(password)) || url.includes(password.replaceAll(" ", "+")))).toEqual([]);
  return mail;
}

test.describe("[WORKER SIGN-IN]", () => {
  test.use({ javaScriptEnabled: false });

  test("a worker named with an e-mail address is invited, signs in by link without a password and sees only their dossier", async ({ page, browser }) => {
    test.setTimeout(150_000);
    const familyName = `Invited-${Date.now().toString(36)}`;
    const workerEmail = `${familyName.toLowerCase()}@worker.test`;
    const employer = await browser.newContext({ javaScriptEnabled: true });
    const filing = await employer.newPage();
    await signIn(filing, demo.employer);
    const id = await fileSteps(filing, familyName, { workplaces: [{ unit: "Ghent depot — Kortrijksesteenweg 100, 9000 Gent", share: 100 }] }, undefined, workerEmail);
    await uploadByRequest(filing, id, CHECKLIST_KINDS, pdfOfSize(20_000));
    await filing.goto(`/en/dossiers/${id}/check`);
    const reference = await declareAndSubmit(filing);
    await employer.close();

    // The invitation is in the filer's language (Dutch), with a link that signs in.
    const invitation = await waitForMail((mail) => mail.to === workerEmail);
    expect(invitation.subject).toBe(`Volg uw aanvraag ${reference} voor een gecombineerde vergunning`);
    const link = linkIn(invitation.text);
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in with your link");
    await expectAccessibleWithoutJavaScript(page, browser);
    await page.getByRole("button", { name: "Sign in" }).last().click();
    await expect(page).toHaveURL("/en/worker");
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText(reference);
    await expect(page.getByText(demo.worker)).toHaveCount(0);

    // The link worked once.
    await page.context().clearCookies();
    await page.goto(link);
    await page.getByRole("button", { name: "Sign in" }).last().click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByText("This link has expired or has already been used.")).toBeVisible();

    // Later, the worker asks for a sign-in link themselves.
    const forms = watchFormSubmissions(page);
    const asked = Date.now();
    await page.goto("/en/sign-in");
    await page.getByRole("link", { name: /Sign in without a password/ }).click();
    await expect(page).toHaveURL("/en/sign-in/worker");
    await expectAccessibleWithoutJavaScript(page, browser);
    await forms.submit(page.getByRole("button", { name: "Send me a sign-in link" }));
    await expect(page.locator("#field-email-error")).toHaveText("Enter your email address");
    await page.getByLabel("Email address").fill(workerEmail);
    await forms.submit(page.getByRole("button", { name: "Send me a sign-in link" }));
    await expect(page.getByRole("status")).toContainText("a sign-in link is on its way");
    forms.expectNoFieldsInUrls();
    const signInMail = await waitForMail((mail) => mail.to === workerEmail && Date.parse(mail.receivedAt) >= asked && mail.subject === "Your sign-in link for Working in Belgium");
    await page.goto(linkIn(signInMail.text));
    await page.getByRole("button", { name: "Sign in" }).last().click();
    await expect(page).toHaveURL("/en/worker");
    await page.getByRole("link", { name: reference }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
  });

  test("a password reset round trip: the link sets a new password once, and a reset ends the sessions opened before", async ({ page, browser }) => {
    test.setTimeout(150_000);
    // The bakery's administrator is no other test's account: its password changes here, and back
    // to the demo password at the end, whatever it was before.
    const email = demo.bakeryAdmin;
    const newPassword = `four unrelated words ${Date.now()}`;
    await page.goto("/en/forgot-password");
    await expectAccessibleWithoutJavaScript(page, browser);
    const mail = await resetPassword(page, email, newPassword, Date.now() - 1000);
    // The account's language is French.
    expect(mail.subject).toBe("Choisissez un nouveau mot de passe pour Working in Belgium");
    await expectAccessibleWithoutJavaScript(page, browser);

    // The same link does not work twice.
    await page.goto(linkIn(mail.text));
    await page.getByLabel("New password", { exact: true }).fill("yet another long password");
    await page.getByLabel("New password again").fill("yet another long password");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page.getByText("This link has expired or has already been used.").first()).toBeVisible();

    // The new password signs in.
    const signedIn = await browser.newContext({ javaScriptEnabled: true });
    const before = await signedIn.newPage();
    await signIn(before, email, newPassword);
    await expect(before).toHaveURL("/en/employer");

    // Back to the demo password, refused first for being too short; the session above then ends.
    const again = Date.now();
    await page.goto("/en/forgot-password");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    const second = await waitForMail((received) => received.to === email && Date.parse(received.receivedAt) >= again);
    await page.goto(linkIn(second.text));
    await page.getByLabel("New password", { exact: true }).fill("too short");
    await page.getByLabel("New password again").fill("too short");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page.locator("#field-password-error")).toHaveText("The password must have at least 12 characters");
    await page.getByLabel("New password", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel("New password again").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your password has been changed");

    await before.goto("/en/employer");
    await expect(before).toHaveURL("/en/sign-in");
    await signedIn.close();
    await signIn(page, email, DEMO_PASSWORD);
    await expect(page).toHaveURL("/en/employer");
  });
});
