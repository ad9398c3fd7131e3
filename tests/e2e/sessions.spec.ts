import { expect } from "@playwright/test";
import { demo, signIn, test } from "./support";

test.describe("[SESSIONS]", () => {
  test("a session cookie copied before signing out is refused afterwards", async ({ page, browser }) => {
    await signIn(page, demo.employer);
    const cookies = await page.context().cookies();
    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const copy = await replay.newPage();
    // While the session lasts, the copied cookie opens the employer's home…
    await copy.goto("/en/employer");
    await expect(copy.getByRole("heading", { level: 1 })).toHaveText("Your applications");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/en");

    // …and once signed out, it opens nothing, not even the session endpoint.
    await replay.clearCookies();
    await replay.addCookies(cookies);
    await copy.goto("/en/employer");
    await expect(copy).toHaveURL("/en/sign-in");
    const session = await replay.request.get("/api/auth/session");
    expect(await session.json()).toBeNull();
    await replay.close();
  });
});
