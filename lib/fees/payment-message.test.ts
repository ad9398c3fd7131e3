import { describe, expect, it } from "vitest";
import { paymentMessage, transferMessageWords } from "./payment-message";

const worker = { familyName: "Mehta", givenNames: "Arjun", nationality: "IN", dateOfBirth: "1990-03-15" };

describe("the fee payment message", () => {
  it("follows NameFirstnameNationalityDDMMYYYY", () => {
    expect(paymentMessage(worker)).toBe("MehtaArjunIN15031990");
  });

  it("takes the first given name only", () => {
    expect(paymentMessage({ ...worker, givenNames: "  Arjun  Kumar Singh " })).toBe("MehtaArjunIN15031990");
  });

  it("drops spaces, hyphens and apostrophes, capitalising each part", () => {
    expect(paymentMessage({ ...worker, familyName: "van der Berg", givenNames: "Jean-Luc Pierre", nationality: "ca" })).toBe("VanDerBergJeanLucCA15031990");
    expect(transferMessageWords("O'Brien")).toBe("OBrien");
    expect(transferMessageWords("d’Almeida")).toBe("DAlmeida");
  });

  it("removes accents and spells out letters that have none", () => {
    expect(paymentMessage({ ...worker, familyName: "García Márquez", givenNames: "José", nationality: "CO", dateOfBirth: "1985-12-01" })).toBe(
      "GarciaMarquezJoseCO01121985",
    );
    expect(transferMessageWords("Øksnes Straße Łukasz Çelik Ærø Nguyễn")).toBe("OksnesStrasseLukaszCelikAEroNguyen");
  });

  it("drops letters outside the Latin alphabet", () => {
    expect(transferMessageWords("Иван Ivan")).toBe("Ivan");
  });

  it("fits a transfer message (140 characters) with a very long name", () => {
    const message = paymentMessage({ ...worker, familyName: "A".repeat(100), givenNames: "B".repeat(100) });
    expect(message).toBe(`${"A".repeat(70)}${"B".repeat(50)}IN15031990`);
    expect(message.length).toBeLessThanOrEqual(140);
  });
});
