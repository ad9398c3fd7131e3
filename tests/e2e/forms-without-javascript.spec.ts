import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { demo, expectAccessibleWithoutJavaScript, expectNoFieldsInUrls, formFieldNames, recordRequests } from "./support";

// Every form posts to its server action by itself: these tests turn JavaScript off, so nothing
// but the browser's own form submission (and the page the server renders in reply) is at work.
test.use({ javaScriptEnabled: false });

test.describe("[FORMS] without JavaScript", () => {
  test("sign-in explains empty fields and a wrong password on the page, then signs in", async ({ page, browser }) => {
    const requests = recordRequests(page);
    await page.goto("/en/sign-in");
    const fields = await formFieldNames(page);
    await page.getByRole("button", { name: "Sign in" }).last().click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Enter your email address" })).toHaveAttribute("href", "#field-email");
    await expect(page.locator("#field-password-error")).toHaveText("Enter your password");
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
    await expectAccessibleWithoutJavaScript(page, browser);

    await page.getByLabel("Email address").fill(demo.employer);
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).last().click();
    await expect(page.getByText("The email address or password is not correct")).toBeVisible();
    // The address is kept; the password is never sent back.
    await expect(page.getByLabel("Email address")).toHaveValue(demo.employer);
    await expect(page.getByLabel("Password")).toHaveValue("");
    expect(await page.content()).not.toContain("wrong password");
    await expect(page).toHaveURL("/en/sign-in");

    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).last().click();
    await expect(page).toHaveURL("/en/employer");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your applications");
    expectNoFieldsInUrls(requests, fields);
  });
});
