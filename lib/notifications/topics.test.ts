import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { notificationTopics, renderNotification, topicPayloadSchemas, type NotificationTopic, type TopicPayload } from "./topics";

type DossierTopic = Exclude<NotificationTopic, "account.verify-email" | "account.sign-up-address-in-use" | "member.invited" | `mandate.${string}`>;

const about = { referenceNumber: "WIB-2027-000042", workerName: "Arjun Mehta" };
const samples: { [T in DossierTopic]: TopicPayload<T> } = {
  "application.submitted": { ...about, region: "BRUSSELS_CAPITAL_REGION" },
  "application.stopped": { ...about, howStopped: "WITHDRAWAL" },
  "information.requested": { ...about, dueOn: "2027-03-15", message: "Please add the signed contract." },
  "information.reminder": { ...about, dueOn: "2027-03-15", message: "Please add the signed contract." },
  "application.admissible": about,
  "application.inadmissible": { ...about, appealLastDay: "2027-04-30" },
  "work-part.granted": about,
  "work-part.refused": { ...about, appealLastDay: "2027-04-30" },
  "decision-term.extended": { ...about, until: "2027-06-01", reason: "Waiting for the labour-market test." },
  "residence.granted": { ...about, annex: "46" },
  "residence.deemed-granted": { ...about, annex: "47" },
  "residence.refused": { ...about, annex: "48", appealLastDay: "2027-04-30" },
  "inbox.new-message": { ...about, subject: "Your decision" },
};
const portal = "https://portal.example";
const applicationId = "7c0e4d3e-0000-4000-8000-000000000000";
const dossierTopics = notificationTopics.filter((topic): topic is DossierTopic => topic in samples);

