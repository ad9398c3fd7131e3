import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { notificationTopics, renderNotification, topicPayloadSchemas, type NotificationTopic, type TopicPayload } from "./topics";

const about = { referenceNumber: "WIB-2027-000042", workerName: "Arjun Mehta" };
const samples: { [T in NotificationTopic]: TopicPayload<T> } = {
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
const link = "https://portal.example/nl/dossiers/7c0e4d3e-0000-4000-8000-000000000000";

describe("notification topics", () => {
  for (const topic of notificationTopics) {
    it(`${topic}: renders in every language with the reference, the worker and the dossier link`, () => {
      const subjects = new Set<string>();
      for (const locale of locales) {
        const { subject, text } = renderNotification(topic, samples[topic], locale, link);
        expect(subject, locale).toContain(about.referenceNumber);
        expect(text, locale).toContain(about.workerName);
        expect(text, locale).toContain(link);
        expect(`${subject}\n${text}`, locale).not.toMatch(/undefined|\[object|NaN|\$\{/);
        subjects.add(subject);
      }
      expect(subjects.size).toBe(locales.length);
    });

    it(`${topic}: refuses a payload missing any of its fields`, () => {
      for (const field of Object.keys(samples[topic])) {
        const { [field]: _missing, ...rest } = samples[topic] as Record<string, unknown>;
        expect(() => renderNotification(topic, rest, "en", link), field).toThrow(new RegExp(field));
        expect(topicPayloadSchemas[topic].safeParse(rest).success, field).toBe(false);
      }
    });
  }

  it("writes days out in the recipient's language and refuses a day that does not exist", () => {
    const payload = samples["information.requested"];
    expect(renderNotification("information.requested", payload, "nl", link).text).toContain("15 maart 2027");
    expect(renderNotification("information.requested", payload, "fr", link).text).toContain("15 mars 2027");
    expect(renderNotification("information.requested", payload, "de", link).text).toContain("15. März 2027");
    expect(renderNotification("information.requested", payload, "en", link).text).toContain("15 March 2027");
    expect(() => renderNotification("information.requested", { ...payload, dueOn: "2027-02-29" }, "en", link)).toThrow(/dueOn/);
  });

  it("names the region in the recipient's language", () => {
    expect(renderNotification("application.submitted", samples["application.submitted"], "nl", link).text).toContain("Brussels Hoofdstedelijk Gewest");
    expect(renderNotification("application.submitted", samples["application.submitted"], "de", link).text).toContain("Region Brüssel-Hauptstadt");
  });

  it("refuses an annex that does not belong to the decision", () => {
    expect(() => renderNotification("residence.refused", { ...samples["residence.refused"], annex: "46" }, "en", link)).toThrow(/annex/);
  });
});
