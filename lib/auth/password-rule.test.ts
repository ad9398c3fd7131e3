import { describe, expect, it } from "vitest";
import { newPasswordRule, isCommonPassword } from "./password-rule";
import { MIN_PASSWORD_LENGTH } from "./password-input";
import commonPasswordList from "./data/common-passwords.json";

const refusal = (password: unknown) => {
  const result = newPasswordRule.safeParse(password);
  return result.success ? null : result.error.issues.map((issue) => issue.message);
};

describe("password rule", () => {
  it("asks for at least 12 characters", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(refusal("")).toEqual(["accounts.validation.newPasswordRequired", "accounts.validation.passwordTooShort"]);
    expect(refusal("eleven chrs")).toEqual(["accounts.validation.passwordTooShort"]);
    expect(refusal("twelve chars")).toBeNull();
    expect(refusal("x".repeat(201))).toContain("validation.tooLong");
  });

  it("refuses a password from the list of common ones, in any letter case", () => {
    expect(isCommonPassword("qwerty123456")).toBe(true);
    expect(isCommonPassword("QWERTY123456")).toBe(true);
    expect(refusal("1q2w3e4r5t6y")).toEqual(["accounts.validation.passwordTooCommon"]);
    expect(isCommonPassword("the parking meter sings")).toBe(false);
  });

  it("ships the 10,000 most common passwords, most common first", () => {
    expect(commonPasswordList).toHaveLength(10_000);
    expect(commonPasswordList.slice(0, 2)).toEqual(["123456", "password"]);
  });
});
