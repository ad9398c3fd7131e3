import { decode as authJsDecode, encode as authJsEncode } from "@auth/core/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

const secret = "test-secret-of-the-session-token-0123456789";
const salt = "authjs.session-token";
const token = { sub: "user-1", sid: "session-1" };

describe("session token (Auth.js's format, the derived key kept)", () => {
  it("reads a cookie Auth.js issued, and Auth.js reads the ones it issues", async () => {
    const issuedByAuthJs = await authJsEncode({ token, secret, salt });
    expect(await decodeSessionToken({ token: issuedByAuthJs, secret, salt })).toMatchObject(token);

    const issuedHere = await encodeSessionToken({ token, secret, salt, maxAge: 60 });
    const read = await authJsDecode({ token: issuedHere, secret, salt });
    expect(read).toMatchObject(token);
    expect(read!.exp! - read!.iat!).toBe(60);
  });

  it("reads the same cookie again with the kept key, and a second cookie name gets its own key", async () => {
    const issued = await encodeSessionToken({ token, secret, salt });
    expect(await decodeSessionToken({ token: issued, secret, salt })).toMatchObject(token);
    expect(await decodeSessionToken({ token: issued, secret, salt })).toMatchObject(token);
    await expect(decodeSessionToken({ token: issued, secret, salt: "__Secure-authjs.session-token" })).rejects.toThrow();
  });

  it("encrypts with the first secret and still reads cookies of a rotated-out one", async () => {
    const older = await encodeSessionToken({ token, secret: "the-older-secret-0123456789-abcdefghij", salt });
    const rotated = ["the-newer-secret-0123456789-abcdefghij", "the-older-secret-0123456789-abcdefghij"];
    expect(await decodeSessionToken({ token: older, secret: rotated, salt })).toMatchObject(token);
    const newer = await encodeSessionToken({ token, secret: rotated, salt });
    expect(await authJsDecode({ token: newer, secret: "the-newer-secret-0123456789-abcdefghij", salt })).toMatchObject(token);
  });

  it("refuses a cookie made with another secret, and has nothing to read without one", async () => {
    const foreign = await authJsEncode({ token, secret: "someone-elses-secret-0123456789-abcdef", salt });
    await expect(decodeSessionToken({ token: foreign, secret, salt })).rejects.toThrow();
    expect(await decodeSessionToken({ token: undefined, secret, salt })).toBeNull();
  });
});
