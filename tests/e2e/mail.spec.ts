import { expect } from "@playwright/test";
import { pdfOfSize } from "@/tests/fixtures/files";
import { CHECKLIST_KINDS, declareAndSubmit, demo, fileSteps, signIn, test, uploadByRequest, waitForMail } from "./support";

test.describe("[MAIL] e-mail from the outbox, through the job queue, to an SMTP server", () => {
  test("a submission's confirmation reaches the filer, in their language, with a link to the dossier", async ({ page, baseURL }) => {
    const familyName = `Mailer-${Date.now().toString(36)}`;
    await signIn(page, demo.employer);
    const id = await fileSteps(page, familyName, { workplaces: [{ unit: "Ghent depot — Kortrijksesteenweg 100, 9000 Gent", share: 100 }] });
    await uploadByRequest(page, id, CHECKLIST_KINDS, pdfOfSize(20_000));
    await page.goto(`/en/dossiers/${id}/check`);
    const reference = await declareAndSubmit(page);

    // The filer's account is in Dutch; the web page they filed on was English.
    const mail = await waitForMail((received) => received.subject.includes(reference));
    expect(mail.to).toBe(demo.employer);
    expect(mail.subject).toBe(`Aanvraag ${reference} ingediend`);
    expect(mail.text).toContain(familyName);
    expect(mail.text).toContain(`${baseURL}/nl/dossiers/${id}`);
  });
});