describe("notification topics", () => {
  for (const topic of dossierTopics) {
    it(`${topic}: renders in every language with the reference, the worker and the dossier link`, () => {
      const subjects = new Set<string>();
      for (const locale of locales) {
        const { subject, text } = renderNotification(topic, samples[topic], locale, portal, applicationId);
        expect(subject, locale).toContain(about.referenceNumber);
        expect(text, locale).toContain(about.workerName);
        expect(text, locale).toContain(`${portal}/${locale}/dossiers/${applicationId}`);
        expect(`${subject}\n${text}`, locale).not.toMatch(/undefined|\[object|NaN|\$\{/);
        subjects.add(subject);
      }
      expect(subjects.size).toBe(locales.length);
    });

    it(`${topic}: refuses a payload missing any of its fields`, () => {
      for (const field of Object.keys(samples[topic])) {
        const { [field]: _missing, ...rest } = samples[topic] as Record<string, unknown>;
        expect(() => renderNotification(topic, rest, "en", portal), field).toThrow(new RegExp(field));
        expect(topicPayloadSchemas[topic].safeParse(rest).success, field).toBe(false);
      }
    });
  }

  it("writes days out in the recipient's language and refuses a day that does not exist", () => {
    const payload = samples["information.requested"];
    expect(renderNotification("information.requested", payload, "nl", portal).text).toContain("15 maart 2027");
    expect(renderNotification("information.requested", payload, "fr", portal).text).toContain("15 mars 2027");
    expect(renderNotification("information.requested", payload, "de", portal).text).toContain("15. März 2027");
    expect(renderNotification("information.requested", payload, "en", portal).text).toContain("15 March 2027");
    expect(() => renderNotification("information.requested", { ...payload, dueOn: "2027-02-29" }, "en", portal)).toThrow(/dueOn/);
  });

  it("names the region in the recipient's language", () => {
    expect(renderNotification("application.submitted", samples["application.submitted"], "nl", portal).text).toContain("Brussels Hoofdstedelijk Gewest");
    expect(renderNotification("application.submitted", samples["application.submitted"], "de", portal).text).toContain("Region Brüssel-Hauptstadt");
  });

  it("refuses an annex that does not belong to the decision", () => {
    expect(() => renderNotification("residence.refused", { ...samples["residence.refused"], annex: "46" }, "en", portal)).toThrow(/annex/);
  });
});

describe("account mails: no dossier, the secret link of their topic", () => {
  const token = "k3Jd9x0Qm2w7Zp4Lr8Tn1Vb6Yc5Hs0Ge3Ua9Fi2Ko7";
  const accountSamples = {
    "account.verify-email": { payload: { name: "Ann Peeters", token }, path: `/verify-email/${token}` },
    "member.invited": { payload: { organisationName: "Scheldt Logistics NV", invitedByName: "Ann Peeters", role: "USER", token }, path: `/invitation/${token}` },
  } as const;
  for (const [topic, { payload, path }] of Object.entries(accountSamples) as [keyof typeof accountSamples, (typeof accountSamples)[keyof typeof accountSamples]][]) {
    it(`${topic}: links to its page in the recipient's language, and to no dossier`, () => {
      const subjects = new Set<string>();
      for (const locale of locales) {
        const { subject, text } = renderNotification(topic, payload, locale, portal);
        expect(text, locale).toContain(`${portal}/${locale}${path}`);
        expect(text, locale).not.toContain("/dossiers/");
        expect(`${subject}\n${text}`, locale).not.toMatch(/undefined|\[object|NaN|\$\{/);
        subjects.add(subject);
      }
      expect(subjects.size).toBe(locales.length);
    });

    it(`${topic}: refuses a payload without its token`, () => {
      const { token: _missing, ...rest } = payload;
      expect(() => renderNotification(topic, rest, "en", portal)).toThrow(/token/);
    });
  }
});

describe("a sign-up with an address in use: tells its owner, reveals nothing more", () => {
  it("links to signing in and to a new password in the recipient's language, and names no account or organisation", () => {
    const subjects = new Set<string>();
    for (const locale of locales) {
      const { subject, text } = renderNotification("account.sign-up-address-in-use", {}, locale, portal);
      expect(text, locale).toContain(`${portal}/${locale}/sign-in`);
      expect(text, locale).toContain(`${portal}/${locale}/forgot-password`);
      expect(text, locale).not.toContain("/dossiers/");
      expect(`${subject}\n${text}`, locale).not.toMatch(/undefined|null|\[object|NaN|\$\{/);
      subjects.add(subject);
    }
    expect(subjects.size).toBe(locales.length);
  });
});

describe("mandate mails: the parties, the days, a link to the mandates page", () => {
  const names = { employerName: "Scheldt Logistics NV", mandataryName: "Sociaal Secretariaat Demo vzw" };
  const mandateSamples = {
    "mandate.proposed": { ...names, validFrom: "2027-01-04", validUntil: "2027-12-31" },
    "mandate.accepted": { ...names, validFrom: "2027-01-04", validUntil: null },
    "mandate.ended": { ...names, endedByName: "Scheldt Logistics NV", wasAccepted: true },
  } as const;
  for (const [topic, payload] of Object.entries(mandateSamples) as [keyof typeof mandateSamples, (typeof mandateSamples)[keyof typeof mandateSamples]][]) {
    it(`${topic}: names both parties and links to the mandates page in every language, and to no dossier`, () => {
      const subjects = new Set<string>();
      for (const locale of locales) {
        const { subject, text } = renderNotification(topic, payload, locale, portal);
        expect(text, locale).toContain(names.employerName);
        expect(text, locale).toContain(names.mandataryName);
        expect(text, locale).toContain(`${portal}/${locale}/organisation/mandates`);
        expect(text, locale).not.toContain("/dossiers/");
        expect(`${subject}\n${text}`, locale).not.toMatch(/undefined|null|\[object|NaN|\$\{/);
        subjects.add(subject);
      }
      expect(subjects.size).toBe(locales.length);
    });

    it(`${topic}: refuses a payload missing any of its fields`, () => {
      for (const field of Object.keys(payload)) {
        const { [field]: _missing, ...rest } = payload as Record<string, unknown>;
        expect(topicPayloadSchemas[topic].safeParse(rest).success, field).toBe(false);
      }
    });
  }

  it("writes the days out, and says a proposal was not accepted when it ends unaccepted", () => {
    expect(renderNotification("mandate.proposed", mandateSamples["mandate.proposed"], "en", portal).text).toContain("from 4 January 2027 until 31 December 2027 inclusive");
    expect(renderNotification("mandate.ended", { ...mandateSamples["mandate.ended"], wasAccepted: false }, "en", portal).subject).toContain("not accepted");
  });
});
